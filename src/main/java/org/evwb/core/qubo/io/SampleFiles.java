package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.JsonProblems;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TextEncoding;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;

/**
 * Reads samples of one QUBO back from the files other solvers and hardware write, into {@link ImportedSamples}:
 * <ul>
 *   <li><b>bit string</b> ({@code .txt} or any other name, or a literal on the command line): one sample per line,
 *       either the 0/1 values in variable order ({@code 0110…}) or assignments by label or index
 *       ({@code x3=1 "EV1 mode1"=0 …}, every variable named once);</li>
 *   <li><b>sample-set CSV</b> ({@code .csv}): a header of variable labels or indices ({@code 3} or {@code x3}), one
 *       sample per row, optional {@code energy} and {@code num_occurrences} columns (pandas' unnamed index column
 *       and dimod's {@code chain_break_fraction} are skipped); or, without a header, one bit string per row with an
 *       optional {@code ,count};</li>
 *   <li><b>Ocean sample set</b> ({@code .json}): {@code json.dump(sampleset.to_serializable())} as dimod 0.10+ writes
 *       it (sample-set schema 3): {@code variable_labels}, {@code variable_type} BINARY or SPIN, {@code sample_data}
 *       packed (32 variables per unsigned word, variable 32w + j at bit j) or not, {@code vectors.energy} and
 *       {@code vectors.num_occurrences}; {@code info.evwb_fingerprint} is read when present;</li>
 *   <li>the JSON of {@code evwb qubo solve --out}.</li>
 * </ul>
 * Comment lines {@code # evwb-fingerprint=sha256:…} and {@code # vartype=SPIN} (values ±1) are read in the text
 * formats. Every problem names the file, the line, row or JSON path, and the fix; sizes a file declares are refused
 * before anything is allocated for them.
 */
public final class SampleFiles {

    /** Most samples (rows) a file may hold. */
    public static final int MAX_ROWS = 1_000_000;
    /** Most values (rows × variables) a file may hold: 100 million, about 100 MB as states. */
    public static final long MAX_VALUES = 100_000_000L;

    private static final String FINGERPRINT = "evwb-fingerprint=";

    private final ObjectMapper mapper;

    public SampleFiles(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The samples of {@code file} for {@code q}, the format chosen by the file's name ({@code .json}, {@code .csv}). */
    public ImportedSamples read(Path file, Qubo q) throws ProjectFileException {
        String source = file.toString();
        byte[] bytes = bytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            JsonNode root = JsonProblems.readTree(mapper, bytes, source, "a sample file");
            if (root == null || !root.isObject()) {
                throw new ProjectFileException(source, "$", "a sample file in JSON is an object: an Ocean sample set "
                        + "(json.dump(sampleset.to_serializable())) or the output of 'evwb qubo solve --out'");
            }
            if (root.has("sample_data") || "SampleSet".equals(root.path("type").asText())) {
                return OceanSampleSet.read(root, q, source);
            }
            if (root.has("sample") || root.has("samples")) {
                return fromEvwb(SampleImport.fromJson(root, q, source), source);
            }
            throw new ProjectFileException(source, "$", "neither an Ocean sample set (no 'sample_data') nor the output "
                    + "of 'evwb qubo solve' (no 'samples'); write it with json.dump(sampleset.to_serializable(), f)");
        }
        String text = TextEncoding.decode(bytes, source, TextEncoding.Where.LINES);
        if (name.endsWith(".csv")) {
            return csv(text.lines().toList(), q, source);
        }
        return bitStrings(text.lines().toList(), q, source);
    }

    /** One literal sample, as typed on the command line ({@code 0110…} or {@code x0=1 x1=0 …}). */
    public ImportedSamples literal(String text, Qubo q) throws ProjectFileException {
        return bitStrings(List.of(text), q, "the command line");
    }

