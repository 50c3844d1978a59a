package org.evwb.core.qubo.qaoa;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * <b>Benchmark source set only:</b> the product's previous implementation, unchanged, kept so that the benchmarks
 * (org.evwb.bench.QuboBenchmarks) can run old and new side by side in one JVM on the same machine load.
 *
 * <p>2^n complex amplitudes as two double arrays (real, imaginary), index bit i = qubit i = x_i. The gates of QAOA are
 * element-wise or pairwise, so they run on all cores in fixed chunks; sums are combined in chunk order, so results
 * never depend on the thread count.
 *
 * <p>The gates can be stopped: given a stop test, each chunk asks it before it starts, so a cancel lands within one
 * chunk of work per thread (a fraction of a millisecond) however many qubits there are. A stopped gate leaves the
 * state half-transformed; the caller throws it away.
 */
public final class LegacyStateVector {

    /** Amplitudes per parallel chunk; small states run in one chunk. */
    private static final int CHUNK = 1 << 14;

    private final int numQubits;
    private final double[] re;
    private final double[] im;

    /** |+⟩^n: every amplitude 2^(−n/2). */
    public LegacyStateVector(int numQubits) {
        this.numQubits = numQubits;
        int size = 1 << numQubits;
        this.re = new double[size];
        this.im = new double[size];
        reset();
    }

    /** Back to |+⟩^n, reusing the arrays (a run evaluates hundreds of circuits; 2^n amplitudes each). */
    public void reset() {
        java.util.Arrays.fill(re, Math.pow(2, -numQubits / 2.0));
        java.util.Arrays.fill(im, 0);
    }

    /**
     * Bytes a QAOA run of n qubits needs: the state vector and the cost diagonal (16 + 8 per basis state), and one
     * bit per basis state for which states are feasible; saturates.
     */
    public static long bytesNeeded(int numQubits) {
        return numQubits >= 58 ? Long.MAX_VALUE : (24L << numQubits) + (1L << numQubits) / 8;
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
        applyPhase(cost, gamma, NEVER);
    }

    /** {@link #applyPhase(double[], double)}; false when {@code stop} said so before it finished. */
    public boolean applyPhase(double[] cost, double gamma, BooleanSupplier stop) {
        return forChunks(re.length, stop, (from, to) -> {
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
        applyMixer(beta, NEVER);
    }

    /** {@link #applyMixer(double)}; false when {@code stop} said so before it finished. */
    public boolean applyMixer(double beta, BooleanSupplier stop) {
        double c = Math.cos(beta);
        double s = Math.sin(beta);
        int pairs = re.length >>> 1;
        for (int q = 0; q < numQubits; q++) {
            int stride = 1 << q;
            int low = stride - 1;
            int qq = q;
            boolean done = forChunks(pairs, stop, (from, to) -> {
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
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /** ⟨ψ|C|ψ⟩. */
    public double expectation(double[] cost) {
        return expectation(cost, NEVER);
    }

    /** ⟨ψ|C|ψ⟩, or NaN when {@code stop} said so before it was summed. */
    public double expectation(double[] cost, BooleanSupplier stop) {
        int chunks = Math.max(1, re.length / CHUNK);
        double[] part = new double[chunks];
        int per = re.length / chunks;
        AtomicBoolean stopped = new AtomicBoolean();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            if (stopped.get() || stop.getAsBoolean()) {
                stopped.set(true);
                return;
            }
            double sum = 0;
            for (int z = k * per, end = z + per; z < end; z++) {
                sum += (re[z] * re[z] + im[z] * im[z]) * cost[z];
            }
            part[k] = sum;
        });
        if (stopped.get()) {
            return Double.NaN;
        }
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

    private static final BooleanSupplier NEVER = () -> false;

    private interface Range {
        void run(int from, int to);
    }

    /** Runs {@code body} over [0, length) in chunks; false when {@code stop} stopped it (some chunks not run). */
    private static boolean forChunks(int length, BooleanSupplier stop, Range body) {
        if (length <= CHUNK) {
            if (stop.getAsBoolean()) {
                return false;
            }
            body.run(0, length);
            return true;
        }
        int chunks = length / CHUNK;
        AtomicBoolean stopped = new AtomicBoolean();
        IntStream.range(0, chunks).parallel().forEach(k -> {
            if (stopped.get() || stop.getAsBoolean()) {
                stopped.set(true); // the remaining chunks return at once
                return;
            }
            body.run(k * CHUNK, (k + 1) * CHUNK);
        });
        return !stopped.get();
    }
}
