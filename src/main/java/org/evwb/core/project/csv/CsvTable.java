package org.evwb.core.project.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.TextEncoding;

/**
 * A CSV file read as text cells: a header row and data rows, each remembering its row number (1-based, the header is
 * row 1) so every message can say {@code vehicles.csv row 7, column socKWh}. Comma-separated; a file whose header
 * has semicolons and no commas (a spreadsheet's export in many European locales) is read with semicolons.
 */
final class CsvTable {

    /** One data row: its 1-based row number in the file and its cells, trimmed. */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    private final String source;
    private final String fileName;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, String fileName, List<String> header, List<Row> rows) {
        this.source = source;
        this.fileName = fileName;
        this.header = header;
        this.rows = rows;
    }

    /** The most data rows an import takes: above it the file is refused before its rows are looked at. */
    static final int MAX_ROWS = 1_000_000;

    static CsvTable read(Path file) throws ProjectFileException {
        return read(file, ImportProgress.NONE);
    }

    static CsvTable read(Path file, ImportProgress progress) throws ProjectFileException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ProjectFileException(source, file.getFileName().toString(),
                        "the file does not exist or is not a file; check the path");
            }
            if (Files.size(file) > ProjectIO.MAX_FILE_BYTES) {
                throw new ProjectFileException(source, file.getFileName().toString(), "the file is larger than "
                        + "50 MB; split it, or keep large data as a generator recipe");
            }
            return parse(Files.readAllBytes(file), source, progress);
        } catch (IOException e) {
            throw new ProjectFileException(source, file.getFileName().toString(), "cannot read the file: "
                    + e.getMessage());
        }
    }

    static CsvTable parse(byte[] bytes, String source) throws ProjectFileException {
        return parse(bytes, source, ImportProgress.NONE);
    }

    /**
     * Parses CSV bytes; {@code source} names the file in messages. The bytes must be UTF-8 (a byte-order mark is
     * skipped): UTF-16/32 and bytes that are not UTF-8 (a spreadsheet's Latin-1 or Windows-1252 export) are refused
     * with the row and character, never read as replacement characters — that would be wrong data.
     */
    static CsvTable parse(byte[] bytes, String source, ImportProgress progress) throws ProjectFileException {
        String fileName = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
        String text = TextEncoding.decode(bytes, source, TextEncoding.Where.csv(fileName));
        if (text.isBlank()) {
            throw new ProjectFileException(source, fileName + " row 1", "the file is empty; the first row names the "
                    + "columns, e.g. id,typeId,lon,lat,socKWh");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
                if (records.size() > MAX_ROWS + 1) {
                    throw new ProjectFileException(source, fileName + " row " + records.size(), String.format(
                            Locale.ROOT, "more than %,d rows of data; an import takes at most %,d rows: split the "
                            + "file, or keep a large fleet as a generator recipe", MAX_ROWS, MAX_ROWS));
                }
                if (records.size() % 4096 == 0) {
                    progress.checkStop();
                    progress.report(-1, "reading " + fileName + ": " + records.size() + " rows");
                }
            }
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(source, fileName + " row " + (records.size() + 1),
                    "not readable as CSV: " + e.getMessage().lines().findFirst().orElse("")
                            + "; check the quotes in this row (a quoted cell must end with a quote)");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i).stream().map(c -> c == null ? "" : c.trim()).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue; // blank lines (often at the end) are not rows of data
            }
            rows.add(new Row(i + 1, cells));
        }
        return new CsvTable(source, fileName, header, rows);
    }

    String source() {
        return source;
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Where a cell is, for a {@link Problem}'s path: {@code vehicles.csv row 7, column socKWh}. */
    String where(int row, String column) {
        return fileName + " row " + row + (column == null ? "" : ", column " + column);
    }

    /** Index of a header (case-insensitive), or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Parses a number cell, adding a problem (and returning null) when it is not a finite plain number. The hint
     * names the unit the column expects.
     */
    Double number(Row row, String column, String unit, List<Problem> out) {
        return number(row, column(column), column, unit, out);
    }

    /** The same for the cell at index {@code index}, named {@code column} in messages. */
    Double number(Row row, int index, String column, String unit, List<Problem> out) {
        String cell = row.cell(index);
        String where = where(row.number(), column);
        String in = unit.isEmpty() ? "" : " in " + unit;
        if (cell.matches("-?\\d+,\\d+")) {
            out.add(new Problem(where, "\"" + cell + "\" uses a decimal comma; write " + cell.replace(',', '.')
                    + " (a dot as the decimal separator)"));
            return null;
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            out.add(new Problem(where, "\"" + cell + "\" is not a finite number; write a plain number" + in));
            return null;
        }
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) {
                out.add(new Problem(where, "\"" + cell + "\" is too large; write a plain number" + in));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            out.add(new Problem(where, "\"" + cell + "\" is not a number; write a plain number" + in
                    + (cell.isEmpty() ? " (this column needs a value in every row)" : ", without units or text")));
            return null;
        }
    }

    /**
     * Null, or what is wrong when header {@code i} repeats an earlier one. Column names are matched in any case, so
     * two that differ only in case would be one column read twice: refused, naming both.
     */
    String twiceBefore(int i) {
        String h = header.get(i);
        for (int k = 0; k < i; k++) {
            String earlier = header.get(k);
            if (earlier.equals(h)) {
                return "the column '" + h + "' appears twice; keep one";
            }
            if (earlier.equalsIgnoreCase(h)) {
                return "the columns '" + earlier + "' (column " + (k + 1) + ") and '" + h + "' (column " + (i + 1)
                        + ") differ only in case, and a column name means the same in any case; rename or delete "
                        + "one";
            }
        }
        return null;
    }

    /**
     * Checks the header against the columns a file may have: every required column present, none unknown, none
     * twice, and no column whose name carries the wrong unit ({@code socWh}, {@code soc%}: the expected unit is named).
     */
    void checkHeader(List<CsvColumn> known, List<Problem> out) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String where = where(1, h.isEmpty() ? "#" + (i + 1) : h);
            if (h.isEmpty()) {
                out.add(new Problem(where, "a column without a name; name it or delete the column"));
                continue;
            }
            String twice = twiceBefore(i);
            if (twice != null) {
                out.add(new Problem(where, twice));
                continue;
            }
            CsvColumn match = known.stream().filter(c -> c.name().equalsIgnoreCase(h)).findFirst().orElse(null);
            if (match != null) {
                continue;
            }
            CsvColumn wrongUnit = CsvColumn.wrongUnit(h, known);
            if (wrongUnit != null) {
                out.add(new Problem(where, "the column '" + h + "' has no unit or the wrong one: this import expects '"
                        + wrongUnit.name() + "', in " + wrongUnit.unitHelp() + "; convert the values and rename "
                        + "the column"));
            } else {
                out.add(new Problem(where, "unknown column '" + h + "'; the columns are "
                        + String.join(", ", known.stream().map(CsvColumn::name).toList())
                        + " (check the spelling, or delete the column)"));
            }
        }
        for (CsvColumn c : known) {
            if (c.required() && column(c.name()) < 0 && out.stream().noneMatch(p -> p.message().contains("'"
                    + c.name() + "'"))) {
                out.add(new Problem(where(1, null), "the column '" + c.name() + "' is missing; add it"
                        + (c.unitHelp().isEmpty() ? "" : " (" + c.unitHelp() + ")")));
            }
        }
    }
}
