package org.evwb.core.project.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.Edit;

/**
 * Imports time series from CSV, in one of two layouts, told apart by the header:
 * <ul>
 *   <li><b>a column per series</b>: each header is a series id, optionally with its unit in brackets
 *   ({@code price [¤/kWh]}); each row is one slot. The slot length and start come from {@link Options}.</li>
 *   <li><b>a row per series</b>: columns {@code id, slotMinutes, values} and optionally {@code name, unit, startMin};
 *   {@code values} holds the series' numbers separated by semicolons or spaces ({@code "0.1;0.2;0.3"}).</li>
 * </ul>
 * The series are checked against the project (ids unique, slot length above 0) and every problem names row and column.
 */
public final class TimeSeriesCsvImport {

    /** Slot length, start and unit for the column-per-series layout (the row-per-series layout carries its own). */
    public record Options(double slotMinutes, double startMin, String unit) {
        public static Options everyMinutes(double slotMinutes, String unit) {
            return new Options(slotMinutes, 0, unit);
        }
    }

    static final List<CsvColumn> ROW_COLUMNS = List.of(
            CsvColumn.required("id", "", null),
            CsvColumn.optional("name", "", null),
            CsvColumn.optional("unit", "", null),
            CsvColumn.optional("startMin", "minutes from the scenario start", "start"),
            CsvColumn.required("slotMinutes", "minutes per slot", "slot"),
            CsvColumn.required("values", "numbers separated by ; or spaces", null));

    private static final Pattern SERIES_PATH = Pattern.compile("\\$\\.timeSeries\\[(\\d+)]\\.?(\\w*)(?:\\[(\\d+)])?");
    private static final Pattern HEADER_UNIT = Pattern.compile("(.+?)\\s*\\[(.*)]");

    private final ProjectValidator validator = new ProjectValidator();

    public List<TimeSeries> read(Path file, Project project, Options options) throws ProjectFileException {
        return read(file, project, options, ImportProgress.NONE);
    }

    /** The same, reporting progress while the file is read and stopping when asked (a cancellation exception). */
    public List<TimeSeries> read(Path file, Project project, Options options, ImportProgress progress)
            throws ProjectFileException {
        List<TimeSeries> series = read(CsvTable.read(file, progress), project, options);
        progress.checkStop();
        return series;
    }

    public List<TimeSeries> read(byte[] csv, String source, Project project, Options options)
            throws ProjectFileException {
        return read(CsvTable.parse(csv, source), project, options);
    }

    /** An undoable edit that adds the imported series to the project. */
    public static Edit edit(List<TimeSeries> series) {
        return new AddEntities(new ArrayList<Entity>(series));
    }

    private List<TimeSeries> read(CsvTable t, Project project, Options options) throws ProjectFileException {
        boolean rowLayout = t.column("values") >= 0 || t.column("slotMinutes") >= 0;
        List<Problem> problems = new ArrayList<>();
        List<TimeSeries> series = new ArrayList<>();
        List<Locator> where = new ArrayList<>();
        if (rowLayout) {
            readRows(t, problems, series, where);
        } else {
            readColumns(t, options, problems, series, where);
        }
        if (problems.isEmpty()) {
            checkAgainst(project, series, where, t, problems);
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(t.source(), problems);
        }
        return List.copyOf(series);
    }

    /** Where a series came from: its row (row layout) or column (column layout), to place validation problems. */
    private record Locator(int row, String column, boolean valuesDownTheColumn) {
        String at(CsvTable t, int valueIndex) {
            return valuesDownTheColumn ? t.where(row + valueIndex, column) : t.where(row, column);
        }
    }

