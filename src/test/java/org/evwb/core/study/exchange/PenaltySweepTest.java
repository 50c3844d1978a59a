package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

/** Feasible share vs P: rises with P, is 1 for exact once P exceeds the largest gain; deterministic; cancellable. */
class PenaltySweepTest {

    static final List<Double> FACTORS = List.of(0.1, 0.3, 0.6, 1.01, 1.5, 3.0);

    /** A fixed mid-size instance: 40 EVs, 3 BSs, default rule. */
    static ExchangeInstance midSize() {
        return new ExchangeInstance("t", new ExchangeInstanceBuilderHelper().participants(40, 3, 5),
                ExchangeParameters.defaults());
    }

    @Test
    void annealFeasibleShareRisesWithThePenalty() {
        ExchangeInstance in = midSize();
        assertTrue(in.acceptablePairCount() > 100, in::toString);
        var sweep = new PenaltySweep(new PenaltySweep.Sampling("anneal", new AnnealSampler.Parameters(40, 200, 0, 0, 2, false),
                true));
        var res = sweep.run(in, PenaltySweep.timesMaxGain(in, FACTORS), RunContext.of(3));
        List<Double> share = res.rows().stream().map(PenaltySweep.Row::feasibleShare).toList();
        for (int k = 1; k < share.size(); k++) {
            assertTrue(share.get(k) >= share.get(k - 1), "feasible share should not fall as P rises: " + share);
        }
        assertTrue(share.get(0) < 0.5, "at 0.1 × max gain most reads double-match: " + share);
        assertEquals(1.0, share.get(share.size() - 1), "at 3 × max gain every read is a matching: " + share);
        for (PenaltySweep.Row r : res.rows()) {
            assertEquals(40, r.reads());
            if (r.feasibleReads() > 0) {
                assertTrue(r.bestFeasibleGapToOptimal() >= -1e-9, r::toString);
                assertTrue(r.meanFeasibleSocialWelfare() <= r.bestFeasibleSocialWelfare() + 1e-9, r::toString);
                assertEquals(res.optimalSocialWelfare() - r.bestFeasibleSocialWelfare(), r.bestFeasibleGapToOptimal(),
                        1e-9);
            }
        }
        PenaltySweep.Row high = res.rows().get(res.rows().size() - 1);
        assertEquals(0, high.brokenInBestSample());
        // the best feasible read is a real matching the checker accepts, with the welfare the sweep reports
        var atHigh = new ExchangeInstance(in.source(), in.participants(), in.params().withQubo(high.penalty(), true));
        var m = new ExchangeStudy().solver("anneal").orElseThrow()
                .create(new AnnealSampler.Parameters(40, 200, 0, 0, 0, false)).solve(atHigh, RunContext.of(3));
        // judged on the instance it was sampled on: its statistics name that instance's penalty P
        assertEquals(List.of(), new ExchangeChecker().check(atHigh, m));
        assertEquals(high.bestFeasibleSocialWelfare(), m.reportedSocialWelfare(), 1e-9);
    }

    @Test
    void exactIsAlwaysFeasibleAbovetheLargestGainAndNotFarBelowIt() {
        var sweep = new PenaltySweep(new PenaltySweep.Sampling("exact", new ExactSampler.Parameters(1), true));
        int tested = 0;
        for (long seed = 0; seed < 3000 && tested < 15; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            ExchangeQuboTerms t = ExchangeQuboTerms.build(in);
            boolean twoGains = t.couplers().stream().anyMatch(c -> t.variables().get(c.i()).linearBias() < -1e-3
                    && t.variables().get(c.j()).linearBias() < -1e-3);
            if (t.variableCount() > 18 || !twoGains) {
                continue;
            }
            tested++;
            var res = sweep.run(in, PenaltySweep.timesMaxGain(in, List.of(1e-4, 1.01, 2.0)), RunContext.of(seed));
            assertTrue(res.rows().get(0).feasibleShare() < 1, "a tiny P lets the ground state double-match");
            for (PenaltySweep.Row r : res.rows().subList(1, 3)) {
                assertEquals(1.0, r.feasibleShare(), r::toString);
                assertEquals(0, r.bestFeasibleGapToOptimal(), 1e-7 * (1 + Math.abs(res.optimalSocialWelfare())));
            }
        }
        assertTrue(tested >= 8, "only " + tested);
    }

    @Test
    void sameSeedSameRowsAndOtherSeedOtherReads() {
        ExchangeInstance in = midSize();
        var sweep = new PenaltySweep(PenaltySweep.Sampling.anneal(10, 50, true));
        List<Double> ps = PenaltySweep.timesMaxGain(in, List.of(0.2, 1.5));
        var a = sweep.run(in, ps, RunContext.of(9)).rows().stream().map(PenaltySweep.Row::withoutTiming).toList();
        var b = sweep.run(in, ps, RunContext.of(9)).rows().stream().map(PenaltySweep.Row::withoutTiming).toList();
        var c = sweep.run(in, ps, RunContext.of(10)).rows().stream().map(PenaltySweep.Row::withoutTiming).toList();
        assertEquals(a, b);
        assertTrue(!a.equals(c), "another seed samples other states");
    }

    @Test
    void cancellingStopsTheSweepWhileItSamples() {
        ExchangeInstance in = midSize();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger sweepsTraced = new AtomicInteger();
        RunContext[] ctx = new RunContext[1];
        ctx[0] = new RunContext(1, null, new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                started.addAndGet(message.startsWith("P = ") ? 1 : 0);
            }

            @Override
            public void onEvent(RunEvent event) {
                if (sweepsTraced.incrementAndGet() == 50) {
                    ctx[0].cancel();        // inside the first P's annealing
                }
            }
        });
        // uncancelled, 4 reads × 10^6 sweeps × 6 penalties would run for many minutes
        var sweep = new PenaltySweep(new PenaltySweep.Sampling("anneal",
                new AnnealSampler.Parameters(4, 1_000_000, 0, 0, 1, true), true));
        assertThrows(CancelledException.class, () -> sweep.run(in, PenaltySweep.timesMaxGain(in, FACTORS), ctx[0]));
        assertEquals(1, started.get(), "stopped during the first P");
        assertTrue(sweepsTraced.get() < 10_000, "the annealer noticed within a few sweeps: " + sweepsTraced);
    }

    @Test
    void rejectsNonPositivePenalties() {
        var sweep = new PenaltySweep(PenaltySweep.TEACHING_SAMPLING);
        assertThrows(IllegalArgumentException.class, () -> sweep.run(midSize(), List.of(1.0, 0.0), RunContext.of(1)));
    }
}
