package org.evwb.core.study.exchange.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.exchange.ExchangeChecker;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.Matching;
import org.junit.jupiter.api.Test;

/** The watched anneal follows the real annealer's trajectory; the penalty sweep shows why P matters. */
class TeachingAnnealTest {

    private static RunContext recording(long seed, List<RunEvent> events) {
        return new RunContext(seed, null, new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                events.add(e);
            }
        });
    }

    @Test
    void snapshotsSitOnTheAnnealersOwnEnergyTraceAndTheLastIsTheFullRun() {
        for (long seed = 1; seed <= 6; seed++) {
            ExchangeInstance in = TeachingInstances.classroom(seed);
            ExchangeQuboModel m = ExchangeQuboModel.withDefaultPenalty(in);
            List<RunEvent> events = new ArrayList<>();
            List<TeachingAnneal.Snapshot> seen = new ArrayList<>();
            var result = new TeachingAnneal(m).run(new TeachingAnneal.Settings(300, 12, 0), recording(seed, events),
                    (cur, best) -> seen.add(cur));
            assertEquals(12, result.snapshots().size());
            assertEquals(result.snapshots(), seen);
            Map<Integer, Double> trace = new TreeMap<>();
            events.stream().filter(e -> e.series().equals(TeachingAnneal.ENERGY_SERIES))
                    .forEach(e -> assertEquals(null, trace.put((int) e.x(), e.y()), "each sweep once"));
            assertEquals(300, trace.size(), "every sweep of the trace is passed on exactly once");
            for (TeachingAnneal.Snapshot s : result.snapshots()) {
                assertEquals(trace.get(s.sweep()), s.energy(), 1e-6 * (1 + Math.abs(s.energy())),
                        "seed " + seed + " sweep " + s.sweep());
                assertEquals(m.terms().energy(bits(m, s)), s.energy(), 1e-6 * (1 + Math.abs(s.energy())));
            }
            // the last checkpoint is the engine's own full read with the same seed
            SampleSet full = new AnnealSampler(new AnnealSampler.Parameters(1, 300, 0, 0, 1, false))
                    .solve(m.qubo(), RunContext.of(seed));
            var last = result.snapshots().get(result.snapshots().size() - 1);
            assertEquals(m.decode(full.best().orElseThrow().state()).pairs(), last.decoded().pairs());
            assertEquals(full.bestEnergy(), last.energy(), 1e-9);
            double minEnergy = result.snapshots().stream().mapToDouble(TeachingAnneal.Snapshot::energy).min()
                    .orElseThrow();
            assertEquals(minEnergy, result.best().energy());
        }
    }

    private static boolean[] bits(ExchangeQuboModel m, TeachingAnneal.Snapshot s) {
        boolean[] x = new boolean[m.variables()];
        for (Matching.Pair p : s.decoded().pairs()) {
            for (int k = 0; k < x.length; k++) {
                if (m.terms().variables().get(k).pair().equals(p)) {
                    x[k] = true;
                }
            }
        }
        return x;
    }

    @Test
    void aFeasibleEndStateIsACheckedMatchingAndBrokenOnesNameTheirParticipants() {
        ExchangeInstance in = TeachingInstances.classroom(7);
        // a penalty far too low: double matching pays
        ExchangeQuboModel low = ExchangeQuboModel.of(in, in.maxAbsGain() * 0.05);
        var r = new TeachingAnneal(low).run(new TeachingAnneal.Settings(400, 4, 0), RunContext.of(3), (a, b) -> { });
        var end = r.snapshots().get(3).decoded();
        assertTrue(end.brokenConstraints() > 0, "with P = 0.05 max gain the annealer double-matches");
        assertTrue(!end.overMatched().isEmpty() && !end.brokenPairs().isEmpty());
        assertTrue(Double.isNaN(end.socialWelfare()));

        ExchangeQuboModel ok = ExchangeQuboModel.withDefaultPenalty(in);
        var good = new TeachingAnneal(ok).run(new TeachingAnneal.Settings(1000, 3, 0), RunContext.of(3),
                (a, b) -> { }).best().decoded();
        if (good.feasible()) {
            Matching m = Matching.of(in, good.pairs());
            assertEquals(List.of(), new ExchangeChecker().check(in, m));
            assertEquals(in.socialWelfare(good.pairs()), good.socialWelfare(), 1e-9);
        }
    }

    @Test
    void withTheEnginesTemperatureRuleFeasibilityRisesSlowlyWithP() {
        // The classroom sweep of the dashboard: the study's penalty sweep with the engine's own β range.
        ExchangeInstance in = TeachingInstances.classroom(7);
        var sampling = org.evwb.core.study.exchange.PenaltySweep.Sampling.anneal(40, 500, false);
        var res = new org.evwb.core.study.exchange.PenaltySweep(sampling).run(in,
                org.evwb.core.study.exchange.PenaltySweep.timesMaxGain(in, List.of(0.05, 1.01, 4.0)),
                RunContext.of(11));
        assertEquals(3, res.rows().size());
        var low = res.rows().get(0);
        var def = res.rows().get(1);
        var high = res.rows().get(2);
        // with P barely above the largest gain a double match costs only P - gain (here ~15 against gains of
        // ~1,500), so the engine's default (bias-derived) cold end still accepts it: feasibility grows with P
        assertTrue(low.feasibleShare() <= def.feasibleShare() && def.feasibleShare() < high.feasibleShare(),
                res.rows().toString());
        assertTrue(high.feasibleShare() > 0.5, res.rows().toString());
        assertEquals(0, high.brokenInBestSample(), "the lowest-energy sample at 4x is a matching");
        assertTrue(high.bestFeasibleSocialWelfare() <= res.optimalSocialWelfare() + 1e-6);
        ExchangeStudy study = new ExchangeStudy();
        Matching opt = study.solver("optimal").orElseThrow().create(new ExchangeStudy.NoParameters())
                .solve(in, RunContext.of(1));
        assertEquals(List.of(), new ExchangeChecker().check(in, opt));
        assertEquals(opt.reportedSocialWelfare(), res.optimalSocialWelfare(), 1e-9);
    }
}