    private static void readRows(CsvTable t, List<Problem> out, List<TimeSeries> series, List<Locator> where) {
        t.checkHeader(ROW_COLUMNS, out);
        if (!out.isEmpty()) {
            return;
        }
        for (CsvTable.Row row : t.rows()) {
            int before = out.size();
            String id = row.cell(t.column("id"));
            if (id.isEmpty()) {
                out.add(new Problem(t.where(row.number(), "id"), "empty; every series needs a unique id"));
            }
            Double slot = t.number(row, "slotMinutes", "minutes", out);
            Double start = t.column("startMin") < 0 || row.cell(t.column("startMin")).isEmpty() ? Double.valueOf(0)
                    : t.number(row, "startMin", "minutes", out);
            List<Double> values = new ArrayList<>();
            String cell = row.cell(t.column("values"));
            String[] parts = cell.isEmpty() ? new String[0] : cell.split("[;\\s]+");
            for (int i = 0; i < parts.length; i++) {
                try {
                    double v = Double.parseDouble(parts[i]);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    values.add(v);
                } catch (NumberFormatException e) {
                    out.add(new Problem(t.where(row.number(), "values"), "value " + (i + 1) + ", \"" + parts[i]
                            + "\", is not a finite number; write plain numbers separated by ; or spaces, with a dot "
                            + "as the decimal separator"));
                }
            }
            if (parts.length == 0) {
                out.add(new Problem(t.where(row.number(), "values"), "empty; write the series' numbers separated by ;"
                        + " or spaces"));
            }
            if (out.size() == before) {
                String name = row.cell(t.column("name"));
                String unit = row.cell(t.column("unit"));
                series.add(new TimeSeries(id, name.isEmpty() ? null : name, unit, start, slot, values));
                where.add(new Locator(row.number(), "values", false));
            }
        }
    }

    private static void readColumns(CsvTable t, Options options, List<Problem> out, List<TimeSeries> series,
                                    List<Locator> where) {
        if (options == null) {
            out.add(new Problem(t.where(1, null), "a file with a column per series needs the slot length; give it "
                    + "when importing, or use the columns id, slotMinutes, values"));
            return;
        }
        if (t.rows().isEmpty()) {
            out.add(new Problem(t.where(2, null), "no values: the file has a header row but no data rows"));
            return;
        }
        List<String> header = t.header();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            String id = h;
            String unit = options.unit();
            Matcher m = HEADER_UNIT.matcher(h);
            if (m.matches()) {
                id = m.group(1).trim();
                unit = m.group(2).trim();
            }
            if (id.isEmpty()) {
                out.add(new Problem(t.where(1, "#" + (c + 1)), "a column without a name; the header of each column "
                        + "is the id of its series, e.g. price [¤/kWh]"));
                continue;
            }
            String twice = t.twiceBefore(c);
            if (twice != null) {
                out.add(new Problem(t.where(1, h), twice));
                continue;
            }
            int before = out.size();
            List<Double> values = new ArrayList<>();
            for (CsvTable.Row row : t.rows()) {
                Double v = t.number(row, c, h, unit == null ? "" : unit, out);
                values.add(v);
            }
            if (out.size() == before) {
                series.add(new TimeSeries(id, null, unit == null ? "" : unit, options.startMin(),
                        options.slotMinutes(), values));
                where.add(new Locator(2, h, true));
            }
        }
    }

    private void checkAgainst(Project project, List<TimeSeries> series, List<Locator> where, CsvTable t,
                              List<Problem> out) {
        int existing = project.entities(EntityKind.TIME_SERIES).size();
        List<TimeSeries> all = new ArrayList<>(project.timeSeries());
        all.addAll(series);
        Project joined = new Project(project.format(), project.version(), project.name(), project.description(),
                project.currencyLabel(), project.basemap(), project.infrastructure(), project.fleet(), all,
                project.generators(), project.studies());
        for (Problem p : validator.validate(joined)) {
            Matcher m = SERIES_PATH.matcher(p.path());
            if (!m.matches() || Integer.parseInt(m.group(1)) < existing) {
                continue;
            }
            Locator loc = where.get(Integer.parseInt(m.group(1)) - existing);
            int valueIndex = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            String field = m.group(2);
            String at = loc.valuesDownTheColumn() && !field.equals("values") ? t.where(1, loc.column())
                    : field.equals("values") ? loc.at(t, valueIndex) : t.where(loc.row(), field);
            out.add(new Problem(at, p.message()));
        }
    }
}
