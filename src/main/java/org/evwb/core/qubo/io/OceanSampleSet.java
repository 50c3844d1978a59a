package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;

/**
 * An Ocean sample set as {@code dimod.SampleSet.to_serializable()} writes it (sample-set schema 3.x, dimod 0.10 and
 * later), read into {@link ImportedSamples}:
 * <pre>{"type": "SampleSet", "version": {"sampleset_schema": "3.2.0"},
 *  "num_variables": 3, "num_rows": 2,
 *  "sample_data": {"type": "array", "data": [[5], [2]], "data_type": "uint32", "shape": [2, 1], "use_bytes": false},
 *  "sample_type": "int8", "sample_packed": true,
 *  "vectors": {"energy": {"type": "array", "data": [-1.0, 0.5], ...},
 *              "num_occurrences": {"type": "array", "data": [7, 3], ...}},
 *  "variable_labels": ["a", "b", "c"], "variable_type": "BINARY", "info": {}}</pre>
 * Packed samples hold 32 variables per unsigned 32-bit word, variable 32w + j at bit j of word w (dimod's
 * {@code pack_samples}: bits reversed per byte, {@code packbits}, viewed as little-endian {@code uint32}); a set bit is
 * 1 for BINARY and +1 for SPIN. Unpacked samples hold the values themselves (0/1, or −1/+1 for SPIN). SPIN values
 * become binary by x = (1 + s)/2, the conversion {@code Ising} uses, so a sample's energy is the same in both forms.
 * Labels are matched to the QUBO's labels, or taken as indices when they are numbers (a BQM read from the COO export).
 */
final class OceanSampleSet {

    private OceanSampleSet() {
    }

