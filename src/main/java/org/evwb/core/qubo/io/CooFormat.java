package org.evwb.core.qubo.io;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/**
 * dimod's COO text format: an optional {@code # vartype=BINARY} (or {@code SPIN}) header, then one {@code i j bias}
 * line per term, {@code i i bias} for linear terms. Two comment headers of ours keep what COO cannot say and dimod
 * ignores: {@code # num_variables=N} (trailing variables without terms) and {@code # offset=C}. Labels are the indices.
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
        double offset = 0;
        List<int[]> idx = new ArrayList<>();
        List<Double> bias = new ArrayList<>();
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
                        throw new ProjectFileException(source, "line " + ln, "unknown vartype '" + vt
                                + "'; use '# vartype=BINARY' or '# vartype=SPIN'");
                    }
                    spin = vt.equalsIgnoreCase("SPIN");
                } else if (h.startsWith("num_variables=")) {
                    declared = TextLines.index(h.substring("num_variables=".length()), source, ln,
                            "num_variables");
                } else if (h.startsWith("offset=")) {
                    offset = TextLines.bias(h.substring("offset=".length()), source, ln);
                }
                continue;
            }
            String[] t = line.split("\\s+");
            if (t.length != 3) {
                throw new ProjectFileException(source, "line " + ln, "expected 'i j bias' (three fields), found "
                        + t.length + " fields: '" + line + "'");
            }
            int i = TextLines.index(t[0], source, ln, "index");
            int j = TextLines.index(t[1], source, ln, "index");
            idx.add(new int[] {i, j});
            bias.add(TextLines.bias(t[2], source, ln));
            maxIndex = Math.max(maxIndex, Math.max(i, j));
        }
        if (declared >= 0 && maxIndex >= declared) {
            throw new ProjectFileException(source, "# num_variables", "declares " + declared
                    + " variables but index " + maxIndex + " is used; raise num_variables or remove the header");
        }
        int n = declared >= 0 ? declared : maxIndex + 1;
        return spin ? fromSpin(n, idx, bias, offset) : fromBinary(n, idx, bias, offset);
    }

    private static Qubo fromBinary(int n, List<int[]> idx, List<Double> bias, double offset) {
        QuboBuilder b = new QuboBuilder();
        for (int i = 0; i < n; i++) {
            b.addVariable(Integer.toString(i));
        }
        int part = b.objective("objective");
        if (offset != 0) {
            b.addOffset(part, offset);
        }
        for (int k = 0; k < idx.size(); k++) {
            b.addQuadratic(part, idx.get(k)[0], idx.get(k)[1], bias.get(k));
        }
        return b.build();
    }

    private static Qubo fromSpin(int n, List<int[]> idx, List<Double> bias, double offset) {
        double[] h = new double[n];
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k)[0];
            int j = idx.get(k)[1];
            if (i == j) {
                h[i] += bias.get(k);
            } else {
                pairs.add(new int[] {Math.min(i, j), Math.max(i, j)});
                weights.add(bias.get(k));
            }
        }
        int[] u = new int[pairs.size()];
        int[] v = new int[pairs.size()];
        double[] w = new double[pairs.size()];
        for (int k = 0; k < u.length; k++) {
            u[k] = pairs.get(k)[0];
            v[k] = pairs.get(k)[1];
            w[k] = weights.get(k);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(Integer.toString(i));
        }
        return new Ising(labels, h, u, v, w, offset).toQubo();
    }
}
