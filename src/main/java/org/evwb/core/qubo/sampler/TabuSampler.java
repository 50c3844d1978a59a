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
 * One-flip multistart tabu search (SPEC §2), in the manner of Palubeckis' MST2 that D-Wave's tabu sampler implements.
 * Each step flips the best non-tabu variable (a tabu flip is allowed when it beats the restart's best energy, the
 * usual aspiration rule); equally good moves are chosen between at random (seeded), which matters on instances with
 * ±1 weights where ties are the rule. A flipped variable stays tabu for min(20, n/4) steps. Whenever a step finds a new
 * best, a steepest-descent polish takes it to the bottom of its basin before the search goes on from there. A
 * restart follows when the restart's best has not improved for {@code stallIterations} steps: restart 0 starts from a
 * uniform random state, every later one from the previous restart's best state with {@value #PERTURBED_SHARE} of its
 * variables freed and set again greedily given the rest. The freed variables are chosen as MST2 chooses them: one at a
 * time, at random but weighted towards those whose flip, together with the ones already chosen, gains the most, so
 * they form a cluster whose joint change is promising rather than a scatter a descent undoes at once. Short restarts
 * (at most 3,000 stalled steps by default) chained this way beat long ones from the best state on every Gset graph
 * measured (docs/benchmarks.md, "Tabu, run 2"). The best state of every restart is one read. Deterministic for a seed
 * unless the time limit or a cancel cuts it short.
 */
