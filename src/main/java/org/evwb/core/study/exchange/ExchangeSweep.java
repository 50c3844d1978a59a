package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.sweep.FinishedTask;
import org.evwb.core.solve.sweep.SweepEngine;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPlan;
import org.evwb.core.solve.sweep.SweepPoint;
import org.evwb.core.solve.sweep.SweepResult;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.solve.sweep.SweepSolver;
import org.evwb.core.solve.sweep.SweepTask;

/**
 * The headless sweep behind paper 000's Figs. 4–7: for every (N_EV, N_BS) and seeded run, generate a scenario, run
 * every solver through {@link OptimizerRunner} (timings, compute-carbon estimate, checker verdict, objectives) and
 * simulate each BS's edge-computing task for every (P_chg, s_EV).
 *
 * <p>The grid, threads, seeds, per-run CPU time, progress and cancel are the generic {@link SweepEngine}'s: a task's
 * seed depends only on the base seed and its (N_EV, N_BS, run), and rows are returned in task order, so the results
 * (timings aside) are the same for any thread count. This class adds the exchange rows: instance statistics and the
 * objectives as columns of {@link SweepRows.AlgorithmRow}, and the edge-computing rows of Fig. 7.
 */
public final class ExchangeSweep {

    /**
     * What to sweep. {@code threads} 0 means all cores. {@code solverParameters} maps a solver id to the parameters it
     * runs with in the sweep (a solver not in the map runs with its defaults).
     */
    public record Settings(List<Integer> evCounts, List<Integer> bsCounts, int runs, long baseSeed, int threads,
                           List<String> solverIds, List<Double> chargingPowersKW, List<Double> chunkSizesM,
                           ExchangeParameters params, ExchangeGenerator.Settings generator,
                           ComputeCarbon.Settings carbon, Map<String, Record> solverParameters) {

        /** Every solver with its defaults. */
        public Settings(List<Integer> evCounts, List<Integer> bsCounts, int runs, long baseSeed, int threads,
                        List<String> solverIds, List<Double> chargingPowersKW, List<Double> chunkSizesM,
                        ExchangeParameters params, ExchangeGenerator.Settings generator,
                        ComputeCarbon.Settings carbon) {
            this(evCounts, bsCounts, runs, baseSeed, threads, solverIds, chargingPowersKW, chunkSizesM, params,
                    generator, carbon, Map.of());
        }

        public Settings {
            solverParameters = Map.copyOf(solverParameters);
            evCounts = List.copyOf(evCounts);
            bsCounts = List.copyOf(bsCounts);
            solverIds = List.copyOf(solverIds);
            chargingPowersKW = List.copyOf(chargingPowersKW);
            chunkSizesM = List.copyOf(chunkSizesM);
            if (runs < 1 || threads < 0) {
                throw new IllegalArgumentException("runs must be >= 1 and threads >= 0");
            }
        }

        /**
         * The paper's preset ({@link ExchangeSweepPresets#PAPER}): N_EV 100, 125, …, 200; N_BS 3, 4, 5; 100 runs
         * each; every solver; Fig. 7's P_chg and s_EV ({@link ExchangeSweepPresets#CHARGING_POWERS_KW},
         * {@link ExchangeSweepPresets#CHUNK_SIZES_M}). The QUBO is solved by {@code anneal} with {@link #SWEEP_QUBO}.
         */
        public static Settings paper(long baseSeed) {
            return of(new ExchangeStudy().sweepPreset(ExchangeSweepPresets.PAPER).orElseThrow(), baseSeed);
        }

        /**
         * The settings of one of the study's sweep presets (its grid, runs, solvers and their parameters), with the
         * study's default parameters and generator, and this base seed.
         */
        public static Settings of(org.evwb.core.solve.sweep.SweepPreset<ExchangeInstance, Matching> preset,
                                  long baseSeed) {
            return new Settings(ints(preset.grid(), EVS), ints(preset.grid(), BSS), preset.runs(), baseSeed, 0,
                    preset.solverIds(), ExchangeSweepPresets.CHARGING_POWERS_KW, ExchangeSweepPresets.CHUNK_SIZES_M,
                    ExchangeParameters.defaults(), ExchangeGenerator.Settings.defaults(),
                    ComputeCarbon.Settings.DEFAULT, preset.solverParameters());
        }

        private static List<Integer> ints(SweepGrid grid, String axis) {
            return grid.axes().stream().filter(a -> a.name().equals(axis)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("an exchange sweep grid needs the axis '" + axis + "'"))
                    .values().stream().map(v -> ((Number) v).intValue()).toList();
        }

        /** {@code anneal} in the presets ({@link ExchangeSweepPresets#SWEEP_QUBO}). */
        public static final AnnealSampler.Parameters SWEEP_QUBO = ExchangeSweepPresets.SWEEP_QUBO;

        public Settings withRuns(int newRuns, int newThreads) {
            return new Settings(evCounts, bsCounts, newRuns, baseSeed, newThreads, solverIds, chargingPowersKW,
                    chunkSizesM, params, generator, carbon, solverParameters);
        }

        /** The same settings with these solvers (and parameters for some of them). */
        public Settings withSolvers(List<String> ids, Map<String, Record> parameters) {
            return new Settings(evCounts, bsCounts, runs, baseSeed, threads, ids, chargingPowersKW, chunkSizesM,
                    params, generator, carbon, parameters);
        }

        /** The parameters a solver runs with in this sweep. */
        public Record parametersOf(SolverSpec<?, ?> spec) {
            return solverParameters.getOrDefault(spec.id(), spec.defaults());
        }
    }

