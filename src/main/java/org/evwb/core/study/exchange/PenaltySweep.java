package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;

/**
 * The penalty sweep of SPEC §3 ("a penalty sweep shows feasibility rate vs P"), headless, for the teaching dashboard:
 * for each penalty P, build the exchange QUBO, sample it, and report which share of the reads is a matching (breaks
 * no one-partner constraint), the best and the mean social welfare of those, and the best one's gap to the optimum.
 *
 * <p>Every P is sampled with the context's seed (common random numbers: the same initial states and random streams
 * for each P, so differences between rows come from P, not from luck), one P after another; the result is the same
 * for any thread count. The samplers watch the context, so cancelling it stops the sweep within one sampler check
 * (a {@link org.evwb.core.solve.CancelledException}).
 */
public final class PenaltySweep {

    /**
     * How the sweep samples each P.
     *
     * @param sampler         an engine sampler id: anneal, tabu, exact, cpsat, qaoa or random
     * @param parameters      that sampler's own parameters record ({@code AnnealSampler.Parameters}, …)
     * @param betaFromPenalty for anneal with betaHot/betaCold at 0: the β range from P, as the study's {@code anneal}
     *                        solver does by default ({@link ExchangeQuboFormulation#betaRange}); false = the
     *                        engine's rule (from the biases)
     */
    public record Sampling(String sampler, Record parameters, boolean betaFromPenalty) {
        public Sampling {
            Samplers samplers = new Samplers();
            SolverSpec<Qubo, SampleSet> spec = samplers.byId(sampler).orElseThrow(() -> new IllegalArgumentException(
                    "sampler must be one of " + String.join(", ", samplers.ids()) + ", was '" + sampler + "'"));
            if (parameters == null || parameters.getClass() != spec.defaults().getClass()) {
                throw new IllegalArgumentException("sampler " + sampler + " takes "
                        + spec.defaults().getClass().getSimpleName() + " parameters");
            }
        }

        /** Annealing with {@code reads} reads of {@code sweeps} sweeps on all cores. */
        public static Sampling anneal(int reads, int sweeps, boolean betaFromPenalty) {
            return new Sampling(AnnealSampler.ID, new AnnealSampler.Parameters(reads, sweeps, 0, 0, 0, false),
                    betaFromPenalty);
        }

        SampleSet sample(Qubo qubo, double penalty, RunContext ctx) {
            SolverSpec<Qubo, SampleSet> spec = new Samplers().byId(sampler).orElseThrow();
            return spec.create(betaFromPenalty ? ExchangeQuboFormulation.withBetaFromPenalty(parameters, penalty)
                    : parameters).solve(qubo, ctx);
        }
    }

    /**
     * One penalty value.
     *
     * @param penalty                   P
     * @param penaltyOverMaxGain        P / largest |gain|
     * @param reads                     samples drawn (occurrences; for {@code exact}: the ground states kept)
     * @param feasibleReads             of those, how many break no one-partner constraint
     * @param bestFeasibleSocialWelfare best SW over the feasible reads (NaN when none)
     * @param bestFeasibleGapToOptimal  optimal SW − that (NaN when none)
     * @param meanFeasibleSocialWelfare mean SW over the feasible reads, occurrence-weighted (NaN when none)
     * @param bestEnergy                lowest energy sampled
     * @param brokenInBestSample        one-partner constraints the lowest-energy sample breaks (what a QUBO solver
     *                                  would hand the checker)
     * @param seconds                   wall time of this P (build and sample)
     */
    public record Row(double penalty, double penaltyOverMaxGain, long reads, long feasibleReads,
                      double bestFeasibleSocialWelfare, double bestFeasibleGapToOptimal,
                      double meanFeasibleSocialWelfare, double bestEnergy, int brokenInBestSample, double seconds) {

        /** Share of reads that are matchings (NaN without reads). */
        public double feasibleShare() {
            return reads == 0 ? Double.NaN : (double) feasibleReads / reads;
        }

        /** The row without its timing, for comparing runs. */
        public Row withoutTiming() {
            return new Row(penalty, penaltyOverMaxGain, reads, feasibleReads, bestFeasibleSocialWelfare,
                    bestFeasibleGapToOptimal, meanFeasibleSocialWelfare, bestEnergy, brokenInBestSample, 0);
        }
    }

