package org.evwb.core.qubo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sparse QUBO (SPEC §2): minimise {@code E(x) = offset + Σ_i q_ii x_i + Σ_{i<j} q_ij x_i x_j}, x ∈ {0,1}^n, with
 * variable labels and the per-part terms it was built from (objective parts and named constraints).
 *
 * <p>The merged coefficients are held in primitive arrays: {@code linear[i]}, couplers sorted by (u, v) with u < v,
 * and a CSR adjacency (both directions, neighbours ascending) for the samplers' hot loops. Immutable; build one with
 * {@link QuboBuilder}.
 */
public final class Qubo {

    private final List<String> labels;
    private final List<QuboPart> parts;
    private final double offset;
    private final double[] linear;
    private final int[] coupU;
    private final int[] coupV;
    private final double[] coupW;
    private final int[] adjStart;
    private final int[] adjIdx;
    private final double[] adjW;

    Qubo(List<String> labels, List<QuboPart> parts) {
        this.labels = List.copyOf(labels);
        this.parts = List.copyOf(parts);
        int n = labels.size();
        double off = 0;
        double[] lin = new double[n];
        int totalQuad = 0;
        for (QuboPart p : parts) {
            off += p.offset();
            for (int k = 0; k < p.linearCount(); k++) {
                lin[p.linearVar(k)] += p.linearBias(k);
            }
            totalQuad += p.quadraticCount();
        }
        this.offset = off;
        this.linear = lin;
        // Merge duplicate couplers, summing in part order then term order so the result never depends on sorting.
        int[] tu = new int[totalQuad];
        int[] tv = new int[totalQuad];
        double[] tw = new double[totalQuad];
        int t = 0;
        for (QuboPart p : parts) {
            for (int k = 0; k < p.quadraticCount(); k++, t++) {
                tu[t] = p.quadU(k);
                tv[t] = p.quadV(k);
                tw[t] = p.quadBias(k);
            }
        }
        int[] rowCount = new int[n + 1];
        for (int k = 0; k < totalQuad; k++) {
            rowCount[tu[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            rowCount[i + 1] += rowCount[i];
        }
        int[] fill = Arrays.copyOf(rowCount, n + 1);
        int[] byRow = new int[totalQuad];
        for (int k = 0; k < totalQuad; k++) {
            byRow[fill[tu[k]]++] = k;
        }
        int[] mu = new int[totalQuad];
        int[] mv = new int[totalQuad];
        double[] mw = new double[totalQuad];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int from = rowCount[i];
            int to = rowCount[i + 1];
            long[] keys = new long[to - from];
            for (int k = from; k < to; k++) {
                keys[k - from] = ((long) tv[byRow[k]] << 32) | (k - from); // stable: ties keep insertion order
            }
            Arrays.sort(keys);
            int k = 0;
            while (k < keys.length) {
                int v = (int) (keys[k] >>> 32);
                double w = 0;
                while (k < keys.length && (int) (keys[k] >>> 32) == v) {
                    w += tw[byRow[from + (int) (keys[k] & 0xffffffffL)]];
                    k++;
                }
                if (w != 0) {
                    mu[m] = i;
                    mv[m] = v;
                    mw[m++] = w;
                }
            }
        }
        this.coupU = Arrays.copyOf(mu, m);
        this.coupV = Arrays.copyOf(mv, m);
        this.coupW = Arrays.copyOf(mw, m);
        this.adjStart = new int[n + 1];
        for (int k = 0; k < m; k++) {
            adjStart[coupU[k] + 1]++;
            adjStart[coupV[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] += adjStart[i];
        }
        int[] pos = Arrays.copyOf(adjStart, n);
        this.adjIdx = new int[2 * m];
        this.adjW = new double[2 * m];
        // Couplers are sorted by (u, v), so one pass leaves every row's neighbours ascending.
        for (int k = 0; k < m; k++) {
            adjIdx[pos[coupU[k]]] = coupV[k];
            adjW[pos[coupU[k]]++] = coupW[k];
            adjIdx[pos[coupV[k]]] = coupU[k];
            adjW[pos[coupV[k]]++] = coupW[k];
        }
    }

    public int numVariables() {
        return labels.size();
    }

    public List<String> labels() {
        return labels;
    }

    public String label(int i) {
        return labels.get(i);
    }

    public List<QuboPart> parts() {
        return parts;
    }

    public double offset() {
        return offset;
    }

    /** Merged linear coefficient q_ii. */
    public double linear(int i) {
        return linear[i];
    }

    /** Number of distinct non-zero couplers (i < j). */
    public int numCouplers() {
        return coupU.length;
    }

    public int couplerU(int k) {
        return coupU[k];
    }

    public int couplerV(int k) {
        return coupV[k];
    }

    public double couplerWeight(int k) {
        return coupW[k];
    }

    /**
     * CSR row starts (length n + 1) of the symmetric adjacency. The CSR arrays are the model's own, shared with the
     * samplers' hot loops without copying: never modify them.
     */
    public int[] adjStart() {
        return adjStart;
    }

    /** CSR neighbour indices (ascending within a row); never modify. */
    public int[] adjIdx() {
        return adjIdx;
    }

    /** CSR coupler weights aligned with {@link #adjIdx()}; never modify. */
    public double[] adjW() {
        return adjW;
    }

    /** The merged linear coefficients; never modify. */
    public double[] linearArray() {
        return linear;
    }

    /** The merged coefficient q_uv (0 when absent), by binary search in u's row. */
    public double quadratic(int u, int v) {
        int k = Arrays.binarySearch(adjIdx, adjStart[u], adjStart[u + 1], v);
        return k >= 0 ? adjW[k] : 0;
    }

    public int degree(int i) {
        return adjStart[i + 1] - adjStart[i];
    }

    public double energy(byte[] x) {
        checkLength(x);
        double e = offset;
        for (int i = 0; i < linear.length; i++) {
            if (x[i] != 0) {
                e += linear[i];
            }
        }
        for (int k = 0; k < coupU.length; k++) {
            if (x[coupU[k]] != 0 && x[coupV[k]] != 0) {
                e += coupW[k];
            }
        }
        return e;
    }

    /** Energy of a state packed in a long, bit i = x_i (n ≤ 63). */
    public double energy(long bits) {
        double e = offset;
        for (int i = 0; i < linear.length; i++) {
            if ((bits >>> i & 1L) != 0) {
                e += linear[i];
            }
        }
        for (int k = 0; k < coupU.length; k++) {
            if ((bits >>> coupU[k] & 1L) != 0 && (bits >>> coupV[k] & 1L) != 0) {
                e += coupW[k];
            }
        }
        return e;
    }

    /** Local fields f_i = q_ii + Σ_j q_ij x_j: flipping i changes the energy by (1 − 2x_i)·f_i. */
    public double[] localFields(byte[] x) {
        checkLength(x);
        double[] f = Arrays.copyOf(linear, linear.length);
        for (int i = 0; i < f.length; i++) {
            if (x[i] != 0) {
                for (int k = adjStart[i]; k < adjStart[i + 1]; k++) {
                    f[adjIdx[k]] += adjW[k];
                }
            }
        }
        return f;
    }

    /** Energy change of flipping variable i in state x (O(degree)). */
    public double flipDelta(byte[] x, int i) {
        double f = linear[i];
        for (int k = adjStart[i]; k < adjStart[i + 1]; k++) {
            if (x[adjIdx[k]] != 0) {
                f += adjW[k];
            }
        }
        return x[i] == 0 ? f : -f;
    }

    /** The sample in the study's terms: total energy, objective value and every broken constraint. */
    public Decoded decode(byte[] x) {
        checkLength(x);
        double objective = 0;
        List<Decoded.Broken> broken = new ArrayList<>();
        for (QuboPart p : parts) {
            double e = p.energy(x);
            if (p.kind() == QuboPart.Kind.OBJECTIVE) {
                objective += e;
            } else if (Math.abs(e) > QuboPart.TOLERANCE) {
                broken.add(new Decoded.Broken(p.name(), e));
            }
        }
        return new Decoded(energy(x), objective, broken);
    }

    /** True when the QUBO has at least one constraint part (so feasibility means something). */
    public boolean hasConstraints() {
        return parts.stream().anyMatch(p -> p.kind() == QuboPart.Kind.CONSTRAINT);
    }

    /** Largest |coefficient| over linear terms and couplers (0 for an empty QUBO). */
    public double maxAbsCoefficient() {
        double m = 0;
        for (double v : linear) {
            m = Math.max(m, Math.abs(v));
        }
        for (double w : coupW) {
            m = Math.max(m, Math.abs(w));
        }
        return m;
    }

    private void checkLength(byte[] x) {
        if (x.length != linear.length) {
            throw new IllegalArgumentException("a state of this QUBO has " + linear.length + " variables, got "
                    + x.length);
        }
    }

    /** True when both have the same merged offset, linear coefficients and couplers, bit for bit. */
    public boolean sameCoefficients(Qubo o) {
        return Double.compare(offset, o.offset) == 0 && Arrays.equals(linear, o.linear)
                && Arrays.equals(coupU, o.coupU) && Arrays.equals(coupV, o.coupV) && Arrays.equals(coupW, o.coupW);
    }

    /** Same labels and the same parts term for term. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Qubo q && labels.equals(q.labels) && parts.equals(q.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, parts);
    }

    @Override
    public String toString() {
        return "QUBO with " + numVariables() + " variables, " + numCouplers() + " couplers, " + parts.size()
                + " parts";
    }
}