    static ImportedSamples read(JsonNode root, Qubo q, String source) throws ProjectFileException {
        int n = q.numVariables();
        if (root.has("record") && !root.has("sample_data")) {
            throw new ProjectFileException(source, "$.record", "an Ocean sample set of the schema before 3.0 (dimod "
                    + "before 0.9); load it with that dimod and save it again with a current one");
        }
        String version = root.path("version").path("sampleset_schema").asText("");
        if (!version.isEmpty() && version.compareTo("3.0.0") < 0) {
            throw new ProjectFileException(source, "$.version.sampleset_schema", "schema " + version + " is older "
                    + "than 3.0.0; save the sample set again with a current dimod");
        }
        String vartype = root.path("variable_type").asText("");
        if (!vartype.equals("BINARY") && !vartype.equals("SPIN")) {
            throw new ProjectFileException(source, "$.variable_type", (vartype.isEmpty() ? "missing"
                    : "'" + TextLines.abbreviated(vartype) + "'") + "; a QUBO's samples are BINARY (0/1) or SPIN "
                    + "(-1/+1)");
        }
        boolean spin = vartype.equals("SPIN");
        JsonNode labels = root.path("variable_labels");
        if (!labels.isArray()) {
            throw new ProjectFileException(source, "$.variable_labels", "missing; the sample set lists its variables");
        }
        // sizes are compared before anything is allocated: a short file must not be able to ask for a huge array
        int declared = whole(root.path("num_variables"), source, "$.num_variables", Integer.MAX_VALUE);
        if (declared != n || labels.size() != n) {
            int has = declared != n ? declared : labels.size();
            throw new ProjectFileException(source, declared != n ? "$.num_variables" : "$.variable_labels",
                    "the sample set has " + has + " variables but the exported QUBO has " + n + "; were the samples "
                            + "drawn from this QUBO? (a variable without any term is dropped by some tools: add "
                            + "every variable to the BQM)");
        }
        int numRows = whole(root.path("num_rows"), source, "$.num_rows", Integer.MAX_VALUE);
        if (numRows > SampleFiles.MAX_ROWS || (long) numRows * Math.max(1, n) > SampleFiles.MAX_VALUES) {
            throw new ProjectFileException(source, "$.num_rows", numRows + " samples of " + n + " variables; a sample "
                    + "file holds at most " + String.format(Locale.ROOT, "%,d", Math.min(SampleFiles.MAX_ROWS,
                    SampleFiles.MAX_VALUES / Math.max(1, n))) + "; aggregate it (sampleset.aggregate()) or split it");
        }
        SampleFiles.Columns columns = new SampleFiles.Columns(q, source);
        int[] variableOf = new int[n];
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int c = 0; c < n; c++) {
            JsonNode l = labels.get(c);
            String at = "$.variable_labels[" + c + "]";
            int v;
            if (l.isIntegralNumber() && l.canConvertToInt()) {
                v = columns.of(l.asInt(), at);
            } else if (l.isTextual()) {
                v = columns.of(l.asText(), at);
            } else {
                throw new ProjectFileException(source, at, l + " is not a label of the exported QUBO: labels are its "
                        + "text labels or the indices 0.." + (n - 1));
            }
            if (seen[v] >= 0) {
                throw new ProjectFileException(source, at, "variable '" + q.label(v) + "' is listed twice (also at "
                        + "$.variable_labels[" + seen[v] + "])");
            }
            seen[v] = c;
            variableOf[c] = v;
        }
        boolean packed = root.path("sample_packed").asBoolean(true);
        JsonNode data = array(root.path("sample_data"), source, "$.sample_data");
        int width = packed ? (n + 31) / 32 : n;
        if (data.size() != numRows) {
            throw new ProjectFileException(source, "$.sample_data.data", data.size() + " rows, but num_rows is "
                    + numRows);
        }
        double[] energies = vector(root.path("vectors").path("energy"), numRows, source, "$.vectors.energy", true);
        double[] counts = vector(root.path("vectors").path("num_occurrences"), numRows, source,
                "$.vectors.num_occurrences", false);
        List<ImportedSamples.Row> rows = new ArrayList<>(numRows);
        for (int r = 0; r < numRows; r++) {
            String at = "$.sample_data.data[" + r + "]";
            JsonNode row = data.get(r);
            if (!row.isArray() || row.size() != width) {
                throw new ProjectFileException(source, at, "expected " + width + (packed ? " packed words (32 "
                        + "variables each)" : " values, one per variable") + ", found " + (row.isArray() ? row.size()
                        + " entries" : row.getNodeType().name().toLowerCase(Locale.ROOT)));
            }
            byte[] x = new byte[n];
            for (int c = 0; c < n; c++) {
                int bit;
                if (packed) {
                    JsonNode w = row.get(c >>> 5);
                    if (!w.canConvertToLong() || !w.isIntegralNumber() || w.asLong() < 0 || w.asLong() > 0xffffffffL) {
                        throw new ProjectFileException(source, at + "[" + (c >>> 5) + "]", "expected an unsigned "
                                + "32-bit word, found " + w);
                    }
                    bit = (int) (w.asLong() >>> (c & 31) & 1L);
                } else {
                    bit = unpacked(row.get(c), spin, source, at + "[" + c + "]");
                }
                x[variableOf[c]] = (byte) bit;
            }
            long count = counts == null ? 1 : (long) counts[r];
            if (counts != null && (counts[r] < 1 || counts[r] != Math.rint(counts[r]))) {
                throw new ProjectFileException(source, "$.vectors.num_occurrences.data[" + r + "]", "must be a whole "
                        + "number >= 1, found " + counts[r]);
            }
            rows.add(new ImportedSamples.Row(at, x, count, energies == null ? Double.NaN : energies[r]));
        }
        JsonNode fp = root.path("info").path("evwb_fingerprint");
        String fingerprint = null;
        if (!fp.isMissingNode() && !fp.isNull()) {
            fingerprint = fp.asText();
            if (!QuboFingerprint.isFingerprint(fingerprint)) {
                throw new ProjectFileException(source, "$.info.evwb_fingerprint", "'" + TextLines.abbreviated(
                        fingerprint) + "' is not a QUBO fingerprint (sha256: and 64 hex digits); copy it from the "
                        + "exported QUBO's origin");
            }
        }
        return new ImportedSamples(source, "ocean", vartype, rows, fingerprint,
                fingerprint == null ? null : "$.info.evwb_fingerprint");
    }

    private static int unpacked(JsonNode v, boolean spin, String source, String at) throws ProjectFileException {
        if (v.isNumber() && v.asDouble() == Math.rint(v.asDouble())) {
            int s = v.asInt();
            if (spin && (s == -1 || s == 1)) {
                return (s + 1) / 2;
            }
            if (!spin && (s == 0 || s == 1)) {
                return s;
            }
        }
        throw new ProjectFileException(source, at, "expected " + (spin ? "-1 or +1 (variable_type SPIN)"
                : "0 or 1 (variable_type BINARY)") + ", found " + v);
    }

    /** A serialized numpy array: {@code {"type": "array", "data": [...], "use_bytes": false}}; returns its data. */
    private static JsonNode array(JsonNode o, String source, String at) throws ProjectFileException {
        if (!o.isObject() || !o.path("data").isArray()) {
            throw new ProjectFileException(source, at, o.isMissingNode() ? "missing" : "expected a serialized array "
                    + "{\"type\": \"array\", \"data\": [...]}");
        }
        if (o.path("use_bytes").asBoolean(false)) {
            throw new ProjectFileException(source, at + ".use_bytes", "the sample set was serialized with "
                    + "use_bytes=True, which JSON cannot hold; write it with to_serializable() (use_bytes=False)");
        }
        return o.get("data");
    }

    private static double[] vector(JsonNode o, int rows, String source, String at, boolean optional)
            throws ProjectFileException {
        if (o.isMissingNode()) {
            return null;
        }
        JsonNode data = array(o, source, at);
        if (data.size() != rows) {
            throw new ProjectFileException(source, at + ".data", data.size() + " values, but the sample set has "
                    + rows + " rows");
        }
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            JsonNode v = data.get(r);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new ProjectFileException(source, at + ".data[" + r + "]", "expected a finite number, found " + v);
            }
            out[r] = v.asDouble();
        }
        return out;
    }

    private static int whole(JsonNode v, String source, String at, int max) throws ProjectFileException {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0 || v.asLong() > max) {
            throw new ProjectFileException(source, at, v.isMissingNode() ? "missing; the sample set states it"
                    : "expected a whole number >= 0, found " + v);
        }
        return (int) v.asLong();
    }
}
