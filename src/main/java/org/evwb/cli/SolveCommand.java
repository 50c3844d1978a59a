package org.evwb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb solve PROJECT --study ID --solver ID …}: builds the study's instance, runs one solver through the
 * {@link OptimizerRunner} (which also runs the independent checker), writes the result file and prints a summary.
 * Ctrl+C cancels the run; the result is still written, with status {@code cancelled}.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one solver of one study on a project and write the result file.",
                "Exit code 0 when the result is feasible, 1 when the run failed, was cancelled or is infeasible."})
final class SolveCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (*.evwb.json)")
    private Path project;

    @Option(names = "--study", required = true, paramLabel = "ID", description = "study id (see 'evwb studies')")
    private String studyId;

    @Option(names = "--solver", required = true, paramLabel = "ID", description = "solver id of that study")
    private String solverId;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "random seed (default: ${DEFAULT-VALUE}); same seed, same result")
    private long seed;

    @Option(names = "--time-limit", paramLabel = "S",
            description = "stop after S seconds and keep the best solution so far (default: no limit)")
    private Double timeLimitSeconds;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = {"override a solver parameter, or a study parameter the solver does not have (e.g. "
                    + "netzero's speedSource=sumo); repeatable (defaults: 'evwb studies'). Study parameters set here "
                    + "are recorded in the result, so 'evwb check' uses them"})
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration to use (default: the first one for the study)")
    private String configId;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "run with one of the study's parameter presets (see 'evwb studies') instead of the "
                    + "configuration's own; its parameters still apply on top. Check the result with the same --preset")
    private String preset;

    @Option(names = "--out", paramLabel = "RESULT.json", description = "write the result file here")
    private Path out;

    /** The study parameters among {@code --param} (recorded in the result with the configuration). */
    private Map<String, String> studyParams = Map.of();

    @Mixin
    private CarbonOptions carbon = new CarbonOptions();

    SolveCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Duration timeLimit = timeLimit();
        ComputeCarbon.Settings carbonSettings = carbon.over(env.carbon()); // refused before the project is read
        CliFiles.refuseProjectFile(out, project, "write the result beside it, e.g. --out result.json");
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "--study: ");
        if (out != null) {
            // found now, not after a long solve: the folder must take a new file
            CliFiles.checkWritable("--out", out);
        }
        ProjectLoader loader = new ProjectLoader();
        return run(study, loader, timeLimit, carbonSettings);
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

    private <I, S> int run(StudyDefinition<I, S> study, ProjectLoader loader, Duration timeLimit,
                           ComputeCarbon.Settings carbonSettings) {
        ObjectMapper mapper = loader.io().mapper();
        SolverSpec<I, S> solver = study.solver(solverId).orElseThrow(() -> CliException.badInput("--solver: unknown "
                + "solver '" + solverId + "' for study '" + study.id() + "'; valid solvers: " + String.join(", ",
                study.solvers().stream().map(SolverSpec::id).toList())));
        studyParams = StudyParams.split(solver, study, params);
        Record parameters = parameters(solver, mapper);
        ProjectLoader.withPreset(study, null, preset); // an unknown preset is refused before the project is read
        Project p = loader.load(project);
        StudyConfig config = StudyParams.apply(study, ProjectLoader.withPreset(study, ProjectLoader.config(p, project,
                study.id(), configId), preset), studyParams);

        ProgressPrinter progress = env.showProgress() ? new ProgressPrinter(env.err()) : null;
        RunContext context = new RunContext(seed, timeLimit, progress == null ? RunListener.NONE : progress);
        RunOutcome<S> outcome;
        // registered before the instance is built: a study's build may run an external simulator
        Interrupts.Registration ctrlC = env.interrupts().onInterrupt(context::cancel);
        try {
            I instance = ProjectLoader.instance(study, p, project, config, context);
            RunConfiguration recorded = ProjectLoader.recorded(study, p, project, config);
            try {
                outcome = new OptimizerRunner(carbonSettings, mapper).run(study, solver, parameters, instance,
                        recorded, context);
            } finally {
                if (progress != null) {
                    progress.finish();
                }
            }
            // Written and printed before the registration closes: on Ctrl+C the JVM exits once it is closed.
            if (out != null) {
                write(study, instance, outcome, mapper);
            }
            printSummary(study, outcome.report());
        } finally {
            ctrlC.close();
        }
        return outcome.report().feasible() ? EvwbCommand.EXIT_OK : EvwbCommand.EXIT_RUN_FAILED;
    }

    private Record parameters(SolverSpec<?, ?> solver, ObjectMapper mapper) {
        try {
            // values stay text: the parameters' own types decide what "5" or "true" means
            return solver.withOverrides(params);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--param: " + firstLine(e.getMessage()) + " (defaults: "
                    + StudiesCommand.parameters(solver, mapper) + ")");
        }
    }

    /** Jackson's conversion messages go on about coercion configs and reference chains; the user needs line one. */
    private static String firstLine(String message) {
        String m = message == null ? "bad value" : message.lines().findFirst().orElse(message);
        int noise = m.indexOf(" (but might");
        return noise > 0 ? m.substring(0, noise) : m;
    }

    private <I, S> void write(StudyDefinition<I, S> study, I instance, RunOutcome<S> outcome, ObjectMapper mapper) {
        JsonNode solution = outcome.solution() == null ? null
                : study.solutionToJson(instance, outcome.solution(), mapper);
        try {
            new ResultFile(outcome.report(), solution).write(out, mapper);
        } catch (IOException e) {
            throw CliException.badInput("--out: the result file was not written: " + e.getMessage());
        }
    }

    private void printSummary(StudyDefinition<?, ?> study, RunReport r) {
        PrintWriter o = env.out();
        o.println("study " + r.study() + ", solver " + r.solver() + ", seed " + r.seed()
                + (preset == null ? "" : ", preset " + preset));
        if (r.configuration() != null) {
            o.println("configuration: " + r.configuration().describe() + " (recorded in the result)");
        }
        if (!studyParams.isEmpty()) {
            o.println("study parameters from --param: " + studyParams.entrySet().stream().map(e -> e.getKey() + "="
                    + e.getValue()).collect(java.util.stream.Collectors.joining(", ")) + " (recorded in the result)");
        }
        o.println("status: " + r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (r.error() != null) {
            env.err().println("evwb solve: the run failed: " + r.error());
        }
        o.println(Format.objectives("objectives:", ObjectiveFormat.of(study), r.objectives()));
        boolean bestSoFar = r.status() == RunStatus.CANCELLED; // a cancel keeps the best solution so far, checked
        if (r.feasible()) {
            o.println("checker: feasible (no violations)");
        } else if (bestSoFar && r.violations().isEmpty() && !r.objectives().isEmpty()) {
            o.println("checker: best so far is feasible (no violations)");
        } else if (!r.violations().isEmpty()) {
            o.println("checker: " + (bestSoFar ? "best so far is " : "") + "INFEASIBLE, " + r.violations().size()
                    + " violation" + (r.violations().size() == 1 ? "" : "s"));
            for (Violation v : r.violations()) {
                o.println("  " + v);
            }
        } else {
            o.println("checker: no solution to check");
        }
        o.println(String.format(java.util.Locale.ROOT, "time: %.3f s wall, %.3f s CPU", r.wallSeconds(),
                r.cpuSeconds()));
        o.println("compute carbon: " + Format.carbon(r.computeCarbon()));
        if (out != null) {
            o.println("result: " + out);
        }
    }
}
