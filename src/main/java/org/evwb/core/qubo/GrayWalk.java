package org.evwb.core.qubo;

/**
 * Walks states in Gray-code order, one bit flip per step, keeping the energy and the local fields up to date in
 * O(degree) per step. Used by the exact sampler (enumeration) and by QAOA (the diagonal cost of every basis state).
 */
public final class GrayWalk {

    private final Qubo qubo;
    private final byte[] x;
    private final double[] f;
    private final int[] start;
    private final int[] idx;
    private final double[] w;
    private long bits;
    private double energy;

    /** Starts at the state {@code startBits} (bit i = variable i). */
    public GrayWalk(Qubo qubo, long startBits) {
        this.qubo = qubo;
        int n = qubo.numVariables();
        x = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (byte) (startBits >>> i & 1L);
        }
        f = qubo.localFields(x);
        start = qubo.adjStart();
        idx = qubo.adjIdx();
        w = qubo.adjW();
        bits = startBits;
        energy = qubo.energy(x);
    }

    /** Step {@code k} (k = 1, 2, …) of the Gray code: flips bit {@code numberOfTrailingZeros(k)}; returns the energy. */
    public double step(long k) {
        int i = Long.numberOfTrailingZeros(k);
        double sign;
        if (x[i] == 0) {
            energy += f[i];
            x[i] = 1;
            sign = 1;
        } else {
            energy -= f[i];
            x[i] = 0;
            sign = -1;
        }
        bits ^= 1L << i;
        for (int a = start[i], end = start[i + 1]; a < end; a++) {
            f[idx[a]] += sign * w[a];
        }
        return energy;
    }

    /** Recomputes the energy of the current state exactly (stops rounding drift on long walks); returns it. */
    public double reanchor() {
        energy = qubo.energy(bits);
        return energy;
    }

    public long bits() {
        return bits;
    }

    public double energy() {
        return energy;
    }
}
