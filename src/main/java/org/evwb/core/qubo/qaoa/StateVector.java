package org.evwb.core.qubo.qaoa;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * 2^n complex amplitudes as two double arrays (real, imaginary), index bit i = qubit i = x_i. The gates of QAOA are
 * element-wise or pairwise, so they run on all cores in fixed chunks; sums are combined in chunk order, so results
 * never depend on the thread count.
 *
 * <p>The gates can be stopped: given a stop test, each chunk asks it before it starts, so a cancel lands within one
 * chunk of work per thread (a fraction of a millisecond) however many qubits there are. A stopped gate leaves the
 * state half-transformed; the caller throws it away.
 */
public final class StateVector {

    /** Amplitudes per parallel chunk (and per block and tile of a layer); small states run in one chunk. */
    private static final int BLOCK_BITS = 14;
    private static final int CHUNK = 1 << BLOCK_BITS;
    /**
     * Shortest segment of a high-qubit tile: 2^9 contiguous amplitudes (4 KiB of each array), so at most 5 qubits per
     * pass. Ten qubits per pass with segments of 16 took 1.5 times the CPU of two passes of five: segments 2^14
     * amplitudes apart fall on the same cache sets, and 128-byte copies leave the prefetcher nothing to follow.
     */
    private static final int MIN_ROW_BITS = 9;

    /** The SIMD layer when this JVM has the Vector API module; chosen once, immutable. */
    private static final java.util.Optional<LayerKernel> SIMD = LayerKernel.simd();

    private final int numQubits;
    private final double[] re;
    private final double[] im;
    /** Runs {@link #applyLayer} when present and the state is large enough for it; else the scalar loops below. */
    private final LayerKernel kernel;
    /** Per-thread tile buffers of the mixer (2^14 amplitudes each), made on a thread's first tile. */
    private final ThreadLocal<PairRows.Tile> tiles = ThreadLocal.withInitial(() -> new PairRows.Tile(BLOCK_BITS));

    /** |+⟩^n: every amplitude 2^(−n/2); layers in SIMD when the JVM offers it ({@link #layerKernel()}). */
    public StateVector(int numQubits) {
        this(numQubits, SIMD.orElse(null));
    }

