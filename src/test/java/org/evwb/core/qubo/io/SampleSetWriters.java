package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.evwb.core.qubo.Qubo;

/**
 * Sample files as other tools write them, for tests: bit strings, sample-set CSVs and Ocean sample sets in the exact
 * shape of dimod's {@code SampleSet.to_serializable()} (schema 3.2.0: packed samples are 32 variables per
 * {@code uint32} word, variable 32w + j at bit j; SPIN values ±1).
 */
public final class SampleSetWriters {

    private SampleSetWriters() {
    }

    public static String bits(byte[] x) {
        StringBuilder sb = new StringBuilder();
        for (byte b : x) {
            sb.append(b);
        }
        return sb.toString();
    }

    /** {@code "label"=v} for every variable, in reverse order (a reader must go by name, not position). */
    public static String assignments(Qubo q, byte[] x) {
        StringBuilder sb = new StringBuilder();
        for (int v = x.length - 1; v >= 0; v--) {
            sb.append(sb.length() == 0 ? "" : " ").append('"').append(q.label(v)).append("\"=").append(x[v]);
        }
        return sb.toString();
    }

    /** A CSV with a header of labels (quoted, reversed) or of indices x0, x1, …, and energy/num_occurrences. */
    public static String csv(Qubo q, List<byte[]> states, boolean byLabel) {
        int n = q.numVariables();
        StringBuilder sb = new StringBuilder();
        for (int v = n - 1; v >= 0; v--) {
            sb.append(byLabel ? "\"" + q.label(v).replace("\"", "\"\"") + "\"" : "x" + v).append(',');
        }
        sb.append("energy,num_occurrences\n");
        for (byte[] x : states) {
            for (int v = n - 1; v >= 0; v--) {
                sb.append(x[v]).append(',');
            }
            sb.append(q.energy(x)).append(",3\n");
        }
        return sb.toString();
    }

    /**
     * An Ocean sample set of the states; labels in reverse order (the QUBO's labels, or indices when
     * {@code intLabels}), energies from the QUBO, each state read 2 times.
     */
    public static ObjectNode ocean(ObjectMapper mapper, Qubo q, List<byte[]> states, boolean spin, boolean packed,
                                   boolean intLabels) {
        int n = q.numVariables();
        ObjectNode root = mapper.createObjectNode();
        root.put("type", "SampleSet");
        root.putObject("version").put("sampleset_schema", "3.2.0");
        root.put("num_variables", n);
        root.put("num_rows", states.size());
        ObjectNode data = root.putObject("sample_data");
        data.put("type", "array");
        ArrayNode rows = data.putArray("data");
        int words = (n + 31) / 32;
        for (byte[] x : states) {
            ArrayNode row = rows.addArray();
            if (packed) {
                long[] w = new long[words];
                for (int c = 0; c < n; c++) {
                    w[c >>> 5] |= (long) x[n - 1 - c] << (c & 31);
                }
                for (long word : w) {
                    row.add(word);
                }
            } else {
                for (int c = 0; c < n; c++) {
                    int b = x[n - 1 - c];
                    row.add(spin ? 2 * b - 1 : b);
                }
            }
        }
        data.put("data_type", packed ? "uint32" : "int8");
        data.putArray("shape").add(states.size()).add(packed ? words : n);
        data.put("use_bytes", false);
        root.put("sample_type", "int8");
        root.put("sample_packed", packed);
        ObjectNode vectors = root.putObject("vectors");
        ObjectNode energy = vectors.putObject("energy");
        energy.put("type", "array");
        ArrayNode e = energy.putArray("data");
        states.forEach(x -> e.add(q.energy(x)));
        energy.put("data_type", "float64");
        energy.putArray("shape").add(states.size());
        energy.put("use_bytes", false);
        ObjectNode occ = vectors.putObject("num_occurrences");
        occ.put("type", "array");
        ArrayNode o = occ.putArray("data");
        states.forEach(x -> o.add(2));
        occ.put("data_type", "int64");
        occ.putArray("shape").add(states.size());
        occ.put("use_bytes", false);
        ArrayNode labels = root.putArray("variable_labels");
        for (int c = 0; c < n; c++) {
            if (intLabels) {
                labels.add(n - 1 - c);
            } else {
                labels.add(q.label(n - 1 - c));
            }
        }
        root.put("variable_type", spin ? "SPIN" : "BINARY");
        root.putObject("info");
        return root;
    }
}
