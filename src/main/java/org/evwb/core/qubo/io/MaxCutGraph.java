package org.evwb.core.qubo.io;

import java.io.Reader;
import java.util.List;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/**
 * A weighted graph for max-cut, read from a Gset file (first line {@code n m}, then m lines {@code i j w}, 1-based
 * vertices). As a QUBO to minimise: every edge adds {@code w·(2 x_i x_j − x_i − x_j)}, which is −w exactly when the
 * edge is cut, so the cut of x is minus its energy.
 */
public record MaxCutGraph(int numNodes, int[] from, int[] to, long[] weight) {

    /** Labels are the Gset vertex numbers ("1".."n"); variable i is vertex i + 1. */
    public Qubo toQubo() {
        QuboBuilder b = new QuboBuilder();
        for (int v = 1; v <= numNodes; v++) {
            b.addVariable(Integer.toString(v));
        }
        int part = b.objective("minus cut");
        for (int e = 0; e < from.length; e++) {
            b.addQuadratic(part, from[e], to[e], 2.0 * weight[e]);
            b.addLinear(part, from[e], -weight[e]);
            b.addLinear(part, to[e], -weight[e]);
        }
        return b.build();
    }

    /** Σ w over edges whose ends are on different sides, counted directly from the edge list. */
    public long cutValue(byte[] x) {
        long cut = 0;
        for (int e = 0; e < from.length; e++) {
            if (x[from[e]] != x[to[e]]) {
                cut += weight[e];
            }
        }
        return cut;
    }

    public int numEdges() {
        return from.length;
    }

    public static MaxCutGraph readGset(Reader in, String source) throws ProjectFileException {
        List<String> lines = TextLines.lines(in, source);
        int ln = 0;
        while (ln < lines.size() && lines.get(ln).isBlank()) {
            ln++;
        }
        if (ln == lines.size()) {
            throw new ProjectFileException(source, "line 1", "empty file; a Gset file starts with 'n m'");
        }
        String[] head = lines.get(ln).strip().split("\\s+");
        if (head.length != 2) {
            throw new ProjectFileException(source, "line " + (ln + 1), "expected 'n m' (nodes, edges), found '"
                    + TextLines.abbreviated(lines.get(ln).strip()) + "'");
        }
        // the node count sizes the QUBO: refused above the limit before anything is made; the edge count only
        // counts, so nothing is allocated for edges the file does not hold ("3 2000000000" then one edge line)
        int n = TextLines.declared(head[0], source, ln + 1, "node count", QuboFiles.MAX_VARIABLES);
        int m = TextLines.declared(head[1], source, ln + 1, "edge count", Integer.MAX_VALUE);
        int cap = Math.min(m, Math.max(16, lines.size() - ln));
        int[] u = new int[cap];
        int[] v = new int[cap];
        long[] w = new long[cap];
        int e = 0;
        for (int k = ln + 1; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = k + 1;
            String[] t = line.split("\\s+");
            if (t.length != 3) {
                throw new ProjectFileException(source, "line " + lineNo, "expected 'i j w', found '"
                        + TextLines.abbreviated(line) + "'");
            }
            if (e == m) {
                throw new ProjectFileException(source, "line " + lineNo, "more than the " + m
                        + " edges the first line declares; correct the count");
            }
            if (e == u.length) {
                int grown = (int) Math.min(m, 2L * u.length);
                u = java.util.Arrays.copyOf(u, grown);
                v = java.util.Arrays.copyOf(v, grown);
                w = java.util.Arrays.copyOf(w, grown);
            }
            int a = TextLines.index(t[0], source, lineNo, "vertex");
            int c = TextLines.index(t[1], source, lineNo, "vertex");
            if (a < 1 || c < 1 || a > n || c > n || a == c) {
                throw new ProjectFileException(source, "line " + lineNo, "vertices are 1.." + n
                        + " and an edge joins two different ones; found " + a + " " + c);
            }
            try {
                w[e] = Long.parseLong(t[2]);
            } catch (NumberFormatException ex) {
                throw new ProjectFileException(source, "line " + lineNo, "weight '" + TextLines.abbreviated(t[2])
                        + "' is not a whole number; Gset weights are integers");
            }
            u[e] = a - 1;
            v[e] = c - 1;
            e++;
        }
        if (e != m) {
            throw new ProjectFileException(source, "line " + (ln + 1), "declares " + m + " edges but the file has "
                    + e + "; correct the count");
        }
        return new MaxCutGraph(n, u.length == e ? u : java.util.Arrays.copyOf(u, e),
                v.length == e ? v : java.util.Arrays.copyOf(v, e), w.length == e ? w : java.util.Arrays.copyOf(w, e));
    }
}