    /** Lines of bit strings or label assignments, one sample per line. */
    static ImportedSamples bitStrings(List<String> lines, Qubo q, String source) throws ProjectFileException {
        Header h = comments(lines, source, "line ");
        int n = q.numVariables();
        Columns columns = new Columns(q, source);
        List<ImportedSamples.Row> rows = new ArrayList<>();
        for (int ln = h.first + 1; ln <= lines.size(); ln++) {
            String line = lines.get(ln - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + ln;
            checkRows(rows.size(), n, source, where);
            byte[] x;
            if (line.indexOf('=') < 0) {
                if (line.length() != n || !line.matches("[01]+")) {
                    throw new ProjectFileException(source, where, "expected a bit string of " + n + " characters 0/1 "
                            + "(one per variable, in the order of the exported QUBO), found "
                            + describe(line) + "; or name the values, e.g. x0=1 x1=0");
                }
                x = new byte[n];
                for (int v = 0; v < n; v++) {
                    x[v] = (byte) (line.charAt(v) - '0');
                }
            } else {
                x = assignments(line, columns, h.spin, source, where);
            }
            rows.add(new ImportedSamples.Row(where, x, 1, Double.NaN));
        }
        if (rows.isEmpty()) {
            throw new ProjectFileException(source, "line 1", "no samples; write one bit string of " + n
                    + " characters 0/1 per line");
        }
        return new ImportedSamples(source, "bitstring", h.spin ? "SPIN" : "BINARY", rows, h.fingerprint,
                h.fingerprintWhere);
    }

    private static byte[] assignments(String line, Columns columns, boolean spin, String source, String where)
            throws ProjectFileException {
        int n = columns.q.numVariables();
        byte[] x = new byte[n];
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        int i = 0;
        int count = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';') {
                i++;
                continue;
            }
            String name;
            if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    throw new ProjectFileException(source, where, "a label opened with \" at character " + (i + 1)
                            + " is never closed");
                }
                name = line.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = line.indexOf('=', i);
                if (end < 0) {
                    throw new ProjectFileException(source, where, "'" + TextLines.abbreviated(line.substring(i))
                            + "' has no value; write NAME=0 or NAME=1");
                }
                name = line.substring(i, end).strip();
                i = end;
            }
            if (i >= line.length() || line.charAt(i) != '=') {
                throw new ProjectFileException(source, where, "expected '=' after '" + TextLines.abbreviated(name)
                        + "'");
            }
            i++;
            int end = i;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ','
                    && line.charAt(end) != ';') {
                end++;
            }
            String value = line.substring(i, end);
            i = end;
            int v = columns.of(name, where);
            if (seenAt[v] >= 0) {
                throw new ProjectFileException(source, where, "variable '" + columns.q.label(v) + "' (index " + v
                        + ") is given twice");
            }
            seenAt[v] = count++;
            x[v] = value(value, spin, source, where + ", " + name);
        }
        if (count != n) {
            throw new ProjectFileException(source, where, (n - count) + " of the QUBO's " + n + " variables have no "
                    + "value, e.g. '" + columns.q.label(firstMissing(seenAt)) + "' (index " + firstMissing(seenAt)
                    + "); give every variable a value");
        }
        return x;
    }

    /** A sample-set CSV: a header of labels or indices, or rows of bit strings. */
    static ImportedSamples csv(List<String> lines, Qubo q, String source) throws ProjectFileException {
        Header h = comments(lines, source, "row ");
        int first = h.first;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        int n = q.numVariables();
        if (first == lines.size()) {
            throw new ProjectFileException(source, "row 1", "no samples; write a header of variable labels, then "
                    + "one sample per row");
        }
        List<String> head = cells(lines.get(first), source, "row " + (first + 1));
        if (head.get(0).matches("[01]+") && head.size() <= 2) {
            // no header: the former "bit string[,count]" rows of 'evwb qubo decode'
            return bitStringRows(lines, first, q, source, h);
        }
        Columns columns = new Columns(q, source);
        int[] variableOf = new int[head.size()];
        int[] columnOf = new int[n];
        Arrays.fill(columnOf, -1);
        int energyColumn = -1;
        int countColumn = -1;
        String headRow = "row " + (first + 1);
        for (int c = 0; c < head.size(); c++) {
            String name = head.get(c);
            variableOf[c] = -1;
            String where = headRow + ", column " + (c + 1);
            if (name.equals("energy")) {
                energyColumn = c;
            } else if (name.equals("num_occurrences")) {
                countColumn = c;
            } else if ((name.isEmpty() && c == 0) || name.equals("chain_break_fraction")) {
                continue; // pandas' index column, dimod's chain breaks: not ours to judge
            } else {
                int v = columns.of(name, where);
                if (columnOf[v] >= 0) {
                    throw new ProjectFileException(source, where, "variable '" + q.label(v) + "' (index " + v
                            + ") has a column already (column " + (columnOf[v] + 1) + ")");
                }
                columnOf[v] = c;
                variableOf[c] = v;
            }
        }
        int missing = firstMissing(columnOf);
        if (missing >= 0) {
            long count = Arrays.stream(columnOf).filter(c -> c < 0).count();
            throw new ProjectFileException(source, headRow, count + " of the QUBO's " + n + " variables have no "
                    + "column, e.g. '" + q.label(missing) + "' (index " + missing + "); the header names every "
                    + "variable by its label or index");
        }
        List<ImportedSamples.Row> rows = new ArrayList<>();
        for (int r = first + 1; r < lines.size(); r++) {
            String line = lines.get(r);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String where = "row " + (r + 1);
            checkRows(rows.size(), n, source, where);
            List<String> cells = cells(line, source, where);
            if (cells.size() != head.size()) {
                throw new ProjectFileException(source, where, cells.size() + " cells, but the header has "
                        + head.size() + "; every row has one cell per column");
            }
            byte[] x = new byte[n];
            for (int v = 0; v < n; v++) {
                x[v] = value(cells.get(columnOf[v]), h.spin, source, where + ", column " + (columnOf[v] + 1));
            }
            long count = countColumn < 0 ? 1 : count(cells.get(countColumn), source, where + ", column "
                    + (countColumn + 1));
            double energy = energyColumn < 0 ? Double.NaN : energy(cells.get(energyColumn), source, where
                    + ", column " + (energyColumn + 1));
            rows.add(new ImportedSamples.Row(where, x, count, energy));
        }
        if (rows.isEmpty()) {
            throw new ProjectFileException(source, headRow, "a header but no samples; write one sample per row");
        }
        return new ImportedSamples(source, "csv", h.spin ? "SPIN" : "BINARY", rows, h.fingerprint,
                h.fingerprintWhere);
    }

    private static ImportedSamples bitStringRows(List<String> lines, int first, Qubo q, String source, Header h)
            throws ProjectFileException {
        int n = q.numVariables();
        List<ImportedSamples.Row> rows = new ArrayList<>();
        for (int r = first; r < lines.size(); r++) {
            String line = lines.get(r).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "row " + (r + 1);
            checkRows(rows.size(), n, source, where);
            List<String> cells = cells(line, source, where);
            String bits = cells.get(0);
            if (bits.length() != n || !bits.matches("[01]+") || cells.size() > 2) {
                throw new ProjectFileException(source, where, "expected a bit string of " + n + " characters 0/1 "
                        + "and an optional count, found " + describe(line));
            }
            byte[] x = new byte[n];
            for (int v = 0; v < n; v++) {
                x[v] = (byte) (bits.charAt(v) - '0');
            }
            long count = cells.size() > 1 ? count(cells.get(1), source, where + ", column 2") : 1;
            rows.add(new ImportedSamples.Row(where, x, count, Double.NaN));
        }
        return new ImportedSamples(source, "csv", "BINARY", rows, h.fingerprint, h.fingerprintWhere);
    }

    /** The samples of {@code evwb qubo solve --out}, already recomputed by {@link SampleImport}. */
    private static ImportedSamples fromEvwb(org.evwb.core.qubo.SampleSet set, String source) {
        List<ImportedSamples.Row> rows = new ArrayList<>();
        List<Sample> samples = set.samples();
        for (int k = 0; k < samples.size(); k++) {
            rows.add(new ImportedSamples.Row("$.samples[" + k + "]", samples.get(k).state(),
                    samples.get(k).occurrences(), Double.NaN));
        }
        return new ImportedSamples(source, "evwb", "BINARY", rows, null, null);
    }

    /** Leading comment lines: the fingerprint and the vartype. */
    private record Header(int first, String fingerprint, String fingerprintWhere, boolean spin) { }

    private static Header comments(List<String> lines, String source, String unit) throws ProjectFileException {
        String fingerprint = null;
        String where = null;
        boolean spin = false;
        int k = 0;
        while (k < lines.size() && (lines.get(k).isBlank() || lines.get(k).strip().startsWith("#"))) {
            String c = lines.get(k).strip();
            c = c.isEmpty() ? "" : c.substring(1).strip().replace(" ", "");
            if (c.startsWith(FINGERPRINT)) {
                fingerprint = c.substring(FINGERPRINT.length());
                where = unit + (k + 1);
                if (!QuboFingerprint.isFingerprint(fingerprint)) {
                    throw new ProjectFileException(source, where, "'" + TextLines.abbreviated(fingerprint)
                            + "' is not a QUBO fingerprint (sha256: and 64 hex digits); copy it from the exported "
                            + "QUBO's evwb-fingerprint line");
                }
            } else if (c.startsWith("vartype=")) {
                String vt = c.substring("vartype=".length());
                if (!vt.equalsIgnoreCase("BINARY") && !vt.equalsIgnoreCase("SPIN")) {
                    throw new ProjectFileException(source, unit + (k + 1), "unknown vartype '"
                            + TextLines.abbreviated(vt) + "'; use '# vartype=BINARY' (0/1) or '# vartype=SPIN' (-1/+1)");
                }
                spin = vt.equalsIgnoreCase("SPIN");
            }
            k++;
        }
        return new Header(k, fingerprint, where, spin);
    }

    /** A 0/1 value (BINARY) or a ±1 value (SPIN) as a binary 0/1. */
    private static byte value(String cell, boolean spin, String source, String where) throws ProjectFileException {
        String c = cell.strip();
        if (spin) {
            if (c.equals("1") || c.equals("+1")) {
                return 1;
            }
            if (c.equals("-1")) {
                return 0;
            }
            throw new ProjectFileException(source, where, "expected -1 or +1 (the file says '# vartype=SPIN'), found "
                    + describe(c));
        }
        if (c.equals("0") || c.equals("1")) {
            return (byte) (c.charAt(0) - '0');
        }
        throw new ProjectFileException(source, where, "expected 0 or 1, found " + describe(c)
                + (c.equals("-1") ? "; for SPIN values (-1/+1) put '# vartype=SPIN' on the first line" : ""));
    }

    private static long count(String cell, String source, String where) throws ProjectFileException {
        try {
            long v = Long.parseLong(cell.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new ProjectFileException(source, where, "num_occurrences must be a whole number >= 1, found "
                + describe(cell));
    }

    private static double energy(String cell, String source, String where) throws ProjectFileException {
        try {
            double v = Double.parseDouble(cell.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new ProjectFileException(source, where, "the energy must be a finite number, found " + describe(cell));
    }

    private static void checkRows(int rows, int n, String source, String where) throws ProjectFileException {
        if (rows >= MAX_ROWS || (long) (rows + 1) * Math.max(1, n) > MAX_VALUES) {
            throw new ProjectFileException(source, where, "more than " + String.format(Locale.ROOT, "%,d",
                    Math.min(MAX_ROWS, MAX_VALUES / Math.max(1, n))) + " samples of " + n + " variables, the most a "
                    + "sample file may hold; aggregate repeated samples (num_occurrences) or split the file");
        }
    }

    /** RFC 4180 cells of one line: commas, double quotes around a cell with commas or quotes, "" for a quote. */
    static List<String> cells(String line, String source, String where) throws ProjectFileException {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ProjectFileException(source, where, "a cell opened with \" is never closed on this row");
        }
        out.add(wasQuoted ? cell.toString() : cell.toString().strip());
        return out;
    }

    static int firstMissing(int[] at) {
        for (int v = 0; v < at.length; v++) {
            if (at[v] < 0) {
                return v;
            }
        }
        return -1;
    }

    static String describe(String s) {
        return s.isEmpty() ? "an empty cell" : "'" + TextLines.abbreviated(s) + "'";
    }

    private static byte[] bytes(Path file) throws ProjectFileException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ProjectFileException(source, "$", Files.exists(file) ? "not a regular file"
                        : "the file does not exist; check the path");
            }
            if (Files.size(file) > QuboFiles.MAX_BYTES) {
                throw new ProjectFileException(source, "$", "the file is larger than 512 MB, the most a sample file "
                        + "may have; aggregate repeated samples or split the file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * How a column, assignment or Ocean label names a variable: by the QUBO's label, else by index ({@code 3} or
     * {@code x3}, 0-based), so samples of an exported COO (numbered variables) and of the labelled JSON both match.
     */
    static final class Columns {
        final Qubo q;
        private final String source;
        private final Map<String, Integer> byLabel = new HashMap<>();

        Columns(Qubo q, String source) {
            this.q = q;
            this.source = source;
            for (int i = 0; i < q.numVariables(); i++) {
                byLabel.put(q.label(i), i);
            }
        }

        int of(String name, String where) throws ProjectFileException {
            Integer v = byLabel.get(name);
            if (v != null) {
                return v;
            }
            String digits = name.startsWith("x") ? name.substring(1) : name;
            if (digits.matches("\\d{1,9}")) {
                int i = Integer.parseInt(digits);
                if (i < q.numVariables()) {
                    return i;
                }
                throw new ProjectFileException(source, where, "variable index " + i + " is not below the QUBO's "
                        + q.numVariables() + " variables (indices 0.." + (q.numVariables() - 1) + ")");
            }
            throw new ProjectFileException(source, where, "'" + TextLines.abbreviated(name) + "' is neither a label "
                    + "of the exported QUBO nor a variable index 0.." + (q.numVariables() - 1) + " (e.g. '"
                    + (q.numVariables() == 0 ? "" : q.label(0)) + "' or x0); were the samples drawn from another "
                    + "QUBO?");
        }

        int of(int index, String where) throws ProjectFileException {
            if (index < 0 || index >= q.numVariables()) {
                throw new ProjectFileException(source, where, "variable " + index + " is not an index of the "
                        + "exported QUBO (0.." + (q.numVariables() - 1) + ")");
            }
            return index;
        }
    }
}