    /** |+⟩^n with layers run by {@code kernel}, or by the scalar loops when null (tests compare the two). */
    StateVector(int numQubits, LayerKernel kernel) {
        this.numQubits = numQubits;
        this.kernel = kernel != null && numQubits >= kernel.minQubits() ? kernel : null;
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
     * Bytes a QAOA run of n qubits needs: the state vector, the cost diagonal and its level index (16 + 8 + 2 per
     * basis state, {@link CostLevels}), and one bit per basis state for which states are feasible; saturates.
     */
    public static long bytesNeeded(int numQubits) {
        return numQubits >= 58 ? Long.MAX_VALUE : (26L << numQubits) + (1L << numQubits) / 8;
    }

    public int numQubits() {
        return numQubits;
    }

    /**
     * How this JVM runs a layer: "Vector API, ..." when {@code jdk.incubator.vector} is in the boot layer (the
     * launchers add it), else "scalar".
     */
    public static String layerKernel() {
        return SIMD.map(LayerKernel::describe).orElse("scalar");
    }

    /** The SIMD kernel, if this JVM has one (for tests and benchmarks of the same package). */
    static java.util.Optional<LayerKernel> simdKernel() {
        return SIMD;
    }

    /** The kernel this state vector's layers run on; null for the scalar loops. */
    LayerKernel kernelForTest() {
        return kernel;
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
        LayerPhases ph = new LayerPhases(cost, null, gamma, NO_FACTOR);
        return forChunks(re.length, stop, (from, to) -> ph.apply(re, im, from, to));
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
        PairRows.Gate g = PairRows.Gate.exact(Math.cos(beta), Math.sin(beta));
        return forChunks(re.length, stop, (from, to) -> mixLow(from, to, g)) && mixHigh(g, stop);
    }

    /** One QAOA layer, {@link #applyPhase} then {@link #applyMixer}, in as few passes over the state as it can. */
    public void applyLayer(double[] cost, CostLevels levels, double gamma, double beta) {
        applyLayer(cost, levels, gamma, beta, NEVER);
    }

    /**
     * One QAOA layer: the phase e^{−iγC} and the X mixer e^{−iβΣX} in 1 + ⌈(n − 14)/5⌉ passes over the state instead
     * of n + 1 (three at n = 24). The first pass takes blocks of 2^14 amplitudes (256 KiB, in the core's cache): their
     * phases, then the mixer of the 14 low qubits, whose pairs lie inside a block. Each further pass takes tiles of
     * 2^14 amplitudes: 2^g segments of 2^(14 − g) contiguous amplitudes, one per value of the next g ≤ 5 qubits, and
     * applies those qubits' mixer. The mixer runs in its factored form ({@link FactoredMixer}: four fused
     * multiply-adds per pair, its factor cos^n β carried by the phases), so the amplitudes agree with
     * {@link #applyPhase} then {@link #applyMixer} within rounding (1e-12 in the tests), not bit for bit.
     * {@code levels} (may be null) lets the phases come from a table per distinct cost. False when {@code stop} said
     * so before it finished; it is asked before every block and tile, so every 2^14 amplitudes. With the Vector API
     * module in the boot layer the same passes run in explicit SIMD ({@code VectorLayer}).
     */
    public boolean applyLayer(double[] cost, CostLevels levels, double gamma, double beta, BooleanSupplier stop) {
        if (kernel != null) {
            return kernel.applyLayer(re, im, numQubits, cost, levels, gamma, beta, stop);
        }
        FactoredMixer m = FactoredMixer.of(beta, numQubits);
        LayerPhases ph = new LayerPhases(cost, levels, gamma, m);
        PairRows.Gate g = PairRows.Gate.factored(m);
        return forChunks(re.length, stop, (from, to) -> {
            ph.apply(re, im, from, to);
            mixLow(from, to, g);
        }) && mixHigh(g, stop);
    }

    /**
     * The mixer of the qubits below {@value #BLOCK_BITS} on the aligned block [from, to) (2^14 amplitudes, or the
     * whole state when it is smaller, in place).
     */
    private void mixLow(int from, int to, PairRows.Gate gate) {
        if (numQubits <= BLOCK_BITS) {
            for (int q = 0; q < numQubits; q++) {
                int stride = 1 << q;
                for (int base = from; base < to; base += stride << 1) {
                    PairRows.offsets(re, im, base, base + stride, stride, gate);
                }
            }
            return;
        }
        // the block as a tile of 2^14 segments of one amplitude each: qubit q of the block is bit q of the segment
        mixTile(from, 1, 0, BLOCK_BITS, gate);
    }

    /** The mixer of the qubits from {@value #BLOCK_BITS} up, a group of up to 5 qubits per pass, tile by tile. */
    private boolean mixHigh(PairRows.Gate gate, BooleanSupplier stop) {
        for (int qa = BLOCK_BITS; qa < numQubits; ) {
            int g = Math.min(numQubits - qa, BLOCK_BITS - MIN_ROW_BITS); // qubits qa..qa+g−1 in this pass
            int rowBits = Math.min(qa, BLOCK_BITS - g); // 2^rowBits contiguous amplitudes per segment of a tile
            int rowsPerLow = 1 << (qa - rowBits); // tiles side by side below qubit qa
            int tiles = 1 << (numQubits - g - rowBits);
            int qa0 = qa;
            boolean done = forTiles(tiles, stop, t -> mixTile(
                    ((t / rowsPerLow) << (qa0 + g)) | ((t % rowsPerLow) << rowBits), 1 << qa0, rowBits, g, gate));
            if (!done) {
                return false;
            }
            qa += g;
        }
        return true;
    }

    /**
     * The mixer on one tile of 2^(segBits + g) = 2^14 amplitudes: segments h = 0..2^g − 1 of 2^segBits contiguous
     * amplitudes at {@code base + h·stride}; applies the g qubits that pick the segment (bit j of h), in qubit order.
     * The pair update is fast only on two long rows held in arrays of their own (a loop the JIT turns into vector
     * instructions; two offsets into one array it cannot tell apart, so it would not, and rows of 16 it runs mostly
     * in its scalar pre- and post-loops). So h is split into its low g1 and high g2 bits, and the tile is copied into
     * 2^g1 rows indexed by h's low bits (each row: the segments of every high-bit value, side by side), whose row
     * pairs are h's low qubits; then transposed into 2^g2 rows indexed by h's high bits for the rest, and copied
     * back. Every row is at least 2^7 amplitudes long. Each amplitude goes through the same pair updates in the same
     * order as one pass per qubit with the same gate gives, so the result is the same to the last bit.
     */
    private void mixTile(int base, int stride, int segBits, int g, PairRows.Gate gate) {
        int g1 = (g + 1) / 2;
        int g2 = g - g1;
        int seg = 1 << segBits;
        int lo = 1 << g1;
        int hi = 1 << g2;
        PairRows.Tile t = tiles.get();
        double[][] ar = t.rows(0, g1);
        double[][] ai = t.rows(1, g1);
        // A[hLo][(hHi << segBits) + k] = amplitude k of segment hHi·2^g1 + hLo
        if (seg == 1) { // a block (stride 1): a transposed copy, element by element
            for (int hLo = 0; hLo < lo; hLo++) {
                double[] dr = ar[hLo];
                double[] di = ai[hLo];
                for (int hHi = 0, z = base + hLo; hHi < hi; hHi++, z += lo) {
                    dr[hHi] = re[z];
                    di[hHi] = im[z];
                }
            }
        } else {
            for (int hHi = 0; hHi < hi; hHi++) {
                for (int hLo = 0; hLo < lo; hLo++) {
                    int z = base + ((hHi << g1) | hLo) * stride;
                    System.arraycopy(re, z, ar[hLo], hHi << segBits, seg);
                    System.arraycopy(im, z, ai[hLo], hHi << segBits, seg);
                }
            }
        }
        PairRows.pairRows(ar, ai, g1, ar[0].length, gate);
        if (g2 == 0) {
            for (int hLo = 0; hLo < lo; hLo++) {
                System.arraycopy(ar[hLo], 0, re, base + hLo * stride, seg);
                System.arraycopy(ai[hLo], 0, im, base + hLo * stride, seg);
            }
            return;
        }
        double[][] br = t.rows(2, g2);
        double[][] bi = t.rows(3, g2);
        // B[hHi][(hLo << segBits) + k] = A[hLo][(hHi << segBits) + k]
        if (seg == 1) {
            for (int hHi = 0; hHi < hi; hHi++) {
                double[] dr = br[hHi];
                double[] di = bi[hHi];
                for (int hLo = 0; hLo < lo; hLo++) {
                    dr[hLo] = ar[hLo][hHi];
                    di[hLo] = ai[hLo][hHi];
                }
            }
        } else {
            for (int hLo = 0; hLo < lo; hLo++) {
                for (int hHi = 0; hHi < hi; hHi++) {
                    System.arraycopy(ar[hLo], hHi << segBits, br[hHi], hLo << segBits, seg);
                    System.arraycopy(ai[hLo], hHi << segBits, bi[hHi], hLo << segBits, seg);
                }
            }
        }
        PairRows.pairRows(br, bi, g2, br[0].length, gate);
        // back: segment hHi·2^g1 + hLo from B[hHi]; a block's rows of B are its contiguous runs of 2^g1
        int run = seg == 1 ? lo : seg;
        int runs = seg == 1 ? 1 : lo;
        for (int hHi = 0; hHi < hi; hHi++) {
            for (int hLo = 0; hLo < runs; hLo++) {
                int z = base + ((hHi << g1) | hLo) * stride;
                System.arraycopy(br[hHi], hLo << segBits, re, z, run);
                System.arraycopy(bi[hHi], hLo << segBits, im, z, run);
            }
        }
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
    /** The phases alone: factor 1 (cos·1 − sin·0 and cos·0 + sin·1 are the cosine and sine, bit for bit). */
    private static final FactoredMixer NO_FACTOR = new FactoredMixer(0, false, 1, 0);

    private interface Range {
        void run(int from, int to);
    }

    /** Runs {@code body} for tiles 0..count−1 in parallel; false when {@code stop} stopped it before some tile. */
    static boolean forTiles(int count, BooleanSupplier stop, java.util.function.IntConsumer body) {
        AtomicBoolean stopped = new AtomicBoolean();
        IntStream.range(0, count).parallel().forEach(t -> {
            if (stopped.get() || stop.getAsBoolean()) {
                stopped.set(true);
                return;
            }
            body.accept(t);
        });
        return !stopped.get();
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
