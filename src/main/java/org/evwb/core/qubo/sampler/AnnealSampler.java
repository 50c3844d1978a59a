package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * Simulated annealing as D-Wave's reference sampler (neal) does it (SPEC §2): single-spin Metropolis sweeps in
 * variable order on incrementally updated local fields, a geometric β schedule with one sweep per β, and
 * {@code reads} independent restarts from uniform random states, run in parallel. Each read's random stream comes
 * from (seed, read index) only, so results are identical for any thread count.
 *
 * <p>A time limit (the run context's) does not cut reads short: it picks how many complete reads, or how many sweeps
 * per read, fit ({@link #plan}), and a read is started only while one like those done still fits, so a time-limited
 * anneal still cools every read it reports from β_hot to β_cold. The result reports the sweeps per read it used.
 * Set-up per run is O(n + m) once (β range from the QUBO's arrays, no Ising copy); per read only the read's own
 * O(n + m) fields, its energy then kept up to date by the flips instead of recomputed.
 */
public final class AnnealSampler implements Optimizer<Qubo, SampleSet> {

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

    public AnnealSampler(Parameters params) {
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
        double[] range = betaRange(qubo);
        double hot = params.betaHot() > 0 ? params.betaHot() : range[0];
        double cold = params.betaCold() > 0 ? params.betaCold() : range[1];
        int threads = Math.max(1, Math.min(ParallelReads.threads(params.threads()), params.reads()));
        Plan plan = ctx.timeLimit() == null ? new Plan(params.reads(), params.sweeps())
                : plan(qubo, hot, cold, threads, ctx);
        double[] betas = geometric(hot, cold, plan.sweeps());
        // A read stops part-way only on a cancel, or past twice the time limit (a machine far slower than its
        // calibration): the plan made every read fit, so reads keep their whole cooling schedule.
        long hardStop = ctx.timeLimit() == null ? Long.MAX_VALUE : t0 + 2 * ctx.timeLimit().toNanos();
        long t1 = System.nanoTime();
        ReadProgress progress = new ReadProgress(ctx, ID, plan.reads());
        int n = qubo.numVariables();
        ReadTimes times = new ReadTimes();
        List<Read> done = ParallelReads.run(plan.reads(), threads, r -> {
            if (ctx.isCancelled() || (ctx.timeLimit() != null && !times.fits(ctx))) {
                return null; // not started: it could not finish in the time left
            }
            long r0 = System.nanoTime();
            Read read = oneRead(qubo, betas, ctx, r, hardStop);
            times.add(System.nanoTime() - r0);
            progress.read(read.energy());
            return read;
        });
        progress.finish();
        // A cancel keeps what the reads had, like the time limit: the interrupted reads' states count. Only a
        // cancel before any read began leaves nothing, and that is a cancelled run without a result.
        if (done.isEmpty()) {
            ctx.checkCancelled();
        }
        List<byte[]> states = new ArrayList<>(done.size());
        long sweepsDone = 0;
        for (Read r : done) {
            states.add(r.state());
            sweepsDone += r.sweeps();
        }
        long t2 = System.nanoTime();
        SamplerInfo info = new SamplerInfo.Anneal(hot, cold, plan.sweeps(), states.size(), sweepsDone * n,
                states.size() < params.reads() || plan.sweeps() < params.sweeps()
                        || sweepsDone < (long) states.size() * plan.sweeps() || ctx.isCancelled());
        return SampleSet.aggregate(ID, qubo, states, null, info,
                new SampleSet.Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9));
    }

    /** How many reads of how many sweeps a run makes. */
    record Plan(int reads, int sweeps) { }

    /** One read's final state, its energy (incremental; shown as progress only) and the sweeps it ran. */
    private record Read(byte[] state, double energy, int sweeps) { }

    /**
     * With a time limit: the reads and sweeps per read that fit, from a timed probe anneal on this problem. Budget
     * B = 85 % of the time left; t = wall time per sweep measured by annealing a random state with a short schedule,
     * doubled until one probe takes min(B/20, 50 ms) (the JIT has compiled the loop, and the probe sees the time
     * slicing of a loaded machine) or B/10 is spent — on all T threads at once, the slowest thread's figure. With T threads each
     * gets B/t sweeps: all the requested reads when ⌈reads/T⌉·sweeps fit; else as many whole reads of the requested
     * sweeps as fit, T·⌊B/(t·sweeps)⌋; else (not even one read fits) T reads with ⌊B/t⌋ sweeps each (at least 1) —
     * fewer sweeps, but every read still cools from β_hot to β_cold.
     */
    Plan plan(Qubo qubo, double hot, double cold, int threads, RunContext ctx) {
        long p0 = System.nanoTime();
        long budget = (long) (0.85 * ctx.secondsLeft() * 1e9);
        int n = qubo.numVariables();
        // one probe per thread, all at once, so the time per sweep is what each of the reads' threads will get
        // on this machine now (a loaded machine gives two threads less than twice one); the slowest counts
        List<Double> rates = ParallelReads.run(threads, threads, t -> {
            SplittableRandom sr = new SplittableRandom(ctx.seed() ^ (0x5DEECE66DL + t));
            byte[] x = new byte[n];
            long spent = 0;
            for (int probe = 4; ; probe = Math.min(params.sweeps(), probe * 2)) {
                for (int i = 0; i < n; i++) {
                    x[i] = (byte) sr.nextInt(2);
                }
                long q0 = System.nanoTime();
                anneal(qubo, geometric(hot, cold, probe), x, sr.nextLong(), sr.nextLong() | 1L, ctx, false,
                        Long.MAX_VALUE);
                long took = System.nanoTime() - q0;
                spent += took;
                // long enough to see the machine's time slicing (a loaded machine runs a 2 ms probe at full speed
                // and then gives the thread a fraction of a core), short enough to leave the reads their time
                if (took >= Math.min(budget / 20, 50_000_000L) || spent >= budget / 10 || probe >= params.sweeps()
                        || ctx.isCancelled()) {
                    return Math.max(1, took) / (double) probe;
                }
            }
        });
        double perSweep = 1;
        for (double r : rates) {
            perSweep = Math.max(perSweep, r);
        }
        long spent = System.nanoTime() - p0;
        double perThread = Math.max(0, budget - spent) / perSweep;
        int waves = (params.reads() + threads - 1) / threads;
        if ((double) waves * params.sweeps() <= perThread) {
            return new Plan(params.reads(), params.sweeps());
        }
        if (params.sweeps() <= perThread) {
            long fit = (long) (perThread / params.sweeps());
            return new Plan((int) Math.min(params.reads(), threads * fit), params.sweeps());
        }
        return new Plan(Math.min(params.reads(), threads), (int) Math.max(1, Math.min(params.sweeps(), perThread)));
    }

    /** The wall time of the reads done so far: a read is started only when one like them still fits. */
    private static final class ReadTimes {
        private long total;
        private int count;

        synchronized void add(long nanos) {
            total += nanos;
            count++;
        }

        synchronized boolean fits(RunContext ctx) {
            return !ctx.isTimeUp() && (count == 0 || ctx.secondsLeft() * 1e9 >= (double) total / count);
        }
    }

    private Read oneRead(Qubo qubo, double[] betas, RunContext ctx, int read, long hardStop) {
        SplittableRandom sr = ParallelReads.readRandom(ctx.seed(), read);
        int n = qubo.numVariables();
        byte[] x = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (byte) sr.nextInt(2);
        }
        long s0 = sr.nextLong();
        long s1 = sr.nextLong() | 1L; // xorshift128+ must not start from the all-zero state
        boolean trace = params.traceRead() && read == 0;
        long[] out = new long[2];
        double e = anneal(qubo, betas, x, s0, s1, ctx, trace, hardStop, out);
        return new Read(x, e, (int) out[0]);
    }

    /**
     * The hot loop: Metropolis sweeps over x in place. Primitive arrays only, xorshift128+ state in locals, no
     * allocation per flip. Returns early (keeping the current state) when the context says stop.
     */
    static double anneal(Qubo qubo, double[] betas, byte[] x, long seed0, long seed1, RunContext ctx, boolean trace,
                         long hardStop) {
        return anneal(qubo, betas, x, seed0, seed1, ctx, trace, hardStop, new long[1]);
    }

    /** {@link #anneal}, also counting the sweeps it ran into {@code sweepsRun[0]}; returns the final energy. */
    static double anneal(Qubo qubo, double[] betas, byte[] x, long seed0, long seed1, RunContext ctx, boolean trace,
                         long hardStop, long[] sweepsRun) {
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
        // E = offset + Σ_{x_i=1} (q_ii + f_i)/2 from the fields, O(n); then updated by each accepted flip
        double energy = qubo.offset();
        for (int i = 0; i < n; i++) {
            if (x[i] != 0) {
                energy += 0.5 * (qubo.linear(i) + f[i]);
            }
        }
        int sweep = 0;
        while (sweep < betas.length) {
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
            sweep++;
            if (trace) {
                ctx.event("anneal energy", sweep, energy);
            }
            if ((sweep & 7) == 0 && (ctx.isCancelled() || (hardStop != Long.MAX_VALUE && System.nanoTime() > hardStop))) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            x[i] = (byte) (sign[i] > 0 ? 0 : 1);
        }
        sweepsRun[0] = sweep;
        return energy;
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
        int m = ising.numCouplings();
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = ising.h(i);
        }
        int[] u = new int[m];
        int[] v = new int[m];
        double[] j = new double[m];
        for (int k = 0; k < m; k++) {
            u[k] = ising.couplingU(k);
            v[k] = ising.couplingV(k);
            j[k] = ising.coupling(k);
        }
        return betaRange(h, u, v, j);
    }

    /**
     * {@link #defaultBetaRange} of the QUBO's Ising form, the same figures to the last bit (h and J as
     * {@link Ising#fromQubo} computes them), without building the Ising model: O(n + m) and three arrays per run.
     */
    static double[] betaRange(Qubo q) {
        int n = q.numVariables();
        int m = q.numCouplers();
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = q.linear(i) / 2;
        }
        int[] u = new int[m];
        int[] v = new int[m];
        double[] j = new double[m];
        for (int k = 0; k < m; k++) {
            u[k] = q.couplerU(k);
            v[k] = q.couplerV(k);
            j[k] = q.couplerWeight(k) / 4;
            h[u[k]] += j[k];
            h[v[k]] += j[k];
        }
        return betaRange(h, u, v, j);
    }

    private static double[] betaRange(double[] h, int[] u, int[] v, double[] j) {
        int n = h.length;
        double[] sumAbs = new double[n];
        double[] minAbs = new double[n];
        java.util.Arrays.fill(minAbs, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double a = Math.abs(h[i]);
            sumAbs[i] = a;
            if (a > 0) {
                minAbs[i] = a;
            }
        }
        for (int k = 0; k < j.length; k++) {
            double a = Math.abs(j[k]);
            sumAbs[u[k]] += a;
            sumAbs[v[k]] += a;
            if (a > 0) {
                minAbs[u[k]] = Math.min(minAbs[u[k]], a);
                minAbs[v[k]] = Math.min(minAbs[v[k]], a);
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
