package org.evwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.UserMessages;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb check PROJECT RESULT.json}: rebuilds the study's instance from the project, reads the result's solution
 * and runs the study's independent checker on it. Trusts nothing the result file says about itself.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the study's independent checker on a result file.",
                "Prints the verdict and every violation; exit code 0 feasible, 1 infeasible."})
final class CheckCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project the result was computed for")
    private Path project;

    @Parameters(index = "1", paramLabel = "RESULT.json", description = "a result file written by 'evwb solve'")
    private Path result;

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration to use (default: the first one for the study)")
    private String configId;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "the study parameter preset the result was solved with ('evwb solve --preset')")
    private String preset;

    CheckCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ProjectLoader loader = new ProjectLoader();
        ResultFile file;
        try {
            file = ResultFile.read(result, loader.io().mapper());
        } catch (ProjectFileException e) {
            throw CliException.badInput(e);
        }
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), file.report().study(),
                result + ": $.study: ");
        return check(study, loader, file);
    }

    private <I, S> int check(StudyDefinition<I, S> study, ProjectLoader loader, ResultFile file) {
        ObjectMapper mapper = loader.io().mapper();
        ProjectLoader.withPreset(study, null, preset);
        Project p = loader.load(project);
        I instance = ProjectLoader.instance(study, p, project, ProjectLoader.withPreset(study,
                ProjectLoader.config(p, project, study.id(), configId), preset));
        S solution;
        try {
            solution = study.solutionFromJson(instance, file.solution(), mapper);
        } catch (ProjectFileException e) {
            throw CliException.badInput(CliException.lines(result.toString(), e.problems().stream()
                    .map(CheckCommand::underSolution).toList()));
        } catch (RuntimeException e) {
            throw CliException.badInput(result + ": $.solution: cannot be read for study '" + study.id() + "': "
                    + UserMessages.of(e));
        }
        List<Violation> violations;
        Map<String, Double> objectives;
        try {
            violations = study.checker().check(instance, solution);
            objectives = study.objectives(instance, solution);
        } catch (RuntimeException e) {
            env.err().println("evwb check: the checker of study '" + study.id() + "' failed: "
                    + UserMessages.of(e));
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        PrintWriter o = env.out();
        o.println("study " + study.id() + ", solver " + file.report().solver() + ", seed " + file.report().seed()
                + ", status " + file.report().status().name().toLowerCase(java.util.Locale.ROOT));
        o.println(Format.objectives("objectives (recomputed):", ObjectiveFormat.of(study), objectives));
        if (violations.isEmpty()) {
            o.println("FEASIBLE: the independent checker found no violations");
        } else {
            o.println("INFEASIBLE: " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
            for (Violation v : violations) {
                o.println("  " + v);
            }
        }
        // a cancelled run's best so far is never "feasible" in its file: compare its recorded violations instead
        boolean cancelled = file.report().status() == RunStatus.CANCELLED;
        boolean recordedClean = cancelled ? file.report().violations().isEmpty() : file.report().feasible();
        if (recordedClean != violations.isEmpty()) {
            o.println("note: the result file records " + (cancelled ? file.report().violations().size()
                    + " violations" : "feasible = " + file.report().feasible())
                    + "; it disagrees with this check (edited, or written for another version of the project)");
        }
        return violations.isEmpty() ? EvwbCommand.EXIT_OK : EvwbCommand.EXIT_RUN_FAILED;
    }

    /** Studies name paths relative to {@code $.solution} or from the file's root; the user needs the latter. */
    private static Problem underSolution(Problem p) {
        String path = p.path();
        if (path.startsWith("$.solution")) {
            return p;
        }
        return new Problem("$.solution" + (path.startsWith("$") ? path.substring(1) : "." + path), p.message());
    }
}