public final class TabuSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "tabu";

    /** Share of the variables freed and set again for a restart (MST2's α). */
    static final double PERTURBED_SHARE = 0.4;

    /**
     * Steps without improvement that end a restart when the parameters leave it at 0: 20·n, at least 1,000 and at
     * most this. Many short restarts beat few long ones on large graphs (G22, G55); small problems need fewer.
     */
    static final long DEFAULT_STALL = 3_000;

    /**
     * Largest k·n for which the freed variables are chosen MST2's way (O(k·n) per restart, with no poll of the time
     * limit or a cancel inside it): every Gset graph measured fits (G55: 10^7). Above it, e.g. a QUBO file of
     * 100,000 variables, they are a uniform random k-subset, so a restart's start stays a few milliseconds.
     */
    static final long WEIGHTED_CHOICE_BUDGET = 25_000_000;

    /** MST2's λ: how much more likely a variable whose joint flip gains is to be freed than one whose flip loses. */
    private static final double GAIN_WEIGHT = 5_000;

    /**
     * @param restarts         number of restarts (reads)
     * @param stallIterations  steps without improvement before a restart; 0 = min({@value #DEFAULT_STALL},
     *                         max(1,000, 20·n))
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

    public TabuSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Multistart tabu search (tenure min(20, n/4), random tie-breaks, descent polish, perturbed restarts)";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        int n = qubo.numVariables();
        int tenure = params.tenure() > 0 ? Math.min(params.tenure(), Math.max(0, n - 1)) : Math.min(20, n / 4);
        long stall = params.stallIterations() > 0 ? params.stallIterations()
                : Math.min(DEFAULT_STALL, Math.max(1000, 20L * n));
        long deadline = params.timeLimitSeconds() > 0 ? t0 + (long) (params.timeLimitSeconds() * 1e9) : Long.MAX_VALUE;
        Search search = new Search(qubo, tenure, stall, deadline, ctx);
        List<byte[]> reads = new ArrayList<>();
        ReadProgress progress = new ReadProgress(ctx, ID, params.restarts());
        byte[] previous = null;
        for (int restart = 0; restart < params.restarts() && !search.stopped; restart++) {
            SplittableRandom rnd = ParallelReads.readRandom(ctx.seed(), restart);
            if (previous == null) {
                search.randomStart(rnd);
            } else {
                // from the previous restart's best, not the best so far: a walk over local optima (as MST2 does)
                // reaches further than kicks that all start from one state
                search.perturbedStart(previous, rnd);
            }
            previous = search.run(rnd);
            reads.add(previous);
            progress.read(search.best);
        }
        // A cancel keeps the restarts' best states so far (the interrupted one's too), like the time limit.
        long t1 = System.nanoTime();
        SamplerInfo info = new SamplerInfo.Tabu(tenure, reads.size(), search.iterations, search.stopped);
        return SampleSet.aggregate(ID, qubo, reads, null, info, new SampleSet.Timings(0, (t1 - t0) / 1e9));
    }

    /**
     * The state of one search, its arrays made once per run and reused by every restart. sign[i] = 1 − 2x_i and the
     * local fields f make a flip's energy change sign[i]·f[i] without a branch on x.
     */
    private static final class Search {
        private final int n;
        private final int tenure;
        private final long stall;
        private final long deadline;
        private final RunContext ctx;
        private final int[] start;
        private final int[] idx;
        private final double[] w;
        private final double[] linear;
        private final double offset;
        /** Energies closer than this count as equal (ties), however the increments rounded. */
        private final double tieTolerance;
        private final byte[] x;
        private final double[] sign;
        private final double[] f;
        private final long[] tabuUntil;
        private final int[] ties;
        private final int[] order;
        private final boolean[] free;
        private final double[] freeHalf;
        private final double[] gain;
        private double energy;
        double best;
        long iterations;
        boolean stopped;

        Search(Qubo qubo, int tenure, long stall, long deadline, RunContext ctx) {
            this.n = qubo.numVariables();
            this.tenure = tenure;
            this.stall = stall;
            this.deadline = deadline;
            this.ctx = ctx;
            this.start = qubo.adjStart();
            this.idx = qubo.adjIdx();
            this.w = qubo.adjW();
            this.linear = new double[n];
            this.offset = qubo.offset();
            double scale = 1;
            for (int i = 0; i < n; i++) {
                linear[i] = qubo.linear(i);
                scale = Math.max(scale, Math.abs(linear[i]));
            }
            for (double v : w) {
                scale = Math.max(scale, Math.abs(v));
            }
            this.tieTolerance = 1e-12 * scale * Math.max(1, n);
            this.x = new byte[n];
            this.sign = new double[n];
            this.f = new double[n];
            this.tabuUntil = new long[n];
            this.ties = new int[n];
            this.order = new int[n];
            this.free = new boolean[n];
            this.freeHalf = new double[n];
            this.gain = new double[n];
        }

        void randomStart(SplittableRandom rnd) {
            for (int i = 0; i < n; i++) {
                x[i] = (byte) rnd.nextInt(2);
            }
            fieldsFromX();
        }

        /**
         * The given state with {@value #PERTURBED_SHARE} of its variables, chosen by {@link #chooseFree} (uniformly
         * past {@link #WEIGHTED_CHOICE_BUDGET}), freed and
         * set again one by one: each time the free variable whose best value is the most decided, counting the free
         * neighbours as ½ (MST2's steepest-ascent construction, on the sparse couplings).
         */
        void perturbedStart(byte[] from, SplittableRandom rnd) {
            System.arraycopy(from, 0, x, 0, n);
            int k = Math.min(n, Math.max(Math.min(10, n), (int) Math.round(PERTURBED_SHARE * n)));
            if ((long) k * n <= WEIGHTED_CHOICE_BUDGET) {
                fieldsFromX();
                chooseFree(k, rnd);
            } else {
                chooseUniform(k, rnd);
            }
            for (int a = 0; a < k; a++) {
                x[order[a]] = 0;
            }
            fieldsFromX(); // fields with every free variable at 0
            for (int a = 0; a < k; a++) {
                int i = order[a];
                double half = 0;
                for (int e = start[i], end = start[i + 1]; e < end; e++) {
                    if (free[idx[e]]) {
                        half += w[e];
                    }
                }
                freeHalf[i] = 0.5 * half;
            }
            for (int left = k; left > 0; left--) {
                int pick = -1;
                double pickGain = -1;
                for (int a = 0; a < left; a++) {
                    int i = order[a];
                    double gain = Math.abs(f[i] + freeHalf[i]);
                    if (gain > pickGain) {
                        pickGain = gain;
                        pick = a;
                    }
                }
                int i = order[pick];
                order[pick] = order[left - 1];
                order[left - 1] = i;
                free[i] = false;
                boolean one = f[i] + freeHalf[i] < 0;
                for (int e = start[i], end = start[i + 1]; e < end; e++) {
                    int j = idx[e];
                    if (one) {
                        f[j] += w[e];
                    }
                    if (free[j]) {
                        freeHalf[j] -= 0.5 * w[e];
                    }
                }
                if (one) {
                    x[i] = 1;
                    sign[i] = -1;
                }
            }
            energy = energyFromFields();
        }

        /**
         * Marks k variables free and lists them in order[0..k), chosen one at a time as MST2 chooses them (Palubeckis
         * 2004; D-Wave's selectVariables), with the fields of the current state. gain[i] is the energy a flip of i
         * would save given that the chosen ones flip too: −Δ_i at first, and every chosen s adds the coupling's part
         * −q_is·sign_i·sign_s. A variable is drawn with weight 1 + λ·gain/max gain when its gain is positive, and
         * 1 − gain/min gain (0 to 1) otherwise, so variables that gain with the ones chosen are taken first and the
         * choice grows along the couplings. O(k·n) per restart, small beside the restart's steps.
         */
        private void chooseFree(int k, SplittableRandom rnd) {
            for (int i = 0; i < n; i++) {
                gain[i] = -sign[i] * f[i];
            }
            double[] weight = freeHalf; // free for use until the construction fills it
            for (int c = 0; c < k; c++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (!free[i]) {
                        min = Math.min(min, gain[i]);
                        max = Math.max(max, gain[i]);
                    }
                }
                double sum = 0;
                int last = -1;
                for (int i = 0; i < n; i++) {
                    double wi = 0;
                    if (!free[i]) {
                        double d = gain[i];
                        wi = min == max ? 1 : d <= 0 && min < 0 ? 1 - d / min : d <= 0 ? 0 : 1 + GAIN_WEIGHT * d / max;
                        last = wi > 0 || last < 0 ? i : last;
                    }
                    weight[i] = wi;
                    sum += wi;
                }
                int pick = last; // also the answer when rounding leaves r at the very end
                double r = rnd.nextDouble() * sum;
                for (int i = 0; i < n; i++) {
                    r -= weight[i];
                    if (weight[i] > 0 && r < 0) {
                        pick = i;
                        break;
                    }
                }
                free[pick] = true;
                order[c] = pick;
                double sp = sign[pick];
                for (int e = start[pick], end = start[pick + 1]; e < end; e++) {
                    int j = idx[e];
                    gain[j] -= w[e] * sign[j] * sp;
                }
            }
        }

        /** Marks a uniform random k-subset free and lists it in order[0..k) (a partial Fisher–Yates shuffle). */
        private void chooseUniform(int k, SplittableRandom rnd) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = i + rnd.nextInt(n - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
                free[order[i]] = true;
            }
        }

        private void fieldsFromX() {
            System.arraycopy(linear, 0, f, 0, n);
            for (int i = 0; i < n; i++) {
                sign[i] = x[i] == 0 ? 1 : -1;
                if (x[i] != 0) {
                    for (int e = start[i], end = start[i + 1]; e < end; e++) {
                        f[idx[e]] += w[e];
                    }
                }
            }
            energy = energyFromFields();
        }

        /** E = offset + Σ_{i: x_i=1} (q_ii + f_i) / 2 — each coupling inside the set counted once. */
        private double energyFromFields() {
            double e = offset;
            for (int i = 0; i < n; i++) {
                if (x[i] != 0) {
                    e += 0.5 * (linear[i] + f[i]);
                }
            }
            return e;
        }

        private void flip(int i) {
            double si = sign[i];
            energy += si * f[i];
            sign[i] = -si;
            x[i] ^= 1;
            for (int e = start[i], end = start[i + 1]; e < end; e++) {
                f[idx[e]] += si * w[e];
            }
        }

        /** Steepest descent: flips the most improving variable until none improves. */
        private void polish() {
            while (true) {
                int move = -1;
                double moveDelta = -tieTolerance;
                for (int i = 0; i < n; i++) {
                    double d = sign[i] * f[i];
                    if (d < moveDelta) {
                        move = i;
                        moveDelta = d;
                    }
                }
                if (move < 0) {
                    return;
                }
                flip(move);
            }
        }

        /** One restart from the prepared state; returns its best state (energy in {@link #best}). */
        byte[] run(SplittableRandom rnd) {
            java.util.Arrays.fill(tabuUntil, 0);
            best = energy;
            byte[] bestX = x.clone();
            long sinceImprovement = 0;
            for (long it = 1; sinceImprovement < stall && n > 0; it++) {
                int tied = 0;
                double moveDelta = Double.POSITIVE_INFINITY;
                double aspire = best - energy - tieTolerance; // a tabu move must beat the best by this much
                for (int i = 0; i < n; i++) {
                    double d = sign[i] * f[i];
                    if (d > moveDelta + tieTolerance || (tabuUntil[i] >= it && !(d < aspire))) {
                        continue;
                    }
                    if (d < moveDelta - tieTolerance) {
                        tied = 0;
                    }
                    moveDelta = Math.min(moveDelta, d);
                    ties[tied++] = i;
                }
                if (tied == 0) {
                    break; // every variable tabu and none aspirates: only possible for tiny n
                }
                int move = ties[tied == 1 ? 0 : rnd.nextInt(tied)];
                flip(move);
                tabuUntil[move] = it + tenure;
                iterations++;
                if (energy < best - tieTolerance) {
                    polish();
                    best = energy;
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
            return bestX;
        }
    }
}
