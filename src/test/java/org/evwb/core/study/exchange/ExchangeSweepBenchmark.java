package org.evwb.core.study.exchange;

import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;

/**
 * Not a test: measures the sweep (args: runs threads acceptability). Results go into docs/studies/exchange.md.
 * Run with {@code java -cp target/classes:target/test-classes:<deps> org.evwb.core.study.exchange.ExchangeSweepBenchmark}.
 */
public final class ExchangeSweepBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        var rule = args.length > 2 ? ExchangeParameters.Acceptability.valueOf(args[2])
                : ExchangeParameters.Acceptability.GRID_OUTSIDE_OPTION;
        var p = ExchangeSweep.Settings.paper(2024);
        var s = new ExchangeSweep.Settings(p.evCounts(), p.bsCounts(), runs, p.baseSeed(), threads, p.solverIds(),
                p.chargingPowersKW(), p.chunkSizesM(), p.params().withAcceptability(rule), p.generator(), p.carbon());
        var sweep = new ExchangeSweep(new ExchangeStudy(), new OptimizerRunner(ComputeCarbon.Settings.DEFAULT,
                Json.newMapper()));
        sweep.run(s.withRuns(2, threads), RunContext.of(0));          // warm-up (JIT, OR-Tools natives)
        long t0 = System.nanoTime();
        var res = sweep.run(s, RunContext.of(0));
        System.out.printf(Locale.ROOT, "%s: %d scenarios in %.1f s on %d threads%n", rule,
                res.algorithmRows().size() / s.solverIds().size(), (System.nanoTime() - t0) / 1e9, threads);
        System.out.println("alg evs bss wall_ms cpu_ms co2_ug SW gap pairs accept blocking meanUiUj "
                + "V2G G2V T2G G2T T2V V2T V2V T2T");
        for (var x : SweepSummary.of(res.algorithmRows())) {
            var f = x.meanEnergyKWh();
            System.out.printf(Locale.ROOT, "%s %d %d %.3f %.3f %.3f %.1f %.2f %.1f %.1f %.2f %.1f"
                    + " %.0f %.0f %.0f %.0f %.0f %.0f %.0f %.0f%n", x.algorithm(), x.evs(), x.bss(),
                    x.meanWallSeconds() * 1e3, x.meanCpuSeconds() * 1e3, x.meanCo2Kg() * 1e9, x.meanSocialWelfare(),
                    x.meanGapToOptimal(), x.meanMatchedPairs(), x.meanAcceptablePairs(), x.meanBlockingPairs(),
                    x.meanPairUtility(), f.get(FlowType.V2G), f.get(FlowType.G2V), f.get(FlowType.T2G),
                    f.get(FlowType.G2T), f.get(FlowType.T2V), f.get(FlowType.V2T), f.get(FlowType.V2V),
                    f.get(FlowType.T2T));
        }
        for (double pc : p.chargingPowersKW()) {
            for (double size : p.chunkSizesM()) {
                var rows = res.edgeRows().stream().filter(r -> r.chargingPowerKW() == pc && r.chunkSizeM() == size)
                        .toList();
                System.out.printf(Locale.ROOT, "edge P_chg %.0f kW s_EV %.0f M: t_task %.1f s, bounds [%.1f, %.1f],"
                        + " paper [%.1f, %.1f], within %d/%d, paper within %d/%d%n", pc, size,
                        avg(rows, SweepRows.EdgeRow::taskSeconds), avg(rows, SweepRows.EdgeRow::lowerBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::upperBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::paperLowerBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::paperUpperBoundSeconds),
                        rows.stream().filter(SweepRows.EdgeRow::withinBounds).count(), rows.size(),
                        rows.stream().filter(SweepRows.EdgeRow::withinPaperBounds).count(), rows.size());
            }
        }
        if (args.length > 3) {
            SweepRows.writeCsv(java.nio.file.Path.of(args[3] + "-algorithms.csv"), SweepRows.AlgorithmRow.class,
                    res.algorithmRows());
            SweepRows.writeCsv(java.nio.file.Path.of(args[3] + "-edge.csv"), SweepRows.EdgeRow.class,
                    res.edgeRows());
        }
    }

    private static double avg(List<SweepRows.EdgeRow> rows, java.util.function.ToDoubleFunction<SweepRows.EdgeRow> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
