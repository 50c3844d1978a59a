package org.evwb.core.qubo.io;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/**
 * dimod's COO text format: an optional {@code # vartype=BINARY} (or {@code SPIN}) header, then one {@code i j bias}
 * line per term, {@code i i bias} for linear terms. Two comment headers of ours keep what COO cannot say and dimod
 * ignores: {@code # num_variables=N} (trailing variables without terms) and {@code # offset=C}.
 *
 * <p>The model is sized from what the file holds. With {@code # num_variables=N} (our own files) the variables are
 * 0..N−1, N at most {@link QuboFiles#MAX_VARIABLES}, refused before anything is allocated. Without it, as dimod
 * reads COO, the variables are the indices the lines use, in increasing order and labelled by their index: a
 * two-line file using index 200,000,000 has two variables, not two hundred million. Written back, variables are
 * numbered by position (0..n−1); the labelled JSON form keeps the original indices as labels.
 */
public final class CooFormat {

    private CooFormat() {
    }

    public static String write(Qubo q) {
        StringBuilder sb = new StringBuilder();
        sb.append("# vartype=BINARY\n");
        sb.append("# num_variables=").append(q.numVariables()).append('\n');
        if (q.offset() != 0) {
            sb.append("# offset=").append(TextLines.number(q.offset())).append('\n');
        }
        for (int i = 0; i < q.numVariables(); i++) {
            if (q.linear(i) != 0) {
                sb.append(i).append(' ').append(i).append(' ').append(TextLines.number(q.linear(i))).append('\n');
            }
        }
        for (int k = 0; k < q.numCouplers(); k++) {
            sb.append(q.couplerU(k)).append(' ').append(q.couplerV(k)).append(' ')
                    .append(TextLines.number(q.couplerWeight(k))).append('\n');
        }
        return sb.toString();
    }

    public static Qubo read(Reader in, String source) throws ProjectFileException {
        List<String> lines = TextLines.lines(in, source);
        boolean spin = false;
        int declared = -1;
        int declaredLine = 0;
        double offset = 0;
        Terms terms = new Terms();
        int maxIndex = -1;
        for (int ln = 1; ln <= lines.size(); ln++) {
            String line = lines.get(ln - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String h = line.substring(1).strip().replace(" ", "");
                if (h.startsWith("vartype=")) {
                    String vt = h.substring("vartype=".length());
                    if (!vt.equalsIgnoreCase("BINARY") && !vt.equalsIgnoreCase("SPIN")) {
                        throw new ProjectFileException(source, "line " + ln, "unknown vartype '"
                                + TextLines.abbreviated(vt) + "'; use '# vartype=BINARY' or '# vartype=SPIN'");
                    }
                    spin = vt.equalsIgnoreCase("SPIN");
                } else if (h.startsWith("num_variables=")) {
                    declared = TextLines.declared(h.substring("num_variables=".length()), source, ln,
                            "num_variables", QuboFiles.MAX_VARIABLES);
                    declaredLine = ln;
                } else if (h.startsWith("offset=")) {
                    offset = TextLines.bias(h.substring("offset=".length()), source, ln);
                }
                continue;
            }
            String[] t = line.split("\\s+");
            if (t.length != 3) {
                throw new ProjectFileException(source, "line " + ln, "expected 'i j bias' (three fields), found "
                        + t.length + " fields: '" + TextLines.abbreviated(line) + "'");
            }
            int i = TextLines.index(t[0], source, ln, "index");
            int j = TextLines.index(t[1], source, ln, "index");
            terms.add(i, j, TextLines.bias(t[2], source, ln));
            maxIndex = Math.max(maxIndex, Math.max(i, j));
        }
        if (declared >= 0 && maxIndex >= declared) {
            throw new ProjectFileException(source, "line " + declaredLine, "# num_variables declares " + declared
                    + " variables but index " + maxIndex + " is used; raise num_variables or remove the header");
        }
        int[] used = declared >= 0 ? null : terms.distinctIndices();
        if (used != null && used.length > QuboFiles.MAX_VARIABLES) {
            throw new ProjectFileException(source, "line 1", "the file uses " + used.length + " distinct indices; "
                    + "a QUBO file holds at most " + String.format(java.util.Locale.ROOT, "%,d",
                    QuboFiles.MAX_VARIABLES) + " variables");
        }
        List<String> labels = new ArrayList<>();
        if (used == null) {
            for (int v = 0; v < declared; v++) {
                labels.add(Integer.toString(v));
            }
        } else {
            for (int v : used) {
                labels.add(Integer.toString(v));
            }
            terms.renumber(used);
        }
        return spin ? fromSpin(labels, terms, offset) : fromBinary(labels, terms, offset);
    }

    private static Qubo fromBinary(List<String> labels, Terms terms, double offset) {
        QuboBuilder b = new QuboBuilder();
        labels.forEach(b::addVariable);
        int part = b.objective("objective");
        if (offset != 0) {
            b.addOffset(part, offset);
        }
        for (int k = 0; k < terms.size; k++) {
            b.addQuadratic(part, terms.u[k], terms.v[k], terms.w[k]);
        }
        return b.build();
    }

    private static Qubo fromSpin(List<String> labels, Terms terms, double offset) {
        double[] h = new double[labels.size()];
        Terms pairs = new Terms();
        for (int k = 0; k < terms.size; k++) {
            int i = terms.u[k];
            int j = terms.v[k];
            if (i == j) {
                h[i] += terms.w[k];
            } else {
                pairs.add(Math.min(i, j), Math.max(i, j), terms.w[k]);
            }
        }
        return new Ising(labels, h, Arrays.copyOf(pairs.u, pairs.size), Arrays.copyOf(pairs.v, pairs.size),
                Arrays.copyOf(pairs.w, pairs.size), offset).toQubo();
    }

    /** The file's terms in growable primitive arrays: memory in proportion to the lines, nothing per index. */
    private static final class Terms {
        int size;
        int[] u = new int[16];
        int[] v = new int[16];
        double[] w = new double[16];

        void add(int i, int j, double bias) {
            if (size == u.length) {
                int n = size * 2;
                u = Arrays.copyOf(u, n);
                v = Arrays.copyOf(v, n);
                w = Arrays.copyOf(w, n);
            }
            u[size] = i;
            v[size] = j;
            w[size] = bias;
            size++;
        }

        /** The indices the terms use, sorted, each once. */
        int[] distinctIndices() {
            int[] all = new int[2 * size];
            System.arraycopy(u, 0, all, 0, size);
            System.arraycopy(v, 0, all, size, size);
            return Arrays.stream(all).sorted().distinct().toArray();
        }

        /** Replaces each index by its position in {@code used} (sorted). */
        void renumber(int[] used) {
            for (int k = 0; k < size; k++) {
                u[k] = Arrays.binarySearch(used, u[k]);
                v[k] = Arrays.binarySearch(used, v[k]);
            }
        }
    }
}
