package org.evwb.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.sweep.SweepTables;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.FlowType;
import org.evwb.core.study.exchange.SweepRows;
import org.evwb.core.study.exchange.SweepSummary;

/**
 * The paper preset sweep (Figs. 4–7) with one acceptability rule: per (algorithm, N_EV, N_BS) means, edge-task
 * times against Theorem 1's bounds, and the rows as CSV. The figures in docs/studies/exchange.md ("Sweeps").
 * Options: {@code --runs N} per point (10), {@code --threads N} (1), {@code --rule RULE} (GRID_OUTSIDE_OPTION),
 * {@code --csv PREFIX} (writes PREFIX-algorithms.csv, PREFIX-edge.csv and PREFIX-rows.csv, the engine's generic rows),
 * {@code --quick} (1 run per point, no warm-up sweep).
 */
public final class ExchangeSweepBenchmark {

    private ExchangeSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    /** Runs the sweep the options ask for and prints its summary to {@code out}. */
    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        int runs = Integer.parseInt(option(args, "--runs", quick ? "1" : "10"));
        int threads = Integer.parseInt(option(args, "--threads", "1"));
        var rule = ExchangeParameters.Acceptability.valueOf(option(args, "--rule", "GRID_OUTSIDE_OPTION"));
        String csv = option(args, "--csv", null);
        var p = ExchangeSweep.Settings.paper(2024);
        var s = new ExchangeSweep.Settings(p.evCounts(), p.bsCounts(), runs, p.baseSeed(), threads, p.solverIds(),
                p.chargingPowersKW(), p.chunkSizesM(), p.params().withAcceptability(rule), p.generator(), p.carbon(),
                p.solverParameters());
        var sweep = new ExchangeSweep(new ExchangeStudy(), new OptimizerRunner(ComputeCarbon.Settings.DEFAULT,
                Json.newMapper()));
        if (!quick) {
            sweep.run(s.withRuns(2, threads), RunContext.of(0));      // warm-up (JIT, OR-Tools natives)
        }
        long t0 = System.nanoTime();
        var outcome = sweep.runKeepingFinished(s, RunContext.of(0));
        var res = outcome.result();
        out.printf(Locale.ROOT, "%s: %d scenarios in %.1f s on %d threads%n", rule,
                res.algorithmRows().size() / s.solverIds().size(), (System.nanoTime() - t0) / 1e9, threads);
        out.println("alg evs bss wall_ms cpu_ms co2_ug SW gap pairs accept blocking meanUiUj "
                + "V2G G2V T2G G2T T2V V2T V2V T2T");
        for (var x : SweepSummary.of(res.algorithmRows())) {
            var f = x.meanEnergyKWh();
            out.printf(Locale.ROOT, "%s %d %d %.3f %.3f %.3f %.1f %.2f %.1f %.1f %.2f %.1f"
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
                out.printf(Locale.ROOT, "edge P_chg %.0f kW s_EV %.0f M: t_task %.1f s, bounds [%.1f, %.1f],"
                        + " paper [%.1f, %.1f], within %d/%d, paper within %d/%d%n", pc, size,
                        avg(rows, SweepRows.EdgeRow::taskSeconds), avg(rows, SweepRows.EdgeRow::lowerBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::upperBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::paperLowerBoundSeconds),
                        avg(rows, SweepRows.EdgeRow::paperUpperBoundSeconds),
                        rows.stream().filter(SweepRows.EdgeRow::withinBounds).count(), rows.size(),
                        rows.stream().filter(SweepRows.EdgeRow::withinPaperBounds).count(), rows.size());
            }
        }
        if (csv != null) {
            Path prefix = Path.of(csv);
            if (prefix.getParent() != null) {
                Files.createDirectories(prefix.getParent());
            }
            SweepRows.writeCsv(Path.of(csv + "-algorithms.csv"), SweepRows.AlgorithmRow.class, res.algorithmRows());
            SweepRows.writeCsv(Path.of(csv + "-edge.csv"), SweepRows.EdgeRow.class, res.edgeRows());
            SweepTables.writeCsv(Path.of(csv + "-rows.csv"), outcome.rows());
            out.println("rows written to " + csv + "-{algorithms,edge,rows}.csv");
        }
        out.flush();
    }

    private static String option(List<String> args, String name, String dflt) {
        int k = args.indexOf(name);
        return k >= 0 && k + 1 < args.size() ? args.get(k + 1) : dflt;
    }

    private static double avg(List<SweepRows.EdgeRow> rows, java.util.function.ToDoubleFunction<SweepRows.EdgeRow> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