    /** All rows, in task order. */
    public record Result(List<SweepRows.AlgorithmRow> algorithmRows, List<SweepRows.EdgeRow> edgeRows) { }

    /**
     * A sweep that may have been cancelled: the exchange rows and the generic rows (for CSV/JSON export with
     * {@link org.evwb.core.solve.sweep.SweepTables}) of the {@code finishedScenarios} that ran to the end, in task
     * order.
     */
    public record Outcome(Result result, List<SweepRow> rows, int finishedScenarios, int scenarios,
                          boolean cancelled) { }

    private final ExchangeStudy study;
    private final SweepEngine engine;

    public ExchangeSweep(ExchangeStudy study, OptimizerRunner runner) {
        this.study = study;
        this.engine = new SweepEngine(runner);
    }

    /** The seed of one task: a function of the base seed and the task's coordinates only. */
    public static long taskSeed(long baseSeed, int evs, int bss, int run) {
        return SweepTask.defaultSeed(baseSeed, point(evs, bss), run);
    }

    private static SweepPoint point(int evs, int bss) {
        return SweepPoint.of(EVS, evs, BSS, bss);
    }

    private static final String EVS = ExchangeSweepPresets.EVS;
    private static final String BSS = ExchangeSweepPresets.BSS;

    /** Runs the sweep; throws {@link CancelledException} when it is cancelled. */
    public Result run(Settings s, RunContext ctx) {
        Outcome o = runKeepingFinished(s, ctx);
        if (o.cancelled()) {
            throw new CancelledException();
        }
        return o.result();
    }

    /** Runs the sweep; a cancel returns the scenarios that finished before it instead of throwing. */
    public Outcome runKeepingFinished(Settings s, RunContext ctx) {
        SweepResult<Result> r = engine.run(plan(s), task -> exchangeRows(s, task), ctx);
        List<SweepRows.AlgorithmRow> alg = new ArrayList<>();
        List<SweepRows.EdgeRow> edge = new ArrayList<>();
        for (Result t : r.taskOutputs()) {
            alg.addAll(t.algorithmRows());
            edge.addAll(t.edgeRows());
        }
        return new Outcome(new Result(List.copyOf(alg), List.copyOf(edge)), r.rows(), r.finishedTasks(), r.tasks(),
                r.cancelled());
    }

