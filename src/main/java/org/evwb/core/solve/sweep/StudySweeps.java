package org.evwb.core.solve.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;

/**
 * The one way a study's sweep is set up and run, for the command line and the UI alike: from one of the study's
 * {@link SweepPreset presets} or from an ad-hoc grid over its parameters ({@link SweepGrids}) on the open project,
 * then through the {@link SweepEngine}. The output is the engine's result, the tables (solver rows first, then the
 * preset's task tables) and the charts to draw from them.
 */
public final class StudySweeps {

    private StudySweeps() {
    }

    /**
     * What to run. Make one with {@link #ofPreset} or {@link #ofGrid}, then change solvers, runs, seed, threads or the
     * time limit with the {@code with…} methods.
     */
    public record Spec<I, S>(StudyDefinition<I, S> study, String name, SweepGrid grid, int runs, long baseSeed,
                             List<String> solverIds, Map<String, Record> solverParameters, Duration runTimeLimit,
                             int threads, List<String> columns, List<SweepChart> charts, Project project,
                             StudyConfig config, SweepPreset.Instances<I> instances,
                             SweepPreset.TaskTables<I, S> taskTables) {

        public Spec {
            Objects.requireNonNull(study, "study");
            Objects.requireNonNull(grid, "grid");
            Objects.requireNonNull(project, "project");
            solverIds = List.copyOf(solverIds);
            solverParameters = Map.copyOf(solverParameters);
            columns = List.copyOf(columns);
            charts = List.copyOf(charts);
            if (runs < 1) {
                throw new IllegalArgumentException("seeds per point must be >= 1, was " + runs);
            }
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), was " + threads);
            }
            for (String id : solverIds) {
                if (study.solver(id).isEmpty()) {
                    throw new IllegalArgumentException("study " + study.id() + " has no solver '" + id
                            + "'; its solvers: " + String.join(", ", study.solvers().stream().map(SolverSpec::id)
                            .toList()));
                }
            }
        }

        public Spec<I, S> withSolvers(List<String> ids) {
            return new Spec<>(study, name, grid, runs, baseSeed, ids, solverParameters, runTimeLimit, threads,
                    columns, charts, project, config, instances, taskTables);
        }

        public Spec<I, S> withRuns(int n) {
            return new Spec<>(study, name, grid, n, baseSeed, solverIds, solverParameters, runTimeLimit, threads,
                    columns, charts, project, config, instances, taskTables);
        }

        public Spec<I, S> withBaseSeed(long seed) {
            return new Spec<>(study, name, grid, runs, seed, solverIds, solverParameters, runTimeLimit, threads,
                    columns, charts, project, config, instances, taskTables);
        }

        public Spec<I, S> withThreads(int n) {
            return new Spec<>(study, name, grid, runs, baseSeed, solverIds, solverParameters, runTimeLimit, n,
                    columns, charts, project, config, instances, taskTables);
        }

        public Spec<I, S> withRunTimeLimit(Duration limit) {
            return new Spec<>(study, name, grid, runs, baseSeed, solverIds, solverParameters, limit, threads,
                    columns, charts, project, config, instances, taskTables);
        }

        /** The same sweep on another grid (e.g. the first point of a preset, for a quick check). */
        public Spec<I, S> withGrid(SweepGrid g) {
            return new Spec<>(study, name, g, runs, baseSeed, solverIds, solverParameters, runTimeLimit, threads,
                    columns, charts, project, config, instances, taskTables);
        }

        /** The first point of the grid only, one run: what a smoke test of a preset runs. */
        public Spec<I, S> firstPointOnly() {
            List<SweepGrid.Axis> axes = new ArrayList<>();
            for (SweepGrid.Axis a : grid.axes()) {
                axes.add(new SweepGrid.Axis(a.name(), List.of(a.values().get(0))));
            }
            return withGrid(new SweepGrid(axes)).withRuns(1);
        }

        public int taskCount() {
            return grid.points().size() * runs;
        }

        /** The engine's plan: the grid, the runs, the seeds, the instances from the project and the solvers. */
        public SweepPlan<I, S> plan(ComputeCarbon.Settings carbon) {
            SweepPlan.Builder<I, S> b = SweepPlan.builder(study, (SweepPoint p, long seed) ->
                            instances.build(project, config, p, seed))
                    .grid(grid).runs(runs).baseSeed(baseSeed).threads(threads).runTimeLimit(runTimeLimit)
                    .carbon(carbon);
            for (String id : solverIds) {
                SolverSpec<I, S> spec = study.solver(id).orElseThrow();
                b.solver(new SweepSolver<>(spec, solverParameters.getOrDefault(id, spec.defaults())));
            }
            return b.build();
        }
    }

    /** What a sweep produced: the engine's result, the tables (solver rows first) and the charts to draw. */
    public record Output(SweepResult<Map<String, List<Map<String, Object>>>> result, List<SweepTable> tables,
                         List<SweepChart> charts) {

        public Output {
            tables = List.copyOf(tables);
            charts = List.copyOf(charts);
        }

        public List<SweepRow> rows() {
            return result.rows();
        }

        public boolean cancelled() {
            return result.cancelled();
        }

        public Optional<SweepTable> table(String name) {
            return tables.stream().filter(t -> t.name().equals(name)).findFirst();
        }
    }

    /** A preset of the study on the project (its configuration {@code config} may be null). */
    public static <I, S> Spec<I, S> ofPreset(StudyDefinition<I, S> study, SweepPreset<I, S> preset, Project project,
                                             StudyConfig config) {
        return new Spec<>(study, preset.id(), preset.grid(), preset.runs(), preset.baseSeed(), preset.solverIds(),
                preset.solverParameters(), preset.runTimeLimit(), 0, preset.columns(), preset.charts(), project,
                config, preset.instances(), preset.taskTables());
    }

    /**
     * An ad-hoc grid over the study's parameters on the project: each point's values go over the configuration's
     * parameters and the instance is built from the project with them; the study's first solver unless others are
     * chosen; one seed per point unless more are asked for. Its charts are drawn per objective against the first
     * axis, when that axis is numeric ({@link #defaultCharts}).
     */
    public static <I, S> Spec<I, S> ofGrid(StudyDefinition<I, S> study, SweepGrid grid, Project project,
                                           StudyConfig config) {
        SweepPreset.Instances<I> instances = (p, c, point, seed) -> study.buildInstance(p, withPoint(study, c, point));
        List<String> cols = new ArrayList<>();
        grid.axes().forEach(a -> cols.add(a.name()));
        return new Spec<>(study, "grid", grid, 1, 1, List.of(study.solvers().get(0).id()), Map.of(), null, 0, cols,
                List.of(), project, config, instances, SweepPreset.noTables());
    }

    /** The configuration with the point's values over its parameters. */
    static StudyConfig withPoint(StudyDefinition<?, ?> study, StudyConfig config, SweepPoint point) {
        Map<String, Object> params = new LinkedHashMap<>(config == null ? Map.of() : config.parameters());
        params.putAll(point.values());
        return config == null ? new StudyConfig("sweep", study.id(), null, params, null)
                : new StudyConfig(config.id(), config.study(), config.name(), params, config.preset());
    }

    /** Runs the sweep; a cancel returns the finished tasks (see {@link SweepResult#cancelled()}). */
    public static <I, S> Output run(Spec<I, S> spec, OptimizerRunner runner, ComputeCarbon.Settings carbon,
                                    RunContext ctx) {
        return run(spec, SweepBackends.local(), runner, carbon, ctx);
    }

    /** Runs the sweep on {@code backend} (the same rows as on the local pool, timings aside). */
    public static <I, S> Output run(Spec<I, S> spec, SweepBackend backend, OptimizerRunner runner,
                                    ComputeCarbon.Settings carbon, RunContext ctx) {
        SweepResult<Map<String, List<Map<String, Object>>>> r = backend.run(spec, runner, carbon, ctx);
        List<SweepTable> tables = new ArrayList<>();
        tables.add(SweepTable.ofRows(r.rows()));
        Map<String, List<Map<String, Object>>> extra = new LinkedHashMap<>();
        for (Map<String, List<Map<String, Object>>> t : r.taskOutputs()) {
            t.forEach((name, rows) -> extra.computeIfAbsent(name, k -> new ArrayList<>()).addAll(rows));
        }
        extra.forEach((name, rows) -> tables.add(SweepTable.of(name, rows)));
        List<SweepChart> charts = spec.charts().isEmpty() ? defaultCharts(spec.grid(), r.rows()) : spec.charts();
        return new Output(r, tables, charts);
    }

    /**
     * For an ad-hoc grid: every objective the rows report (and the CPU time), mean over the seeds against the first
     * axis, one line per solver; none when the first axis is not numeric.
     */
    public static List<SweepChart> defaultCharts(SweepGrid grid, List<SweepRow> rows) {
        if (grid.axes().isEmpty() || !grid.axes().get(0).values().stream().allMatch(v -> v instanceof Number)) {
            return List.of();
        }
        String x = grid.axes().get(0).name();
        Set<String> objectives = new LinkedHashSet<>();
        rows.forEach(r -> objectives.addAll(r.objectives().keySet()));
        List<SweepChart> out = new ArrayList<>();
        for (String o : objectives) {
            out.add(SweepChart.line(chartId(o + "-vs-" + x), o + " vs " + x, x, o, "solver", x, o));
        }
        out.add(SweepChart.line(chartId("cpu-seconds-vs-" + x), "CPU time vs " + x, x, "cpuSeconds", "solver", x,
                "CPU time [s]"));
        return out;
    }

    /** camelCase to lower-case-with-dashes, for file names. */
    static String chartId(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