    /**
     * @param maxGain               the largest |gain| (P's natural unit)
     * @param optimalSocialWelfare  SW of the {@code optimal} matching
     * @param gridOnlySocialWelfare SW when everyone trades with the grid (an empty sample)
     * @param rows                  one per P, in the order given
     */
    public record Result(double maxGain, double optimalSocialWelfare, double gridOnlySocialWelfare, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    /** The factors a teaching sweep uses, as multiples of the largest gain: 0.1× … 3×. */
    public static final List<Double> TEACHING_FACTORS = List.of(0.1, 0.25, 0.5, 0.75, 0.9, 1.01, 1.25, 1.5, 2.0, 3.0);

    /**
     * The sampling a teaching sweep uses: anneal, 32 short reads (β range from P); about 2–4 s per P at 200 EVs × 5
     * BSs on 2 cores, well under a second at classroom size.
     */
    public static final Sampling TEACHING_SAMPLING = Sampling.anneal(32, 200, true);

    private final Sampling sampling;
    private final ExchangeQuboFormulation formulation = new ExchangeQuboFormulation();

    /** @param sampling sampler, its parameters and β rule */
    public PenaltySweep(Sampling sampling) {
        this.sampling = sampling;
    }

    /** P values as multiples of the instance's largest |gain| (all 0 when no pair has a gain). */
    public static List<Double> timesMaxGain(ExchangeInstance in, List<Double> factors) {
        return factors.stream().map(f -> f * in.maxAbsGain()).toList();
    }

    public Result run(ExchangeInstance in, List<Double> penalties, RunContext ctx) {
        for (double p : penalties) {
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("every penalty must be a positive finite number, got " + p);
            }
        }
        double maxGain = in.maxAbsGain();
        double gridOnly = in.socialWelfare(List.of());
        double optimal = in.socialWelfare(OptimalMatching.optimalPairs(in));
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < penalties.size(); k++) {
            ctx.checkCancelled();
            ctx.progress((double) k / penalties.size(), "P = " + penalties.get(k));
            rows.add(row(in, penalties.get(k), maxGain, gridOnly, optimal, ctx));
        }
        ctx.progress(1, penalties.size() + " penalties");
        return new Result(maxGain, optimal, gridOnly, rows);
    }

    private Row row(ExchangeInstance in, double penalty, double maxGain, double gridOnly, double optimal,
                    RunContext ctx) {
        long t0 = System.nanoTime();
        ExchangeQuboFormulation.Encoding encoding = formulation.encode(in, penalty);
        ExchangeQuboTerms terms = encoding.terms();
        double ratio = maxGain > 0 ? penalty / maxGain : Double.NaN;
        if (terms.variableCount() == 0) {
            // nothing to sample: the only state is "everyone trades with the grid", a matching
            return new Row(penalty, ratio, 1, 1, gridOnly, optimal - gridOnly, gridOnly, 0, 0,
                    (System.nanoTime() - t0) / 1e9);
        }
        SampleSet set = sampling.sample(encoding.qubo(), penalty, ctx);
        ctx.checkCancelled();
        long reads = 0;
        long feasible = 0;
        double best = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (Sample s : set.samples()) {
            byte[] x = s.state();
            reads += s.occurrences();
            if (terms.brokenConstraintCount(x) == 0) {
                double sw = gridOnly + terms.gainSum(x);
                feasible += s.occurrences();
                best = Math.max(best, sw);
                sum += sw * s.occurrences();
            }
        }
        int brokenBest = set.best().map(s -> terms.brokenConstraintCount(s.state())).orElse(0);
        return new Row(penalty, ratio, reads, feasible, feasible > 0 ? best : Double.NaN,
                feasible > 0 ? optimal - best : Double.NaN, feasible > 0 ? sum / feasible : Double.NaN,
                set.bestEnergy(), brokenBest, (System.nanoTime() - t0) / 1e9);
    }
}
