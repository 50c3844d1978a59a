package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.sweep.FinishedTask;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPoint;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Paper 000's Figs. 4–7 as sweep presets: the N_EV × N_BS grids, seeded runs, every algorithm (the QUBO by
 * {@code anneal} with {@link #SWEEP_QUBO}), a generated scenario per task with the project's exchange parameters,
 * the exchange sweep's own rows as the {@value #ALGORITHM_TABLE} and {@value #EDGE_TABLE} tables (Fig. 7's
 * edge-computing tasks), and the figures as charts. {@link ExchangeSweep}
 * and the UI's sweep view take their grids from here.
 */
public final class ExchangeSweepPresets {

    /** The paper's sweep: N_EV 100…200 × N_BS 3…5 × 100 runs. */
    public static final String PAPER = "fig4-7-paper";
    /** A small sweep for use in class: N_EV 100, 150, 200 × N_BS 3, 5 × 3 runs. */
    public static final String INTERACTIVE = "fig4-7-interactive";
    /** The per-task table of Fig. 7. */
    public static final String EDGE_TABLE = "edge";
    /** The per-task table of algorithm rows with instance statistics ({@link SweepRows.AlgorithmRow}). */
    public static final String ALGORITHM_TABLE = "algorithms";

    static final String EVS = "evs";
    static final String BSS = "bss";

    /** The algorithms of Figs. 4–6, in row order. */
    public static final List<String> SOLVERS = List.of("gale-shapley", "optimal", "greedy", AnnealSampler.ID);

    /**
     * {@code anneal} in the sweeps: 2 reads × 200 sweeps on one thread (the sweep already runs a scenario per core),
     * β range from P (the study's default rule), so 1,500 scenarios take minutes, not an hour (docs/benchmarks.md).
     */
    public static final AnnealSampler.Parameters SWEEP_QUBO = new AnnealSampler.Parameters(2, 200, 0, 0, 1, false);

    /**
     * Fig. 7's P_chg (kW) and s_EV (M). Decision: the paper does not print Fig. 7's axis; this range shows EVs
     * leaving before their chunk is done at 110 kW but not at 40 kW.
     */
    public static final List<Double> CHARGING_POWERS_KW = List.of(40.0, 110.0);
    public static final List<Double> CHUNK_SIZES_M = List.of(20.0, 100.0, 200.0, 400.0, 600.0, 800.0, 1000.0);

    private ExchangeSweepPresets() {
    }

    /** The grid of the paper's Figs. 4–7. */
    public static SweepGrid paperGrid() {
        return grid(List.of(100, 125, 150, 175, 200), List.of(3, 4, 5));
    }

    /** The grid of the interactive preset. */
    public static SweepGrid interactiveGrid() {
        return grid(List.of(100, 150, 200), List.of(3, 5));
    }

    /** An N_EV × N_BS grid (N_EV outermost, as the task seeds expect). */
    public static SweepGrid grid(List<Integer> evs, List<Integer> bss) {
        return SweepGrid.of(SweepGrid.axis(EVS, evs), SweepGrid.axis(BSS, bss));
    }

    /** The study's presets: interactive first (the UI's default), then the paper's. */
    static List<SweepPreset<ExchangeInstance, Matching>> of(ExchangeStudy study) {
        return List.of(
                preset(study, INTERACTIVE, "Figs. 4–7, interactive (N_EV 100, 150, 200 × N_BS 3, 5 × 3 runs)",
                        "18 generated scenarios, every algorithm on each: about a minute on two cores",
                        interactiveGrid(), 3),
                preset(study, PAPER, "Figs. 4–7, paper (N_EV 100…200 × N_BS 3…5 × 100 runs)",
                        "1,500 generated scenarios as in paper 000, every algorithm on each: tens of minutes",
                        paperGrid(), 100));
    }

