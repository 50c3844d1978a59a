package org.evwb.core.qubo.sampler;

import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * <b>Benchmark source set only:</b> the product's previous implementation, unchanged, kept so that the benchmarks
 * (org.evwb.bench.QuboBenchmarks) can run old and new side by side in one JVM on the same machine load.
 *
 * <p>Simulated annealing as D-Wave's reference sampler (neal) does it (SPEC §2): single-spin Metropolis sweeps in
 * variable order on incrementally updated local fields, a geometric β schedule with one sweep per β, and
 * {@code reads} independent restarts from uniform random states, run in parallel. Each read's random stream comes
 * from (seed, read index) only, so results are identical for any thread count.
 */
public final class LegacyAnnealSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "anneal";

    /** exp(−44.36) < 2^−64: above this βΔE a flip can never be accepted, so the exp call is skipped (as neal). */
    private static final double SKIP_BETA_DELTA = 44.36;

    /**
     * @param reads     independent restarts
     * @param sweeps    Metropolis sweeps per read (one per β of the schedule)
     * @param betaHot   first β of the schedule; 0 = from the biases (every spin flips with probability ≥ 50 %)
     * @param betaCold  last β; 0 = from the biases (the smallest gap is excited with probability ≤ 1 %)
     * @param threads   worker threads; 0 = all cores
     * @param traceRead record the energy of read 0 after every sweep as "anneal energy" events
     */
    public record Parameters(int reads, int sweeps, double betaHot, double betaCold, int threads, boolean traceRead) {
        public static final Parameters DEFAULT = new Parameters(32, 1000, 0, 0, 0, false);

        public Parameters {
            // !(β >= 0) also refuses NaN, which every comparison lets through
            if (reads < 1 || sweeps < 1 || threads < 0 || !(betaHot >= 0) || !(betaCold >= 0)
                    || Double.isInfinite(betaHot) || Double.isInfinite(betaCold)) {
                throw new IllegalArgumentException("anneal needs reads >= 1, sweeps >= 1, threads >= 0 and finite "
                        + "β >= 0 (betaHot, betaCold)");
            }
        }
    }

    private final Parameters params;

    public LegacyAnnealSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Simulated annealing (Metropolis sweeps, geometric β schedule, parallel reads)";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        double[] range = defaultBetaRange(Ising.fromQubo(qubo));
        double hot = params.betaHot() > 0 ? params.betaHot() : range[0];
        double cold = params.betaCold() > 0 ? params.betaCold() : range[1];
        double[] betas = geometric(hot, cold, params.sweeps());
        long t1 = System.nanoTime();
        ReadProgress progress = new ReadProgress(ctx, ID, params.reads());
        List<byte[]> states = ParallelReads.run(params.reads(), ParallelReads.threads(params.threads()),
                r -> ctx.shouldStop() ? null : progress.read(qubo, oneRead(qubo, betas, ctx, r)));
        progress.finish();
        // A cancel keeps what the reads had, like the time limit: the interrupted reads' states count. Only a
        // cancel before any read began leaves nothing, and that is a cancelled run without a result.
        if (states.isEmpty()) {
            ctx.checkCancelled();
        }
        long t2 = System.nanoTime();
        SamplerInfo info = new SamplerInfo.Anneal(hot, cold, params.sweeps(), states.size(),
                (long) states.size() * params.sweeps() * qubo.numVariables(), states.size() < params.reads()
                        || ctx.isCancelled() || ctx.timeLimitReached());
        return SampleSet.aggregate(ID, qubo, states, null, info,
                new SampleSet.Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9));
    }

    private byte[] oneRead(Qubo qubo, double[] betas, RunContext ctx, int read) {
        SplittableRandom sr = ParallelReads.readRandom(ctx.seed(), read);
        int n = qubo.numVariables();
        byte[] x = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (byte) sr.nextInt(2);
        }
        long s0 = sr.nextLong();
        long s1 = sr.nextLong() | 1L; // xorshift128+ must not start from the all-zero state
        boolean trace = params.traceRead() && read == 0;
        anneal(qubo, betas, x, s0, s1, ctx, trace);
        return x;
    }

    /**
     * The hot loop: Metropolis sweeps over x in place. Primitive arrays only, xorshift128+ state in locals, no
     * allocation per flip. Returns early (keeping the current state) when the context says stop.
     */
    static void anneal(Qubo qubo, double[] betas, byte[] x, long seed0, long seed1, RunContext ctx, boolean trace) {
        int n = x.length;
        double[] f = qubo.localFields(x);
        // sign[i] = 1 − 2x_i: flipping i changes the energy by sign[i]·f[i], and its neighbours' fields by
        // sign[i]·q_ij (before the flip) — branch-free arithmetic instead of tests on x.
        double[] sign = new double[n];
        for (int i = 0; i < n; i++) {
            sign[i] = x[i] == 0 ? 1 : -1;
        }
        int[] start = qubo.adjStart();
        int[] idx = qubo.adjIdx();
        double[] w = qubo.adjW();
        long s0 = seed0;
        long s1 = seed1;
        double energy = trace ? qubo.energy(x) : 0;
        for (int sweep = 0; sweep < betas.length; sweep++) {
            double beta = betas[sweep];
            double skipAbove = SKIP_BETA_DELTA / beta;
            for (int i = 0; i < n; i++) {
                double si = sign[i];
                double delta = si * f[i];
                if (delta > 0) {
                    if (delta >= skipAbove) {
                        continue;
                    }
                    long a = s0;
                    long b = s1;
                    s0 = b;
                    a ^= a << 23;
                    s1 = a ^ b ^ (a >>> 17) ^ (b >>> 26);
                    double u = ((s1 + b) >>> 11) * 0x1.0p-53;
                    // Metropolis: accept when u < e^{−z}, z = βΔ. The bounds 1 − z + z²/2 − z³/6 ≤ e^{−z}
                    // ≤ 1/(1 + z + z²/2) (z ≥ 0) settle most draws without calling exp; the decision is exact.
                    double z = beta * delta;
                    double upper = 1 / (1 + z * (1 + 0.5 * z));
                    if (u >= upper) {
                        continue;
                    }
                    double lower = 1 - z * (1 - z * (0.5 - z * (1.0 / 6)));
                    if (u >= lower && u >= Math.exp(-z)) {
                        continue;
                    }
                }
                sign[i] = -si;
                for (int k = start[i], end = start[i + 1]; k < end; k++) {
                    f[idx[k]] += si * w[k];
                }
                energy += delta;
            }
            if (trace) {
                ctx.event("anneal energy", sweep + 1, energy);
            }
            if ((sweep & 7) == 7 && ctx.shouldStop()) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = (byte) (sign[i] > 0 ? 0 : 1);
        }
    }

    /** {@code count} values from {@code hot} to {@code cold}, equal ratios between neighbours. */
    static double[] geometric(double hot, double cold, int count) {
        double[] b = new double[count];
        if (count == 1) {
            b[0] = cold;
            return b;
        }
        double ratio = Math.log(cold / hot) / (count - 1);
        for (int k = 0; k < count; k++) {
            b[k] = hot * Math.exp(ratio * k);
        }
        b[count - 1] = cold;
        return b;
    }

    /**
     * neal's default β range from the Ising biases. Flipping spin i costs at most 2(|h_i| + Σ_j |J_ij|), so
     * β_hot = ln 2 / (2·max_i of that) lets every spin flip with probability ≥ 50 %. The smallest non-zero |bias|
     * bounds the smallest gap; β_cold = ln(100·k) / (2·that), k = number of variables with that smallest bias,
     * so the smallest gap is excited with probability ≤ 1 % (per variable) at the end.
     */
    public static double[] defaultBetaRange(Ising ising) {
        int n = ising.numVariables();
        double[] sumAbs = new double[n];
        double[] minAbs = new double[n];
        java.util.Arrays.fill(minAbs, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double a = Math.abs(ising.h(i));
            sumAbs[i] = a;
            if (a > 0) {
                minAbs[i] = a;
            }
        }
        for (int k = 0; k < ising.numCouplings(); k++) {
            double a = Math.abs(ising.coupling(k));
            for (int v : new int[] {ising.couplingU(k), ising.couplingV(k)}) {
                sumAbs[v] += a;
                if (a > 0) {
                    minAbs[v] = Math.min(minAbs[v], a);
                }
            }
        }
        double maxField = 0;
        double minField = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            maxField = Math.max(maxField, sumAbs[i]);
            minField = Math.min(minField, minAbs[i]);
        }
        if (maxField == 0 || Double.isInfinite(minField)) {
            return new double[] {0.1, 1.0}; // a constant energy: any schedule will do
        }
        int minCount = 0;
        for (int i = 0; i < n; i++) {
            if (minAbs[i] == minField) {
                minCount++;
            }
        }
        double hot = Math.log(2) / (2 * maxField);
        double cold = Math.log(100.0 * minCount) / (2 * minField);
        return new double[] {hot, Math.max(cold, hot)};
    }
}
