package org.evwb.core.qubo;

import java.util.Arrays;
import java.util.List;

/**
 * An Ising model {@code E(s) = offset + Σ h_i s_i + Σ_{i<j} J_ij s_i s_j}, s ∈ {−1,+1}^n, equivalent to a QUBO under
 * x = (1 + s)/2. The conversion only halves, quarters and adds coefficients, so it is exact (bit for bit both ways)
 * whenever the sums are representable, e.g. for integer or dyadic coefficients; otherwise it is correct to rounding.
 */
public final class Ising {

    private final List<String> labels;
    private final double[] h;
    private final int[] ju;
    private final int[] jv;
    private final double[] jw;
    private final double offset;

    public Ising(List<String> labels, double[] h, int[] ju, int[] jv, double[] jw, double offset) {
        if (ju.length != jv.length || ju.length != jw.length || labels.size() != h.length) {
            throw new IllegalArgumentException("Ising arrays differ in length");
        }
        this.labels = List.copyOf(labels);
        this.h = h.clone();
        this.ju = ju.clone();
        this.jv = jv.clone();
        this.jw = jw.clone();
        this.offset = offset;
    }

    /** x = (1 + s)/2: h_i = q_ii/2 + Σ_j q_ij/4, J_ij = q_ij/4, offset' = offset + Σ q_ii/2 + Σ q_ij/4. */
    public static Ising fromQubo(Qubo q) {
        int n = q.numVariables();
        int m = q.numCouplers();
        double[] h = new double[n];
        int[] u = new int[m];
        int[] v = new int[m];
        double[] w = new double[m];
        double off = q.offset();
        for (int i = 0; i < n; i++) {
            h[i] = q.linear(i) / 2;
            off += q.linear(i) / 2;
        }
        for (int k = 0; k < m; k++) {
            u[k] = q.couplerU(k);
            v[k] = q.couplerV(k);
            w[k] = q.couplerWeight(k) / 4;
            h[u[k]] += w[k];
            h[v[k]] += w[k];
            off += w[k];
        }
        return new Ising(q.labels(), h, u, v, w, off);
    }

    /** s = 2x − 1: q_ij = 4 J_ij, q_ii = 2 h_i − 2 Σ_j J_ij, offset = offset' − Σ h_i + Σ J_ij. One objective part. */
    public Qubo toQubo() {
        QuboBuilder b = new QuboBuilder();
        for (String l : labels) {
            b.addVariable(l);
        }
        int part = b.objective("objective");
        double[] lin = new double[h.length];
        double off = offset;
        for (int i = 0; i < h.length; i++) {
            lin[i] = 2 * h[i];
            off -= h[i];
        }
        for (int k = 0; k < jw.length; k++) {
            lin[ju[k]] -= 2 * jw[k];
            lin[jv[k]] -= 2 * jw[k];
            off += jw[k];
        }
        b.addOffset(part, off);
        for (int i = 0; i < lin.length; i++) {
            if (lin[i] != 0) {
                b.addLinear(part, i, lin[i]);
            }
        }
        for (int k = 0; k < jw.length; k++) {
            b.addQuadratic(part, ju[k], jv[k], 4 * jw[k]);
        }
        return b.build();
    }

    public int numVariables() {
        return h.length;
    }

    public List<String> labels() {
        return labels;
    }

    public double h(int i) {
        return h[i];
    }

    public int numCouplings() {
        return jw.length;
    }

    public int couplingU(int k) {
        return ju[k];
    }

    public int couplingV(int k) {
        return jv[k];
    }

    public double coupling(int k) {
        return jw[k];
    }

    public double offset() {
        return offset;
    }

    /** Energy of a spin state (entries −1 or +1). */
    public double energy(byte[] s) {
        double e = offset;
        for (int i = 0; i < h.length; i++) {
            e += h[i] * s[i];
        }
        for (int k = 0; k < jw.length; k++) {
            e += jw[k] * s[ju[k]] * s[jv[k]];
        }
        return e;
    }

    /** The 0/1 state of a spin state: x = (1 + s)/2. */
    public static byte[] spinsToBits(byte[] s) {
        byte[] x = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            x[i] = (byte) (s[i] > 0 ? 1 : 0);
        }
        return x;
    }

    public static byte[] bitsToSpins(byte[] x) {
        byte[] s = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = (byte) (x[i] != 0 ? 1 : -1);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ising g && labels.equals(g.labels) && Arrays.equals(h, g.h) && Arrays.equals(ju, g.ju)
                && Arrays.equals(jv, g.jv) && Arrays.equals(jw, g.jw) && Double.compare(offset, g.offset) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(h) * 31 + Arrays.hashCode(jw);
    }
}
