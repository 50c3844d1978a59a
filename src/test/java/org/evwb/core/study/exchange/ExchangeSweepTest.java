package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Json;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

class ExchangeSweepTest {

    final ExchangeSweep sweep = new ExchangeSweep(new ExchangeStudy(),
            new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper()));

    static ExchangeSweep.Settings small(int threads) {
        var p = ExchangeSweep.Settings.paper(11);
        return new ExchangeSweep.Settings(List.of(20, 40), List.of(3, 5), 3, 11, threads, p.solverIds(),
                p.chargingPowersKW(), List.of(20.0, 1000.0), p.params(), p.generator(), p.carbon(),
                p.solverParameters());
    }

    @Test
    void sameResultsForAnyThreadCountAndEveryRowChecked() throws Exception {
        List<Double> progress = new ArrayList<>();
        var ctx = new RunContext(1, null, new RunListener() {
            @Override
            public synchronized void onProgress(double f, String m) {
                progress.add(f);
            }
        });
        var one = sweep.run(small(1), RunContext.of(1));
        var two = sweep.run(small(2), ctx);
        assertEquals(List.of("gale-shapley", "optimal", "greedy", "anneal"), small(1).solverIds());
        assertEquals(2 * 2 * 3 * 4, one.algorithmRows().size());
        assertEquals(one.algorithmRows().stream().map(SweepRows.AlgorithmRow::withoutTimings).toList(),
                two.algorithmRows().stream().map(SweepRows.AlgorithmRow::withoutTimings).toList());
        assertEquals(one.edgeRows(), two.edgeRows());
        assertEquals(12, progress.size());
        assertTrue(progress.contains(1.0));
        for (var r : one.algorithmRows()) {
            assertTrue(r.feasible(), r.toString());
            assertTrue(r.socialWelfareGapToOptimal() >= -1e-6, r.toString());
            if (r.algorithm().equals("gale-shapley")) {
                assertEquals(0, r.blockingPairs());
            }
            if (r.algorithm().equals("optimal")) {
                assertEquals(0, r.socialWelfareGapToOptimal(), 1e-9);
            }
            assertTrue(r.wallSeconds() >= 0 && r.computeCo2Kg() >= 0);
        }
        // 2 EV counts × (3 + 5) BSs × 3 runs × 2 P_chg × 2 sizes
        assertEquals(2 * 8 * 3 * 4, one.edgeRows().size());
        assertTrue(one.edgeRows().stream().allMatch(SweepRows.EdgeRow::withinBounds));
        // Fig. 7: at 1000 M the EVs leave early at 110 kW and the faster BS finishes: the task is quicker than at 40
        double at40 = one.edgeRows().stream().filter(r -> r.chunkSizeM() == 1000 && r.chargingPowerKW() == 40)
                .mapToDouble(SweepRows.EdgeRow::taskSeconds).average().orElseThrow();
        double at110 = one.edgeRows().stream().filter(r -> r.chunkSizeM() == 1000 && r.chargingPowerKW() == 110)
                .mapToDouble(SweepRows.EdgeRow::taskSeconds).average().orElseThrow();
        assertTrue(at40 > at110, at40 + " vs " + at110);
        String csv = SweepRows.toCsv(SweepRows.AlgorithmRow.class, one.algorithmRows());
        assertTrue(csv.startsWith("evs,bss,run,seed,algorithm,status,feasible,wallSeconds"), csv.substring(0, 80));
        assertEquals(one.algorithmRows().size() + 1, csv.lines().count());
        String edgeCsv = SweepRows.toCsv(SweepRows.EdgeRow.class, one.edgeRows());
        assertTrue(edgeCsv.startsWith("evs,bss,run,baseStation,chargingPowerKW"));
    }

    @Test
    void cancelStopsTheSweep() {
        var ctx = RunContext.of(1);
        ctx.cancel();
        assertThrows(CancelledException.class, () -> sweep.run(small(2), ctx));
    }

    @Test
    void genericRowsMatchTheExchangeRowsAndCancelKeepsFinishedScenarios() {
        var o = sweep.runKeepingFinished(small(2), RunContext.of(1));
        assertEquals(12, o.finishedScenarios());
        assertEquals(o.result().algorithmRows().size(), o.rows().size());
        for (int k = 0; k < o.rows().size(); k++) {
            var g = o.rows().get(k);
            var a = o.result().algorithmRows().get(k);
            assertEquals(a.seed(), g.seed());
            assertEquals(a.algorithm(), g.solver());
            assertEquals(a.evs(), g.point().get("evs"));
            assertEquals(a.socialWelfare(), g.objective("socialWelfare"));
            assertEquals(ExchangeSweep.taskSeed(11, a.evs(), a.bss(), a.run()), a.seed());
        }
        var ctx = RunContext.of(1);
        ctx.cancel();
        var none = sweep.runKeepingFinished(small(2), ctx);
        assertTrue(none.cancelled());
        assertEquals(0, none.finishedScenarios());
        assertTrue(none.result().algorithmRows().isEmpty() && none.result().edgeRows().isEmpty());
    }

    @Test
    void taskSeedsDependOnlyOnTheCoordinates() {
        assertEquals(ExchangeSweep.taskSeed(5, 100, 3, 7), ExchangeSweep.taskSeed(5, 100, 3, 7));
        assertTrue(ExchangeSweep.taskSeed(5, 100, 3, 7) != ExchangeSweep.taskSeed(5, 100, 3, 8));
        assertTrue(ExchangeSweep.taskSeed(5, 100, 3, 7) != ExchangeSweep.taskSeed(6, 100, 3, 7));
    }
}
