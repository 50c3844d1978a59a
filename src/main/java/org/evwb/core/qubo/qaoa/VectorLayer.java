package org.evwb.core.qubo.qaoa;

import java.util.function.BooleanSupplier;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * One QAOA layer in explicit SIMD (the incubating Vector API, {@code DoubleVector.SPECIES_PREFERRED}: 4 doubles on
 * AVX2), used by {@link StateVector} only when {@code jdk.incubator.vector} is in the boot layer
 * ({@link LayerKernel#simd()}).
 *
 * <p>Fewer operations per pair: the mixer's gate on every qubit is RX(2β) = cos β·I − i sin β·X. With |cos β| ≥
 * |sin β| it is cos β·(I − i t X), t = tan β: each pair update is then four fused multiply-adds (a' = a − i t b,
 * b' = b − i t a) instead of eight multiplies and adds, and the n factors cos β, one per qubit, are one scalar
 * cos^n β folded into the phase table. Otherwise RX(2β) = −i sin β·X·(I − i t X) with t = −cot β: the same update
 * with the pair's outputs stored swapped (X), and (−i sin β)^n in the table. |t| ≤ 1 either way, so the unscaled
 * amplitudes grow at most by √2 per qubit. FMA rounds once where the scalar loops round twice, so the amplitudes
 * agree with the plain definition to about 1e-15, not to the last bit.
 *
 * <p>The passes over the state are those of the scalar layer, 1 + ⌈(n − 14)/5⌉ (three at n = 24): blocks of 2^14
 * amplitudes (256 KiB, in a core's second-level cache), each in parts of 2^10 (16 KiB, first-level) for the phase and
 * the qubits below 10, then qubits 10–13 over the block; then tiles of 2^14 for five higher qubits per pass. Qubits 0
 * and 1 pair lanes of one vector: at four lanes they run with the phase in one scalar loop of fused multiply-adds
 * (the JIT of JDK 17 makes lane shuffles slow: 2.3 ns per pair update, against 0.75 for whole vectors). Every other
 * qubit pairs whole vectors, two qubits per load and store (four vectors of re and im in registers; three qubits,
 * eight vectors, measured slower: 0.42 against 0.32 CPU-s a layer at n = 24). A tile's first sweep reads its
 * segments (2^q apart, so on the same cache sets: they are not worked on in place) into a contiguous buffer and its
 * last writes them back, so a tile costs no copies of its own.
 */
final class VectorLayer implements LayerKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int BLOCK_BITS = 14;
    /** 2^10 amplitudes (16 KiB of re and im) stay in a core's first-level cache through the qubits below 10. */
    private static final int SUB_BITS = 10;

    /** Static, so that the JIT folds it: the fused four-lane loop below is picked once, not per sub-block. */
    private static final int LANES = S.length();
    private final int lanes = LANES;
    private final int laneBits = Integer.numberOfTrailingZeros(LANES);
    /** High qubits per tile pass: a tile of 2^14 is 2^groupBits segments of 2^(14 − groupBits) contiguous amplitudes. */
    private final int groupBits;
    /** flip[j]: lane i ↔ lane i ^ 2^j, the pairs of qubit j inside one vector. */
    private final VectorShuffle<Double>[] flip;
    private final ThreadLocal<double[][]> buffers =
            ThreadLocal.withInitial(() -> new double[][] {new double[1 << BLOCK_BITS], new double[1 << BLOCK_BITS]});

    VectorLayer() {
        this(5);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic shuffles
    VectorLayer(int groupBits) {
        if (lanes < 2) {
            throw new UnsupportedOperationException("one double per vector: no SIMD to use");
        }
        this.groupBits = Math.max(1, Math.min(groupBits, BLOCK_BITS - laneBits));
        flip = new VectorShuffle[laneBits];
        for (int j = 0; j < laneBits; j++) {
            int bit = 1 << j;
            flip[j] = VectorShuffle.fromOp(S, i -> i ^ bit);
        }
    }

    @Override
    public int minQubits() {
        return laneBits;
    }

    @Override
    public String describe() {
        return "Vector API, " + lanes + " lanes of double, " + groupBits + " high qubits per pass";
    }

    @Override
    public boolean applyLayer(double[] re, double[] im, int n, double[] cost, CostLevels levels, double gamma,
            double beta, BooleanSupplier stop) {
        FactoredMixer mix = FactoredMixer.of(beta, n);
        LayerPhases phase = new LayerPhases(cost, levels, gamma, mix);
        int block = Math.min(re.length, 1 << BLOCK_BITS);
        int blockBits = Integer.numberOfTrailingZeros(block);
        if (!StateVector.forTiles(re.length / block, stop, k -> lowBlock(re, im, k * block, blockBits, phase, mix))) {
            return false;
        }
        for (int qa = BLOCK_BITS; qa < n; ) {
            int g = Math.min(n - qa, groupBits);
            int rowBits = BLOCK_BITS - g;
            int rowsPerLow = 1 << (qa - rowBits);
            int qa0 = qa;
            if (!StateVector.forTiles(1 << (n - BLOCK_BITS), stop, t -> highTile(re, im,
                    ((t / rowsPerLow) << (qa0 + g)) | ((t % rowsPerLow) << rowBits), 1 << qa0, rowBits, g, mix))) {
                return false;
            }
            qa += g;
        }
        return true;
    }

    /** A block of 2^bits amplitudes at {@code from}: phases, then qubits 0..bits−1, the low ones in L1-sized parts. */
    private void lowBlock(double[] re, double[] im, int from, int bits, LayerPhases phase, FactoredMixer mix) {
        int subBits = Math.min(bits, SUB_BITS);
        int sub = 1 << subBits;
        for (int o = from; o < from + (1 << bits); o += sub) {
            if (LANES == 4 && phase.level != null) {
                phaseAndTwoQubits(re, im, o, o + sub, phase, mix);
            } else {
                phase.apply(re, im, o, o + sub);
                laneQubits(re, im, o, sub, mix);
            }
            vectorQubits(re, im, o, sub, laneBits, subBits, mix);
        }
        if (bits > subBits) {
            vectorQubits(re, im, from, 1 << bits, subBits, bits, mix);
        }
    }

    /**
     * A tile: segments h = 0..2^g − 1 of 2^rowBits amplitudes at base + h·stride, where qubit j of the group pairs
     * segments h and h ^ 2^j; two qubits per sweep, the first from the state into the buffer (segment h at
     * h·2^rowBits), the last from the buffer back.
     */
    private void highTile(double[] re, double[] im, int base, int stride, int rowBits, int g, FactoredMixer mix) {
        double[][] buf = buffers.get();
        double[] br = buf[0];
        double[] bi = buf[1];
        int row = 1 << rowBits;
        double[] sr = re;
        double[] si = im;
        int sBase = base;
        int sStride = stride;
        for (int j = 0; j < g; ) {
            int w = Math.min(2, g - j);
            boolean last = j + w == g;
            double[] dr = last ? re : br;
            double[] di = last ? im : bi;
            int dBase = last ? base : 0;
            int dStride = last ? stride : row;
            if (w == 2) {
                twoRows(sr, si, sBase, sStride, dr, di, dBase, dStride, row, g, j, mix);
            } else {
                oneRow(sr, si, sBase, sStride, dr, di, dBase, dStride, row, g, j, mix);
            }
            sr = br;
            si = bi;
            sBase = 0;
            sStride = row;
            j += w;
        }
    }

    /**
     * Qubits j and j + 1 of a tile's segment index (2^g segments of {@code row} amplitudes): read at sBase + h·sStride,
     * written at dBase + h·dStride (the same arrays or others); with swapped outputs segment h's result goes to
     * h ^ (3·2^j).
     */
    private void twoRows(double[] sr, double[] si, int sBase, int sStride, double[] dr, double[] di, int dBase,
            int dStride, int row, int g, int j, FactoredMixer mix) {
        DoubleVector t = DoubleVector.broadcast(S, mix.t());
        DoubleVector nt = DoubleVector.broadcast(S, -mix.t());
        int half = 1 << j;
        int x = mix.swap() ? 3 : 0;
        for (int h0 = 0; h0 < 1 << g; h0++) {
            if ((h0 >> j & 3) != 0) {
                continue;
            }
            int sa = sBase + h0 * sStride;
            int sb = sa + half * sStride;
            int sc = sa + 2 * half * sStride;
            int sd = sa + 3 * half * sStride;
            int da = dBase + (h0 + (x * half)) * dStride;
            int db = dBase + (h0 + ((1 ^ x) * half)) * dStride;
            int dc = dBase + (h0 + ((2 ^ x) * half)) * dStride;
            int dd = dBase + (h0 + ((3 ^ x) * half)) * dStride;
            for (int k = 0; k < row; k += lanes) {
                DoubleVector ar = DoubleVector.fromArray(S, sr, sa + k);
                DoubleVector ai = DoubleVector.fromArray(S, si, sa + k);
                DoubleVector br = DoubleVector.fromArray(S, sr, sb + k);
                DoubleVector bi = DoubleVector.fromArray(S, si, sb + k);
                DoubleVector cr = DoubleVector.fromArray(S, sr, sc + k);
                DoubleVector ci = DoubleVector.fromArray(S, si, sc + k);
                DoubleVector er = DoubleVector.fromArray(S, sr, sd + k);
                DoubleVector ei = DoubleVector.fromArray(S, si, sd + k);
                DoubleVector ar1 = bi.fma(t, ar);
                DoubleVector ai1 = br.fma(nt, ai);
                DoubleVector br1 = ai.fma(t, br);
                DoubleVector bi1 = ar.fma(nt, bi);
                DoubleVector cr1 = ei.fma(t, cr);
                DoubleVector ci1 = er.fma(nt, ci);
                DoubleVector er1 = ci.fma(t, er);
                DoubleVector ei1 = cr.fma(nt, ei);
                ci1.fma(t, ar1).intoArray(dr, da + k);
                cr1.fma(nt, ai1).intoArray(di, da + k);
                ai1.fma(t, cr1).intoArray(dr, dc + k);
                ar1.fma(nt, ci1).intoArray(di, dc + k);
                ei1.fma(t, br1).intoArray(dr, db + k);
                er1.fma(nt, bi1).intoArray(di, db + k);
                bi1.fma(t, er1).intoArray(dr, dd + k);
                br1.fma(nt, ei1).intoArray(di, dd + k);
            }
        }
    }

    /** Qubit j of a tile's segment index, as {@link #twoRows}; swapped: segment h's result goes to h ^ 2^j. */
    private void oneRow(double[] sr, double[] si, int sBase, int sStride, double[] dr, double[] di, int dBase,
            int dStride, int row, int g, int j, FactoredMixer mix) {
        DoubleVector t = DoubleVector.broadcast(S, mix.t());
        DoubleVector nt = DoubleVector.broadcast(S, -mix.t());
        int half = 1 << j;
        int x = mix.swap() ? 1 : 0;
        for (int h0 = 0; h0 < 1 << g; h0++) {
            if ((h0 >> j & 1) != 0) {
                continue;
            }
            int sa = sBase + h0 * sStride;
            int sb = sa + half * sStride;
            int da = dBase + (h0 + x * half) * dStride;
            int db = dBase + (h0 + (1 ^ x) * half) * dStride;
            for (int k = 0; k < row; k += lanes) {
                DoubleVector ar = DoubleVector.fromArray(S, sr, sa + k);
                DoubleVector ai = DoubleVector.fromArray(S, si, sa + k);
                DoubleVector br = DoubleVector.fromArray(S, sr, sb + k);
                DoubleVector bi = DoubleVector.fromArray(S, si, sb + k);
                bi.fma(t, ar).intoArray(dr, da + k);
                br.fma(nt, ai).intoArray(di, da + k);
                ai.fma(t, br).intoArray(dr, db + k);
                ar.fma(nt, bi).intoArray(di, db + k);
            }
        }
    }

    /**
     * Phases from the level table, then qubits 0 and 1, four amplitudes at a time in scalar fused multiply-adds: one
     * sweep instead of three, and no lane shuffles (phases gathered and shuffled in vectors measured slower, 0.31–0.34
     * against 0.26–0.31 CPU-s a layer at n = 24). With swapped outputs amplitude k of the four goes to place k ^ 3.
     */
    private static void phaseAndTwoQubits(double[] re, double[] im, int from, int to, LayerPhases ph, FactoredMixer mix) {
        char[] level = ph.level;
        double[] cosT = ph.cosT;
        double[] sinT = ph.sinT;
        double t = mix.t();
        double nt = -t;
        int x = mix.swap() ? 3 : 0;
        for (int z = from; z < to; z += 4) {
            int l0 = level[z];
            int l1 = level[z + 1];
            int l2 = level[z + 2];
            int l3 = level[z + 3];
            double r0 = re[z];
            double r1 = re[z + 1];
            double r2 = re[z + 2];
            double r3 = re[z + 3];
            double i0 = im[z];
            double i1 = im[z + 1];
            double i2 = im[z + 2];
            double i3 = im[z + 3];
            // phase: (r + i·i)(c + i·s)
            double p0 = Math.fma(r0, cosT[l0], -(i0 * sinT[l0]));
            double q0 = Math.fma(r0, sinT[l0], i0 * cosT[l0]);
            double p1 = Math.fma(r1, cosT[l1], -(i1 * sinT[l1]));
            double q1 = Math.fma(r1, sinT[l1], i1 * cosT[l1]);
            double p2 = Math.fma(r2, cosT[l2], -(i2 * sinT[l2]));
            double q2 = Math.fma(r2, sinT[l2], i2 * cosT[l2]);
            double p3 = Math.fma(r3, cosT[l3], -(i3 * sinT[l3]));
            double q3 = Math.fma(r3, sinT[l3], i3 * cosT[l3]);
            // qubit 0: pairs (0, 1), (2, 3)
            double a0 = Math.fma(t, q1, p0);
            double b0 = Math.fma(nt, p1, q0);
            double a1 = Math.fma(t, q0, p1);
            double b1 = Math.fma(nt, p0, q1);
            double a2 = Math.fma(t, q3, p2);
            double b2 = Math.fma(nt, p3, q2);
            double a3 = Math.fma(t, q2, p3);
            double b3 = Math.fma(nt, p2, q3);
            // qubit 1: pairs (0, 2), (1, 3)
            re[z + x] = Math.fma(t, b2, a0);
            im[z + x] = Math.fma(nt, a2, b0);
            re[z + (2 ^ x)] = Math.fma(t, b0, a2);
            im[z + (2 ^ x)] = Math.fma(nt, a0, b2);
            re[z + (1 ^ x)] = Math.fma(t, b3, a1);
            im[z + (1 ^ x)] = Math.fma(nt, a3, b1);
            re[z + (3 ^ x)] = Math.fma(t, b1, a3);
            im[z + (3 ^ x)] = Math.fma(nt, a1, b3);
        }
    }

    /** The qubits below log2(lanes) on [from, from + len): each pairs lanes of one vector. */
    private void laneQubits(double[] re, double[] im, int from, int len, FactoredMixer mix) {
        DoubleVector t = DoubleVector.broadcast(S, mix.t());
        DoubleVector nt = DoubleVector.broadcast(S, -mix.t());
        for (int j = 0; j < laneBits; j++) {
            VectorShuffle<Double> f = flip[j];
            if (mix.swap()) { // swapped outputs: lane i gets the result of lane i ^ 2^j
                for (int o = from; o < from + len; o += lanes) {
                    DoubleVector xr = DoubleVector.fromArray(S, re, o);
                    DoubleVector xi = DoubleVector.fromArray(S, im, o);
                    xi.fma(t, xr.rearrange(f)).intoArray(re, o);
                    xr.fma(nt, xi.rearrange(f)).intoArray(im, o);
                }
            } else {
                for (int o = from; o < from + len; o += lanes) {
                    DoubleVector xr = DoubleVector.fromArray(S, re, o);
                    DoubleVector xi = DoubleVector.fromArray(S, im, o);
                    xi.rearrange(f).fma(t, xr).intoArray(re, o);
                    xr.rearrange(f).fma(nt, xi).intoArray(im, o);
                }
            }
        }
    }

    /**
     * Qubits q0..q1−1 (all ≥ log2(lanes)) on [from, from + len), in place: for qubit q the range is segments of 2^q
     * contiguous amplitudes, and qubit q pairs neighbouring segments.
     */
    private void vectorQubits(double[] re, double[] im, int from, int len, int q0, int q1, FactoredMixer mix) {
        for (int q = q0; q < q1; q += 2) {
            int row = 1 << q;
            int g = Integer.numberOfTrailingZeros(len) - q;
            if (q + 1 < q1) {
                twoRows(re, im, from, row, re, im, from, row, row, g, 0, mix);
            } else {
                oneRow(re, im, from, row, re, im, from, row, row, g, 0, mix);
            }
        }
    }
}