    /** The generic plan: N_EV × N_BS grid, seeded runs, one generated scenario per task, the settings' solvers. */
    SweepPlan<ExchangeInstance, Matching> plan(Settings s) {
        var b = SweepPlan.builder(study, (SweepPoint p, long seed) -> scenario(s, p.intValue(EVS),
                        p.intValue(BSS), seed))
                .grid(ExchangeSweepPresets.grid(s.evCounts(), s.bsCounts()))
                .runs(s.runs()).baseSeed(s.baseSeed()).threads(s.threads()).carbon(s.carbon());
        for (String id : s.solverIds()) {
            SolverSpec<ExchangeInstance, Matching> spec = study.solver(id).orElseThrow(() ->
                    new IllegalArgumentException("exchange has no solver '" + id + "'"));
            b.solver(new SweepSolver<>(spec, s.parametersOf(spec)));
        }
        return b.build();
    }

    private ExchangeInstance scenario(Settings s, int evs, int bss, long seed) {
        Project project = new ExchangeGenerator(s.generator(), s.params()).generate(evs, bss, seed);
        try {
            return study.buildInstanceWith(project, s.params());
        } catch (ProjectFileException e) {
            throw new IllegalStateException("generated scenario is invalid: " + e.getMessage(), e);
        }
    }

    /** One finished scenario as exchange rows: every solver's row with the instance's statistics, then Fig. 7's. */
    static Result exchangeRows(Settings s, FinishedTask<ExchangeInstance, Matching> task) {
        ExchangeInstance in = task.instance();
        int evs = task.task().point().intValue(EVS);
        int bss = task.task().point().intValue(BSS);
        int run = task.task().run();
        List<SweepRows.AlgorithmRow> rows = new ArrayList<>();
        for (SweepRow r : task.rows()) {
            rows.add(new SweepRows.AlgorithmRow(evs, bss, run, r.seed(), r.solver(),
                    r.status().name().toLowerCase(Locale.ROOT), r.feasible(), r.wallSeconds(), r.cpuSeconds(),
                    r.processCpuSeconds(), r.computeEnergyKWh(), r.computeCo2Kg(), in.buyerCount(),
                    in.sellerCount(), in.acceptablePairCount(), (int) r.objective("matchedPairs"),
                    (int) r.objective("blockingPairs"), r.objective("socialWelfare"),
                    r.objective("socialWelfareGapToOptimal"), r.objective("meanPairUtility"),
                    r.objective("energyV2GKWh"), r.objective("energyG2VKWh"), r.objective("energyT2GKWh"),
                    r.objective("energyG2TKWh"), r.objective("energyT2VKWh"), r.objective("energyV2TKWh"),
                    r.objective("energyV2VKWh"), r.objective("energyT2TKWh")));
        }
        return new Result(rows, edgeRows(s, in, evs, bss, run));
    }

    /**
     * Fig. 7: each BS's task ({@link EdgeTasks}: N_s chunks to its K nearest EVs, each charging its own trade energy)
     * for every (P_chg, s_EV) of the settings.
     */
    static List<SweepRows.EdgeRow> edgeRows(Settings s, ExchangeInstance in, int evs, int bss, int run) {
        List<SweepRows.EdgeRow> rows = new ArrayList<>();
        List<Participant> ps = in.participants();
        double tolSeconds = 1e-12 * 3600;   // the simulation works in hours
        for (int k = 0; k < ps.size(); k++) {
            if (ps.get(k).isEv()) {
                continue;
            }
            for (double pChg : s.chargingPowersKW()) {
                for (double size : s.chunkSizesM()) {
                    EdgeTasks.EdgeTask t = EdgeTasks.task(in, k, s.params().withChunkAndCharging(size, pChg));
                    rows.add(new SweepRows.EdgeRow(evs, bss, run, t.baseStation(), pChg, size,
                            s.params().chunksPerTask(), t.evs().size(), t.taskSeconds(), t.bsComputeSeconds(),
                            t.bsAddSeconds(), t.sumEvComputeSeconds(), t.lowerBoundSeconds(), t.upperBoundSeconds(),
                            t.paperLowerBoundSeconds(), t.paperUpperBoundSeconds(), t.withinBounds(tolSeconds),
                            t.withinPaperBounds(tolSeconds)));
                }
            }
        }
        return rows;
    }
}
