package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;

/**
 * Reads samples back for decoding (SPEC §2): a CSV whose rows are bit strings ({@code 0110}, optionally followed by
 * {@code ,count}), a CSV with a header of variable labels and a row of 0/1 values per sample (an optional
 * {@code num_occurrences} column counts), or the JSON written by {@code evwb qubo solve} ({@code sample} and
 * {@code samples}). Energies are recomputed from the QUBO.
 */
public final class SampleImport {

    private SampleImport() {
    }

    public static SampleSet fromCsv(List<String> lines, Qubo q, String source) throws ProjectFileException {
        int n = q.numVariables();
        List<byte[]> states = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new ProjectFileException(source, "row 1", "no samples; write one bit string per row");
        }
        String[] head = lines.get(first).strip().split("\\s*,\\s*");
        boolean labelled = !head[0].matches("[01]+");
        int[] column = null;
        int countColumn = -1;
        if (labelled) {
            column = new int[n];
            java.util.Arrays.fill(column, -1);
            for (int c = 0; c < head.length; c++) {
                if (head[c].equals("num_occurrences")) {
                    countColumn = c;
                    continue;
                }
                int v = q.labels().indexOf(head[c]);
                if (v < 0) {
                    if (head[c].equals("energy")) {
                        continue;
                    }
                    throw new ProjectFileException(source, "row " + (first + 1) + ", column " + (c + 1),
                            "'" + head[c] + "' is not a variable of the QUBO; the header names variables by label");
                }
                column[v] = c;
            }
            for (int v = 0; v < n; v++) {
                if (column[v] < 0) {
                    throw new ProjectFileException(source, "row " + (first + 1), "no column for variable '"
                            + q.label(v) + "'; every variable needs a column");
                }
            }
            first++;
        }
        for (int r = first; r < lines.size(); r++) {
            String line = lines.get(r).strip();
            if (line.isEmpty()) {
                continue;
            }
            String row = "row " + (r + 1);
            String[] cells = line.split("\\s*,\\s*");
            byte[] x = new byte[n];
            long count = 1;
            if (labelled) {
                for (int v = 0; v < n; v++) {
                    x[v] = bit(cells, column[v], source, row + ", column " + (column[v] + 1));
                }
                if (countColumn >= 0) {
                    count = count(cells, countColumn, source, row);
                }
            } else {
                String bits = cells[0];
                if (bits.length() != n || !bits.matches("[01]+")) {
                    throw new ProjectFileException(source, row, "expected a bit string of " + n
                            + " characters 0/1 (one per variable), found '" + bits + "'");
                }
                for (int v = 0; v < n; v++) {
                    x[v] = (byte) (bits.charAt(v) - '0');
                }
                if (cells.length > 1) {
                    count = count(cells, 1, source, row);
                }
            }
            states.add(x);
            counts.add(count);
        }
        return build(q, states, counts, source);
    }

    /** The JSON of {@code evwb qubo solve}: every entry of {@code samples}, or else the single {@code sample}. */
    public static SampleSet fromJson(JsonNode root, Qubo q, String source) throws ProjectFileException {
        List<byte[]> states = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        JsonNode samples = root.path("samples");
        if (samples.isArray() && samples.size() > 0) {
            for (int k = 0; k < samples.size(); k++) {
                String at = "$.samples[" + k + "]";
                states.add(bits(samples.get(k).path("sample"), q.numVariables(), source, at + ".sample"));
                JsonNode c = samples.get(k).path("occurrences");
                counts.add(c.isMissingNode() ? 1L : c.asLong());
                if (counts.get(k) < 1) {
                    throw new ProjectFileException(source, at + ".occurrences", "must be a whole number >= 1");
                }
            }
        } else if (root.has("sample")) {
            states.add(bits(root.get("sample"), q.numVariables(), source, "$.sample"));
            counts.add(1L);
        } else {
            throw new ProjectFileException(source, "$.samples", "missing; expected the JSON written by "
                    + "'evwb qubo solve --out' (fields 'sample' or 'samples')");
        }
        return build(q, states, counts, source);
    }

    private static byte[] bits(JsonNode arr, int n, String source, String path) throws ProjectFileException {
        if (!arr.isArray() || arr.size() != n) {
            throw new ProjectFileException(source, path, "expected a list of " + n + " values 0/1, one per variable");
        }
        byte[] x = new byte[n];
        for (int i = 0; i < n; i++) {
            JsonNode v = arr.get(i);
            if (!v.isInt() || (v.asInt() != 0 && v.asInt() != 1)) {
                throw new ProjectFileException(source, path + "[" + i + "]", "expected 0 or 1, found " + v);
            }
            x[i] = (byte) v.asInt();
        }
        return x;
    }

    private static byte bit(String[] cells, int c, String source, String where) throws ProjectFileException {
        if (c >= cells.length || !(cells[c].equals("0") || cells[c].equals("1"))) {
            throw new ProjectFileException(source, where, "expected 0 or 1, found '"
                    + (c < cells.length ? cells[c] : "") + "'");
        }
        return (byte) (cells[c].charAt(0) - '0');
    }

    private static long count(String[] cells, int c, String source, String row) throws ProjectFileException {
        try {
            long v = Long.parseLong(cells[c]);
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (RuntimeException e) {
            throw new ProjectFileException(source, row + ", column " + (c + 1), "the count must be a whole number "
                    + ">= 1");
        }
    }

    private static SampleSet build(Qubo q, List<byte[]> states, List<Long> counts, String source) {
        long[] c = counts.stream().mapToLong(Long::longValue).toArray();
        return SampleSet.aggregate("imported", q, states, c, new SamplerInfo.Imported(source),
                new SampleSet.Timings(0, 0));
    }
}
