package org.evwb.core.qubo.qaoa;

import java.util.stream.IntStream;

/**
 * 2^n complex amplitudes as two double arrays (real, imaginary), index bit i = qubit i = x_i. The gates of QAOA are
 * element-wise or pairwise, so they run on all cores in fixed chunks; sums are combined in chunk order, so results
 * never depend on the thread count.
 */
public final class StateVector {

    /** Amplitudes per parallel chunk; small states run in one chunk. */
    private static final int CHUNK = 1 << 14;

    private final int numQubits;
    private final double[] re;
    private final double[] im;

    /** |+⟩^n: every amplitude 2^(−n/2). */
    public StateVector(int numQubits) {
        this.numQubits = numQubits;
        int size = 1 << numQubits;
        this.re = new double[size];
        this.im = new double[size];
        double a = Math.pow(2, -numQubits / 2.0);
        java.util.Arrays.fill(re, a);
    }

    /** Bytes the state vector and the cost diagonal of n qubits need (16 + 8 per basis state); saturates. */
    public static long bytesNeeded(int numQubits) {
        return numQubits >= 58 ? Long.MAX_VALUE : 24L << numQubits;
    }

    public int numQubits() {
        return numQubits;
    }

    public int size() {
        return re.length;
    }

    public double re(int index) {
        return re[index];
    }

    public double im(int index) {
        return im[index];
    }

    public double probability(int index) {
        return re[index] * re[index] + im[index] * im[index];
    }

    /** The cost layer e^{−iγC}: amplitude z picks up the phase −γ·C(z). */
    public void applyPhase(double[] cost, double gamma) {
        forChunks(re.length, (from, to) -> {
            for (int z = from; z < to; z++) {
                double phi = -gamma * cost[z];
                double c = Math.cos(phi);
                double s = Math.sin(phi);
                double r = re[z];
                double i = im[z];
                re[z] = r * c - i * s;
                im[z] = r * s + i * c;
            }
        });
    }

    /**
     * The X mixer e^{−iβ Σ_q X_q} = Π_q (cos β·I − i sin β·X_q): for each qubit q, every pair (a, b) of indices that
     * differ only in bit q becomes (cos β·a − i sin β·b, −i sin β·a + cos β·b).
     */
    public void applyMixer(double beta) {
        double c = Math.cos(beta);
        double s = Math.sin(beta);
        int pairs = re.length >>> 1;
        for (int q = 0; q < numQubits; q++) {
            int stride = 1 << q;
            int low = stride - 1;
            int qq = q;
            forChunks(pairs, (from, to) -> {
                int p = from;
                while (p < to) {
                    // pairs p..(p | low) share their high bits, so their indices a run contiguously
                    int a = ((p >>> qq) << (qq + 1)) | (p & low);
                    int runEnd = Math.min(to, (p | low) + 1);
                    for (int end = a + (runEnd - p); a < end; a++) {
                        int b = a + stride;
                        double ar = re[a];
                        double ai = im[a];
                        double br = re[b];
                        double bi = im[b];
                        re[a] = c * ar + s * bi;
                        im[a] = c * ai - s * br;
                        re[b] = c * br + s * ai;
                        im[b] = c * bi - s * ar;
                    }
                    p = runEnd;
                }
            });
        }
    }

    /** ⟨ψ|C|ψ⟩. */
    public double expectation(double[] cost) {
        int chunks = Math.max(1, re.length / CHUNK);
        double[] part = new double[chunks];
        int per = re.length / chunks;
        IntStream.range(0, chunks).parallel().forEach(k -> {
            double sum = 0;
            for (int z = k * per, end = z + per; z < end; z++) {
                sum += (re[z] * re[z] + im[z] * im[z]) * cost[z];
            }
            part[k] = sum;
        });
        double total = 0;
        for (double v : part) {
            total += v;
        }
        return total;
    }

    /** Σ of all probabilities (1 up to rounding). */
    public double norm() {
        double t = 0;
        for (int z = 0; z < re.length; z++) {
            t += probability(z);
        }
        return t;
    }

    private interface Range {
        void run(int from, int to);
    }

    private static void forChunks(int length, Range body) {
        if (length <= CHUNK) {
            body.run(0, length);
            return;
        }
        int chunks = length / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(k -> body.run(k * CHUNK, (k + 1) * CHUNK));
    }
}
