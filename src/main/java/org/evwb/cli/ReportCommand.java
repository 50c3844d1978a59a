package org.evwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.UserMessages;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.Violation;
import org.evwb.report.ReportDocument;
import org.evwb.report.ReportWriter;
import org.evwb.report.RunReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb report RESULT.json… --project P [--format pdf|html] --out FILE [--compare]}: the report of a run as PDF
 * or one HTML file, checked against the project first (a solution that no longer fits is said so in the report); with
 * {@code --compare}, several runs on the same instance side by side, one row per run.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the report of a run (PDF or HTML), or with --compare of several runs side by side.",
                "Each result is checked against the project first; long tables are also written as CSV beside."})
final class ReportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(arity = "1..*", paramLabel = "RESULT.json", description = "result files written by 'evwb solve'")
    private List<Path> results;

    @Option(names = "--project", required = true, paramLabel = "PROJECT",
            description = "the project the results were computed for")
    private Path project;

    @Option(names = "--format", paramLabel = "pdf|html",
            description = "the report's format (default: from the --out file's extension)")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "write the report here")
    private Path out;

    @Option(names = "--compare", description = "one comparison report of every result, one row per run")
    private boolean compare;

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration the results were solved with (default: the first)")
    private String configId;

    ReportCommand(CliEnvironment env) {
        this.env = env;
    }

    /** A result file re-checked against the project: the fresh report, the solution (null if none fits), notes. */
    private record Checked(StudyDefinition<?, ?> study, Object instance, Object solution, RunReport report,
                           List<String> notes, Map<String, Object> studyParameters) { }

    @Override
    public Integer call() {
        ReportWriter.Format f = format();
        if (results.size() > 1 && !compare) {
            throw CliException.badInput("report: " + results.size() + " result files given; add --compare for a "
                    + "comparison report, or give one result file");
        }
        CliFiles.checkWritable("--out", out);
        ProjectLoader loader = new ProjectLoader();
        Project p = loader.load(project);
        List<Checked> checked = new ArrayList<>();
        for (Path r : results) {
            checked.add(check(loader, p, r));
        }
        ReportDocument doc;
        if (compare) {
            StudyDefinition<?, ?> study = checked.get(0).study();
            for (int i = 1; i < checked.size(); i++) {
                if (!checked.get(i).study().id().equals(study.id())) {
                    throw CliException.badInput(results.get(i) + ": $.study: '" + checked.get(i).study().id()
                            + "', but " + results.get(0) + " is '" + study.id() + "'; a comparison is of one study's"
                            + " runs on one instance");
                }
            }
            List<RunReports.Compared> runs = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                RunReport rep = checked.get(i).report();
                runs.add(new RunReports.Compared(results.get(i).getFileName() + " (" + rep.solver() + ", seed "
                        + rep.seed() + ")", rep));
            }
            doc = RunReports.comparison(p.name(), study, runs);
        } else {
            doc = single(p, checked.get(0));
        }
        List<Path> written;
        try {
            written = ReportWriter.write(doc, f, out);
        } catch (IOException | RuntimeException e) {
            throw CliException.badInput("--out: the report was not written: " + UserMessages.of(e));
        }
        for (Path w : written) {
            env.out().println("wrote " + w);
        }
        for (Checked c : checked) {
            c.notes().forEach(n -> env.err().println("evwb report: note: " + n));
        }
        return EvwbCommand.EXIT_OK;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ReportDocument single(Project p, Checked c) {
        StudyDefinition study = c.study();
        return RunReports.run(new RunReports.Context(p.name(), c.studyParameters(), c.notes()), study, c.instance(),
                c.solution(), c.report());
    }

    private ReportWriter.Format format() {
        ReportWriter.Format byName = ReportWriter.Format.ofFile(out);
        if (format == null) {
            if (byName == null) {
                throw CliException.badInput("--out: " + out + ": cannot tell the format from the name; end it in "
                        + ".pdf or .html, or give --format pdf|html");
            }
            return byName;
        }
        ReportWriter.Format f = ReportWriter.Format.of(format);
        if (f == null) {
            throw CliException.badInput("--format: '" + format + "' is not a report format; use pdf or html");
        }
        return f;
    }

    private Checked check(ProjectLoader loader, Project p, Path result) {
        ObjectMapper mapper = loader.io().mapper();
        ResultFile file;
        try {
            file = ResultFile.read(result, mapper);
        } catch (ProjectFileException e) {
            throw CliException.badInput(e);
        }
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), file.report().study(),
                result + ": $.study: ");
        return check(study, p, result, file, mapper);
    }

    private <I, S> Checked check(StudyDefinition<I, S> study, Project p, Path result, ResultFile file,
                                 ObjectMapper mapper) {
        // the configuration the result records, as `check` uses it; --config picks another
        org.evwb.core.solve.RunConfiguration recorded = file.report().configuration();
        StudyConfig config;
        Map<String, Object> params;
        if (configId == null && recorded != null) {
            try {
                config = recorded.toStudyConfig(study, result.toString());
            } catch (ProjectFileException e) {
                throw CliException.badInput(e);
            }
            params = recorded.parameters();
        } else {
            config = ProjectLoader.config(p, project, study.id(), configId);
            params = RunReports.studyParameters(study, p, config);
        }
        I instance = ProjectLoader.instance(study, p, project, config);
        List<String> notes = new ArrayList<>();
        RunReport saved = file.report();
        S solution;
        try {
            solution = study.solutionFromJson(instance, file.solution(), mapper);
        } catch (ProjectFileException | RuntimeException e) {
            notes.add(result.getFileName() + ": the solution no longer fits the project " + project.getFileName()
                    + " (" + UserMessages.of(e) + "); the figures below are those the result file records");
            return new Checked(study, instance, null, saved, notes, params);
        }
        List<Violation> violations;
        Map<String, Double> objectives;
        try {
            violations = study.checker().check(instance, solution);
            objectives = study.objectives(instance, solution);
        } catch (RuntimeException e) {
            notes.add("the checker of study '" + study.id() + "' failed on " + result.getFileName() + ": "
                    + UserMessages.of(e) + "; the figures below are those the result file records");
            return new Checked(study, instance, null, saved, notes, params);
        }
        if (violations.isEmpty() != saved.violations().isEmpty()) {
            notes.add(result.getFileName() + " records " + saved.violations().size() + " violations; checked "
                    + "against the project as it is now the checker finds " + violations.size());
        }
        RunReport now = new RunReport(saved.study(), saved.solver(), saved.seed(), saved.parameters(),
                saved.startedAt(), saved.status(), saved.wallSeconds(), saved.cpuSeconds(), saved.computeCarbon(),
                objectives, violations, saved.error(), saved.configuration());
        return new Checked(study, instance, solution, now, notes, params);
    }
}