    private static SweepPreset<ExchangeInstance, Matching> preset(ExchangeStudy study, String id, String title,
                                                                  String description, SweepGrid grid, int runs) {
        return new SweepPreset<>(id, title, description, grid, runs, 1, SOLVERS, Map.of(AnnealSampler.ID, SWEEP_QUBO),
                null, (project, config, point, seed) -> scenario(study, project, config, point, seed),
                List.of(EVS, BSS, "run", "solver", "feasible", "socialWelfare", "socialWelfareGapToOptimal",
                        "meanPairUtility", "matchedPairs", "blockingPairs", "cpuSeconds", "computeCo2Kg"),
                charts(), ExchangeSweepPresets::exchangeTables);
    }

    /** A generated scenario of N_EV EVs and N_BS BSs with the project's exchange parameters. */
    private static ExchangeInstance scenario(ExchangeStudy study, Project project, StudyConfig config,
                                             SweepPoint point, long seed) throws ProjectFileException {
        ExchangeParameters params = study.parameters().from(project, config);
        Project p = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), params)
                .generate(point.intValue(EVS), point.intValue(BSS), seed);
        return study.buildInstanceWith(p, params);
    }

    /**
     * The exchange rows of one finished task, exactly as {@link ExchangeSweep} makes them: every algorithm's row with
     * the instance's statistics ({@value #ALGORITHM_TABLE}) and Fig. 7's edge-computing tasks ({@value #EDGE_TABLE}).
     */
    private static Map<String, List<Map<String, Object>>> exchangeTables(FinishedTask<ExchangeInstance, Matching> task) {
        ExchangeInstance in = task.instance();
        SweepPoint p = task.task().point();
        ExchangeSweep.Settings s = new ExchangeSweep.Settings(List.of(p.intValue(EVS)), List.of(p.intValue(BSS)), 1,
                0, 1, SOLVERS, CHARGING_POWERS_KW, CHUNK_SIZES_M, in.params(), ExchangeGenerator.Settings.defaults(),
                org.evwb.core.solve.ComputeCarbon.Settings.DEFAULT);
        ExchangeSweep.Result r = ExchangeSweep.exchangeRows(s, task);
        List<Map<String, Object>> algorithms = new ArrayList<>();
        r.algorithmRows().forEach(x -> algorithms.add(RecordValues.toMap(x)));
        List<Map<String, Object>> edges = new ArrayList<>();
        r.edgeRows().forEach(x -> edges.add(RecordValues.toMap(x)));
        Map<String, List<Map<String, Object>>> out = new java.util.LinkedHashMap<>();
        out.put(ALGORITHM_TABLE, algorithms);
        out.put(EDGE_TABLE, edges);
        return out;
    }

    /** Figs. 4–7 as chart data: Fig. 4's two panels as two charts, Fig. 5's flows as bars. */
    static List<SweepChart> charts() {
        List<String> flows = new ArrayList<>();
        for (FlowType f : FlowType.values()) {
            flows.add("energy" + f.name() + "KWh");
        }
        return List.of(
                SweepChart.line("fig4-co2", "Fig. 4 — compute CO2 per algorithm (estimate)", EVS, "computeCo2Kg",
                        "solver", "N_EV", "compute CO2 [kg]"),
                SweepChart.line("fig4-time", "Fig. 4 — CPU time per algorithm", EVS, "cpuSeconds", "solver", "N_EV",
                        "CPU time [s], log scale").logarithmic(),
                new SweepChart("fig5-flows", "Fig. 5 — energy per flow type (mean per scenario)", null,
                        SweepChart.Kind.BAR, null, flows, "solver", "flow", "energy [kWh]", false),
                SweepChart.line("fig6-utilities", "Fig. 6 — average sum of utilities of matched pairs", EVS,
                        "meanPairUtility", "solver", "N_EV", "mean U_i + U_j"),
                SweepChart.line("fig7-edge-time", "Fig. 7 — edge-computing time vs chunk size", "chunkSizeM",
                        "taskSeconds", "chargingPowerKW", "s_EV [M]", "time [s]").onTable(EDGE_TABLE)
                        .withYs(List.of("taskSeconds", "lowerBoundSeconds", "upperBoundSeconds")));
    }
}
