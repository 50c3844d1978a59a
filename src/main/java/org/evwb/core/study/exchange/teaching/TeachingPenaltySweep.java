package org.evwb.core.study.exchange.teaching;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;

/**
 * The penalty sweep for the lecture (SPEC §3: "a penalty sweep shows feasibility rate vs P"): for penalties P as
 * multiples of the largest |gain|, anneal the exchange QUBO with many reads and report how many reads end as a
 * matching (no one-partner constraint broken) and the social welfare of the best one. Too small a P and the
 * annealer double-matches; at P just above the largest gain every ground state is the optimal matching.
 *
 * <p>Teaching-mode version; the study's headless penalty sweep may replace it.
 */
public final class TeachingPenaltySweep {

    /** The default multiples of max|gain|; 1.01 is the study's default P. */
    public static final List<Double> DEFAULT_FACTORS = List.of(0.1, 0.25, 0.5, 0.75, 0.9, 1.01, 1.5, 2.0, 4.0, 8.0);

    /**
     * @param factors multiples of the largest |gain|
     * @param reads   anneal reads per penalty
     * @param sweeps  sweeps per read
     */
    public record Settings(List<Double> factors, int reads, int sweeps) {
        public static final Settings CLASSROOM = new Settings(DEFAULT_FACTORS, 100, 1000);

        public Settings {
            factors = List.copyOf(factors);
            if (factors.isEmpty() || reads < 1 || sweeps < 1) {
                throw new IllegalArgumentException("penalty sweep needs factors, reads >= 1 and sweeps >= 1");
            }
        }
    }

    /**
     * One penalty. {@code bestFeasibleSocialWelfare} is NaN when no read ended as a matching; {@code lowestEnergyIsFeasible}
     * says whether the lowest-energy sample is a matching.
     */
    public record Point(double factor, double penalty, double feasibleRate, double bestFeasibleSocialWelfare,
                        boolean lowestEnergyIsFeasible, int brokenInLowest) { }

    public record Result(List<Point> points, double optimalSocialWelfare, double maxAbsGain, int variables,
                         int couplers) {
        public Result {
            points = List.copyOf(points);
        }
    }

    public Result run(ExchangeInstance in, Settings s, RunContext ctx) {
        double maxGain = in.maxAbsGain();
        // the reference line: the registered exact solver
        double optimum = in.socialWelfare(new ExchangeStudy().solver("optimal").orElseThrow()
                .create(new ExchangeStudy.NoParameters()).solve(in, RunContext.of(ctx.seed())).pairs());
        List<Point> points = new ArrayList<>();
        int vars = in.acceptablePairCount();
        int couplers = (int) org.evwb.core.study.exchange.ExchangeQuboTerms.couplerCount(in);
        for (int i = 0; i < s.factors().size(); i++) {
            ctx.checkCancelled();
            double f = s.factors().get(i);
            double p = f * maxGain;
            if (vars == 0) {
                points.add(new Point(f, p, 1, optimum, true, 0));
                continue;
            }
            ExchangeQuboModel m = ExchangeQuboModel.of(in, p);
            SampleSet set = new AnnealSampler(new AnnealSampler.Parameters(s.reads(), s.sweeps(), 0, 0, 0, false))
                    .solve(m.qubo(), RunContext.of(ctx.seed() + i));
            long feasible = 0;
            double bestSw = Double.NaN;
            for (Sample smp : set.samples()) {
                var d = m.decode(smp.state());
                if (d.feasible()) {
                    feasible += smp.occurrences();
                    bestSw = Double.isNaN(bestSw) ? d.socialWelfare() : Math.max(bestSw, d.socialWelfare());
                }
            }
            var lowest = m.decode(set.best().orElseThrow().state());
            points.add(new Point(f, p, (double) feasible / set.totalOccurrences(), bestSw, lowest.feasible(),
                    lowest.brokenConstraints()));
            ctx.progress((i + 1.0) / s.factors().size(), "P = " + f + " × max gain");
        }
        return new Result(points, optimum, maxGain, vars, couplers);
    }
}
