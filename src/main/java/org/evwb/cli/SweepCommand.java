package org.evwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evwb.core.chart.SweepChartRenderer;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepBackend;
import org.evwb.core.solve.sweep.SweepBackendOptions;
import org.evwb.core.solve.sweep.SweepBackends;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepGrids;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.solve.sweep.SweepTable;
import org.evwb.core.solve.sweep.SweepTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb sweep PROJECT --study ID (--preset NAME | --grid NAME=V1,V2 …) --out DIR}: runs one of the study's
 * sweep presets, or a grid over its parameters, on the {@link org.evwb.core.solve.sweep.SweepEngine} (every run
 * through the checker), and writes {@code rows.csv}, {@code rows.json}, the preset's own tables and its charts as SVG
 * and PNG into DIR. Ctrl+C stops the running solvers and writes the finished tasks' rows (exit 1). {@code --backend
 * hazelcast [--cluster HOST:PORT,…]} runs the tasks on a cluster ({@link SweepBackends}) with the same rows.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a study's sweep (a preset, or a grid over its parameters) and write rows and charts.",
                "Exit code 0 when every task finished, 1 when cancelled (finished rows written) or a run failed."})
final class SweepCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    private CarbonOptions carbon = new CarbonOptions();
    private ComputeCarbon.Settings carbonSettings;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "the project file (*.evwb.json)")
    private Path project;

    @Option(names = "--list", description = "list every study's sweep presets and sweepable parameters")
    private boolean list;

    @Option(names = "--study", paramLabel = "ID", description = "study id (see 'evwb sweep --list')")
    private String studyId;

    @Option(names = "--preset", paramLabel = "NAME", description = "one of the study's sweep presets (id or title)")
    private String presetName;

    @Option(names = "--grid", paramLabel = "NAME=V1,V2,…",
            description = "sweep a study parameter over these values (or NAME=FROM..TO:STEP); repeatable, the first "
                    + "axis outermost")
    private List<String> grid = new ArrayList<>();

    @Option(names = "--solver", paramLabel = "ID",
            description = "solver to run; repeatable (default: the preset's solvers, or the study's first)")
    private List<String> solvers = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", description = "seeded runs per point (default: the preset's, or 1)")
    private Integer seeds;

    @Option(names = "--seed", paramLabel = "N", description = "base seed of the task seeds (default: the preset's)")
    private Long baseSeed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "worker threads (default: 0 = all cores); rows do not depend on it, timings aside")
    private int threads;

    @Option(names = "--time-limit", paramLabel = "S", description = "time limit per solver run in seconds")
    private Double timeLimitSeconds;

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration to use (default: the first one for the study)")
    private String configId;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder for rows.csv, rows.json and the charts")
    private Path out;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = SweepBackends.LOCAL,
            description = "where the tasks run: local (this process's threads, default) or hazelcast (a cluster; "
                    + "installed from target/cluster, docs/cli.md); the rows are the same, timings aside")
    private String backend;

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,…]",
            description = "members of an existing cluster for --backend hazelcast (default: a try-out cluster of "
                    + "--members members in this process)")
    private String cluster;

    @Option(names = "--members", paramLabel = "N", defaultValue = "2",
            description = "members of the try-out cluster when no --cluster is given (default: 2)")
    private int members;

    @Option(names = "--cluster-name", paramLabel = "NAME", defaultValue = SweepBackendOptions.DEFAULT_CLUSTER_NAME,
            description = "the cluster's name, as its members were started with (default: evwb)")
    private String clusterName;

    SweepCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        carbonSettings = carbon.over(env.carbon()); // refused before the project is read
        if (list) {
            SweepListing.print(env.studies(), env.out());
            return EvwbCommand.EXIT_OK;
        }
        if (project == null || studyId == null || out == null) {
            throw CliException.badInput("evwb sweep: PROJECT, --study and --out are needed (or --list); e.g. evwb "
                    + "sweep project.evwb.json --study exchange --preset fig4-7-interactive --out sweep/");
        }
        if ((presetName == null) == grid.isEmpty()) {
            throw CliException.badInput("evwb sweep: give either --preset NAME or --grid NAME=V1,V2 (see 'evwb sweep "
                    + "--list')");
        }
        if (seeds != null && seeds < 1) {
            throw CliException.badInput("--seeds: must be at least 1, was " + seeds);
        }
        if (threads < 0) {
            throw CliException.badInput("--threads: must be 0 (all cores) or more, was " + threads);
        }
        if (members < 1) {
            throw CliException.badInput("--members: must be at least 1, was " + members);
        }
        if (!SweepBackends.KNOWN.contains(backend.strip())) {
            throw CliException.badInput("--backend: unknown backend '" + backend + "'; the backends: "
                    + String.join(", ", SweepBackends.KNOWN));
        }
        if (cluster != null && backend.strip().equals(SweepBackends.LOCAL)) {
            throw CliException.badInput("--cluster: needs --backend hazelcast (the local backend runs here)");
        }
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "--study: ");
        return run(study);
    }

    private <I, S> int run(StudyDefinition<I, S> study) {
        Duration timeLimit = timeLimit();
        SweepPreset<I, S> preset = null;
        SweepGrid adHoc = null;
        if (presetName != null) {
            preset = study.sweepPreset(presetName).orElseThrow(() -> CliException.badInput("--preset: unknown sweep "
                    + "preset '" + presetName + "' for study '" + study.id() + "'; its presets: "
                    + presetList(study)));
        } else {
            try {
                adHoc = SweepGrids.parse(study, grid);
            } catch (IllegalArgumentException e) {
                throw CliException.badInput("--grid " + e.getMessage());
            }
        }
        // found now, not after a long sweep: the folder must take the files
        CliFiles.checkWritable("--out", out.resolve("rows.csv"));
        ProjectLoader loader = new ProjectLoader();
        Project p = loader.load(project);
        StudyConfig config = ProjectLoader.config(p, project, study.id(), configId);
        try {
            study.parameters().from(p, config);
        } catch (ProjectFileException e) {
            throw CliException.badInput(project.toString(), e);
        }
        StudySweeps.Spec<I, S> spec = preset != null ? StudySweeps.ofPreset(study, preset, p, config)
                : StudySweeps.ofGrid(study, adHoc, p, config);
        if (adHoc != null) {
            // a bad point is found before the sweep, with the file and the field
            ProjectLoader.instance(study, p, project, config);
        }
        try {
            if (!solvers.isEmpty()) {
                spec = spec.withSolvers(solvers);
            }
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--solver: " + e.getMessage());
        }
        if (seeds != null) {
            spec = spec.withRuns(seeds);
        }
        if (baseSeed != null) {
            spec = spec.withBaseSeed(baseSeed);
        }
        spec = spec.withThreads(threads);
        if (timeLimit != null) {
            spec = spec.withRunTimeLimit(timeLimit);
        }
        return execute(study, spec, loader.io().mapper());
    }

    private <I, S> int execute(StudyDefinition<I, S> study, StudySweeps.Spec<I, S> spec, ObjectMapper mapper) {
        ProgressPrinter printer = env.showProgress() ? new ProgressPrinter(env.err()) : null;
        SweepProgress progress = new SweepProgress(spec.taskCount(), printer == null ? RunListener.NONE : printer);
        RunContext ctx = new RunContext(spec.baseSeed(), null, progress);
        StudySweeps.Output output;
        SweepBackend where = openBackend();
        Interrupts.Registration ctrlC = env.interrupts().onInterrupt(ctx::cancel);
        try {
            try {
                output = StudySweeps.run(spec, where, new OptimizerRunner(carbonSettings, mapper), carbonSettings,
                        ctx);
            } catch (IllegalStateException e) {
                throw new CliException(EvwbCommand.EXIT_RUN_FAILED, "evwb sweep: " + e.getMessage());
            } finally {
                where.close();
                if (printer != null) {
                    printer.finish();
                }
            }
            // written before the registration closes: on Ctrl+C the JVM exits once it is closed
            List<Path> files = write(output, mapper);
            summary(study, spec, output, progress.elapsedSeconds(), files);
        } finally {
            ctrlC.close();
        }
        long failed = output.rows().stream().filter(r -> r.status() == RunStatus.FAILED).count();
        if (failed > 0) {
            env.err().println("evwb sweep: " + failed + " run" + (failed == 1 ? "" : "s") + " failed; see the "
                    + "error column of rows.csv");
        }
        return output.cancelled() || failed > 0 ? EvwbCommand.EXIT_RUN_FAILED : EvwbCommand.EXIT_OK;
    }

    /** The chosen backend, connected (a cluster that cannot be reached is refused before any task). */
    private SweepBackend openBackend() {
        try {
            SweepBackendOptions options = SweepBackendOptions.parse(cluster, members, clusterName);
            return new SweepBackends(env.studies()).open(backend, options);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--backend " + backend.strip() + ": " + e.getMessage());
        }
    }

    private List<Path> write(StudySweeps.Output output, ObjectMapper mapper) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (SweepTable t : output.tables()) {
                Path csv = out.resolve(t.name() + ".csv");
                Path json = out.resolve(t.name() + ".json");
                ProjectIO.writeAtomically(csv, SweepTables.toCsv(t).getBytes(StandardCharsets.UTF_8), false);
                byte[] js = (t.name().equals(SweepTable.ROWS) ? SweepTables.toJson(output.rows(), mapper)
                        : SweepTables.toJson(t, mapper)).getBytes(StandardCharsets.UTF_8);
                ProjectIO.writeAtomically(json, js, false);
                files.add(csv);
                files.add(json);
            }
            for (SweepChart c : output.charts()) {
                files.addAll(SweepChartRenderer.write(c, output.tables(), out));
            }
        } catch (IOException | RuntimeException e) {
            throw CliException.badInput("--out " + out + ": the sweep's files were not all written: "
                    + org.evwb.core.project.UserMessages.of(e));
        }
        return files;
    }

    private void summary(StudyDefinition<?, ?> study, StudySweeps.Spec<?, ?> spec, StudySweeps.Output o,
                         double seconds, List<Path> files) {
        PrintWriter w = env.out();
        List<SweepRow> rows = o.rows();
        long feasible = rows.stream().filter(SweepRow::feasible).count();
        w.println("sweep " + study.id() + " " + spec.name() + ": " + o.result().finishedTasks() + " of "
                + o.result().tasks() + " tasks" + (o.cancelled() ? " (cancelled; the finished ones are written)" : "")
                + ", " + rows.size() + " runs, " + feasible + " feasible by the checker, "
                + String.format(Locale.ROOT, "%.1f s", seconds));
        w.println("solvers: " + String.join(", ", spec.solverIds()) + "; seeds per point: " + spec.runs()
                + "; base seed: " + spec.baseSeed() + "; backend: " + backend.strip()
                + (cluster == null ? "" : " at " + cluster));
        w.println("files in " + out + ":");
        for (Path f : files) {
            w.println("  " + f.getFileName());
        }
    }

    private Duration timeLimit() {
        if (timeLimitSeconds == null) {
            return null;
        }
        if (!(timeLimitSeconds > 0) || timeLimitSeconds.isInfinite()) {
            throw CliException.badInput("--time-limit: must be a positive number of seconds, was "
                    + timeLimitSeconds);
        }
        return Duration.ofNanos(Math.max(1, Math.round(timeLimitSeconds * 1e9)));
    }

    static String presetList(StudyDefinition<?, ?> study) {
        List<? extends SweepPreset<?, ?>> ps = study.sweepPresets();
        return ps.isEmpty() ? "none (sweep its parameters with --grid NAME=V1,V2)"
                : String.join(", ", ps.stream().map(SweepPreset::id).toList());
    }
}
