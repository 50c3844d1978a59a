package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * <b>Benchmark source set only:</b> the product's previous implementation, unchanged, kept so that the benchmarks
 * (org.evwb.bench.QuboBenchmarks) can run old and new side by side in one JVM on the same machine load.
 *
 * <p>One-flip tabu search (SPEC §2): each step flips the best non-tabu variable (a tabu flip is allowed when it beats
 * the best energy found, the usual aspiration rule), a flipped variable stays tabu for min(20, n/4) steps; a restart
 * from a fresh random state follows when the restart's best has not improved for {@code stallIterations} steps.
 * The best state of every restart is one read. Deterministic for a seed unless the time limit cuts it short.
 */
public final class LegacyTabuSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "tabu";

    /**
     * @param restarts         number of restarts (reads)
     * @param stallIterations  steps without improvement before a restart; 0 = max(1,000, 20·n)
     * @param tenure           steps a flipped variable stays tabu; 0 = min(20, n/4)
     * @param timeLimitSeconds stop after this long (and the run context's own limit); 0 = no limit of its own
     */
    public record Parameters(int restarts, long stallIterations, int tenure, double timeLimitSeconds) {
        public static final Parameters DEFAULT = new Parameters(20, 0, 0, 10);

        public Parameters {
            if (restarts < 1 || stallIterations < 0 || tenure < 0 || !(timeLimitSeconds >= 0)
                    || Double.isInfinite(timeLimitSeconds)) {
                throw new IllegalArgumentException("tabu needs restarts >= 1 and non-negative limits");
            }
        }
    }

    private final Parameters params;

    public LegacyTabuSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Tabu search with tenure min(20, n/4) and restarts, time-limited";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        int n = qubo.numVariables();
        int tenure = params.tenure() > 0 ? Math.min(params.tenure(), Math.max(0, n - 1)) : Math.min(20, n / 4);
        long stall = params.stallIterations() > 0 ? params.stallIterations() : Math.max(1000, 20L * n);
        long deadline = params.timeLimitSeconds() > 0 ? t0 + (long) (params.timeLimitSeconds() * 1e9) : Long.MAX_VALUE;
        List<byte[]> reads = new ArrayList<>();
        long iterations = 0;
        boolean stopped = false;
        int[] start = qubo.adjStart();
        int[] idx = qubo.adjIdx();
        double[] w = qubo.adjW();
        ReadProgress progress = new ReadProgress(ctx, ID, params.restarts());
        for (int restart = 0; restart < params.restarts() && !stopped; restart++) {
            SplittableRandom rnd = ParallelReads.readRandom(ctx.seed(), restart);
            byte[] x = new byte[n];
            for (int i = 0; i < n; i++) {
                x[i] = (byte) rnd.nextInt(2);
            }
            double[] f = qubo.localFields(x);
            long[] tabuUntil = new long[n];
            double e = qubo.energy(x);
            double best = e;
            byte[] bestX = x.clone();
            long sinceImprovement = 0;
            for (long it = 1; sinceImprovement < stall && n > 0; it++) {
                int move = -1;
                double moveDelta = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double d = x[i] == 0 ? f[i] : -f[i];
                    if (d < moveDelta && (tabuUntil[i] < it || e + d < best - 1e-12)) {
                        move = i;
                        moveDelta = d;
                    }
                }
                if (move < 0) {
                    break; // every variable tabu and none aspirates: only possible for tiny n
                }
                double sign = x[move] == 0 ? 1 : -1;
                x[move] ^= 1;
                for (int k = start[move], end = start[move + 1]; k < end; k++) {
                    f[idx[k]] += sign * w[k];
                }
                e += moveDelta;
                tabuUntil[move] = it + tenure;
                iterations++;
                if (e < best - 1e-12) {
                    best = e;
                    System.arraycopy(x, 0, bestX, 0, n);
                    sinceImprovement = 0;
                } else {
                    sinceImprovement++;
                }
                if ((it & 255) == 0 && (ctx.shouldStop() || System.nanoTime() > deadline)) {
                    stopped = true;
                    break;
                }
            }
            reads.add(bestX);
            progress.read(best);
        }
        // A cancel keeps the restarts' best states so far (the interrupted one's too), like the time limit.
        long t1 = System.nanoTime();
        SamplerInfo info = new SamplerInfo.Tabu(tenure, reads.size(), iterations, stopped);
        return SampleSet.aggregate(ID, qubo, reads, null, info, new SampleSet.Timings(0, (t1 - t0) / 1e9));
    }
}
