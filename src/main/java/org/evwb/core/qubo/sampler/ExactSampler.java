package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.HistogramAccumulator;
import org.evwb.core.qubo.GrayWalk;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * Brute force over all 2^n states in Gray-code order (one flip per step, O(degree) per step) for n ≤ 30: the true
 * ground states and the full energy histogram. The state space is split on its top bits into independent chunks
 * that run in parallel and merge in chunk order, so the result does not depend on the thread count.
 */
public final class ExactSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "exact";
    public static final int MAX_VARIABLES = 30;
    /** Ground states kept in the sample set (the count in the report is exact). */
    static final int MAX_GROUND_STATES = 1024;

    /** @param threads worker threads; 0 = all cores */
    public record Parameters(int threads) {
        public static final Parameters DEFAULT = new Parameters(0);

        public Parameters {
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0");
            }
        }
    }

    private final Parameters params;

    public ExactSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Exhaustive enumeration (Gray code), n <= 30: ground states and the energy histogram";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        int n = qubo.numVariables();
        if (n > MAX_VARIABLES) {
            throw new IllegalArgumentException("the exact sampler enumerates all 2^n states and handles at most "
                    + MAX_VARIABLES + " variables; this QUBO has " + n + ". Use anneal, tabu or cpsat instead.");
        }
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        double scale = Math.abs(qubo.offset());
        double lower = qubo.offset();
        double upper = qubo.offset();
        for (int i = 0; i < n; i++) {
            scale += Math.abs(qubo.linear(i));
            lower += Math.min(0, qubo.linear(i));
            upper += Math.max(0, qubo.linear(i));
        }
        for (int k = 0; k < qubo.numCouplers(); k++) {
            scale += Math.abs(qubo.couplerWeight(k));
            lower += Math.min(0, qubo.couplerWeight(k));
            upper += Math.max(0, qubo.couplerWeight(k));
        }
        double tol = 1e-9 * Math.max(1, scale);
        int topBits = Math.min(n, 4);
        int chunks = 1 << topBits;
        int lowBits = n - topBits;
        double lo = lower;
        double hi = upper;
        List<Chunk> done = ParallelReads.run(chunks, ParallelReads.threads(params.threads()),
                c -> enumerate(qubo, (long) c << lowBits, lowBits, tol, lo, hi, ctx));
        // A cancel keeps the ground states of what was enumerated (the report says the enumeration is incomplete).
        if (done.stream().allMatch(c -> c.visited == 0)) {
            ctx.checkCancelled();
        }
        HistogramAccumulator hist = new HistogramAccumulator(tol, lower, upper);
        double best = Double.POSITIVE_INFINITY;
        long visited = 0;
        for (Chunk c : done) {
            hist.addAll(c.hist);
            visited += c.visited;
            best = Math.min(best, c.best);
        }
        // Re-rank candidates by their exact energy: the running sums of a chunk may drift by a few ulps.
        List<byte[]> ground = new ArrayList<>();
        double exactBest = Double.POSITIVE_INFINITY;
        for (Chunk c : done) {
            for (int k = 0; k < c.groundCount && k < c.ground.length; k++) {
                exactBest = Math.min(exactBest, qubo.energy(c.ground[k]));
            }
        }
        long groundCount = 0;
        for (Chunk c : done) {
            if (c.best > best + tol) {
                continue;
            }
            groundCount += c.groundCount;
            for (int k = 0; k < c.groundCount && k < c.ground.length; k++) {
                byte[] x = toBits(c.ground[k], n);
                if (qubo.energy(x) <= exactBest + tol && ground.size() < MAX_GROUND_STATES) {
                    ground.add(x);
                }
            }
        }
        long t1 = System.nanoTime();
        boolean complete = visited == (1L << n);
        SamplerInfo info = new SamplerInfo.Exact(visited, complete, exactBest, groundCount, hist.build());
        return SampleSet.aggregate(ID, qubo, ground, null, info, new SampleSet.Timings(0, (t1 - t0) / 1e9));
    }

    private static byte[] toBits(long bits, int n) {
        byte[] x = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (byte) (bits >>> i & 1L);
        }
        return x;
    }

    /** One chunk: the top bits fixed to {@code prefix}, the low {@code lowBits} bits enumerated in Gray order. */
    private static Chunk enumerate(Qubo qubo, long prefix, int lowBits, double tol, double lower, double upper,
                                   RunContext ctx) {
        Chunk c = new Chunk(tol, lower, upper);
        if (ctx.shouldStop()) {
            return c;
        }
        GrayWalk walk = new GrayWalk(qubo, prefix);
        c.visit(walk.bits(), walk.energy());
        long steps = 1L << lowBits;
        for (long k = 1; k < steps; k++) {
            double e = walk.step(k);
            c.visit(walk.bits(), e);
            if ((k & 0xFFFFF) == 0 && ctx.shouldStop()) {
                break;
            }
        }
        return c;
    }

    /** Results of one chunk: histogram, lowest energy and the states within tolerance of it. */
    private static final class Chunk {
        final double tol;
        final HistogramAccumulator hist;
        double best = Double.POSITIVE_INFINITY;
        long[] ground = new long[16];
        long groundCount;
        long visited;

        Chunk(double tol, double lower, double upper) {
            this.tol = tol;
            this.hist = new HistogramAccumulator(tol, lower, upper);
        }

        void visit(long bits, double e) {
            visited++;
            hist.add(e, 1);
            if (e < best - tol) {
                best = e;
                groundCount = 0;
            }
            if (e <= best + tol) {
                if (e < best) {
                    best = e;
                }
                if (groundCount < ground.length) {
                    ground[(int) groundCount] = bits;
                } else if (ground.length < MAX_GROUND_STATES) {
                    ground = java.util.Arrays.copyOf(ground, ground.length * 2);
                    ground[(int) groundCount] = bits;
                }
                groundCount++;
            }
        }
    }
}
