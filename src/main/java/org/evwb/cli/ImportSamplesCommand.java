package org.evwb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.io.SampleFiles;
import org.evwb.core.qubo.study.QuboRoundTrip;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb import-samples PROJECT --study ID SAMPLES [--config ID] [--out RESULT.json]}: samples of the study's
 * exported QUBO (a bit string, a sample-set CSV or an Ocean sample-set JSON) back into the study: each decoded with the
 * study's own decoding, energies recomputed, the best checked by the study's checker and written as a normal result
 * file (solver {@code import}) that {@code evwb check} reads like any other.
 */
@Command(name = "import-samples", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bring samples of an exported QUBO back into the study as a checked run.",
                "SAMPLES: a .txt of bit strings (or one bit string on the command line), a .csv sample set, or an "
                        + "Ocean sample set .json (sampleset.to_serializable()).",
                "Exit code 0 when the best sample decodes to a feasible solution, 1 when it does not, 2 bad input."})
final class ImportSamplesCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private ComputeCarbon.Settings carbonSettings;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project the QUBO was exported from")
    private Path project;

    @Parameters(index = "1", paramLabel = "SAMPLES", description = "the sample file, or a bit string such as 0110")
    private String samples;

    @Option(names = "--study", required = true, paramLabel = "ID", description = "the study whose QUBO was sampled")
    private String studyId;

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration the QUBO was exported with (default: the first one)")
    private String configId;

    @Option(names = "--out", paramLabel = "RESULT.json", description = "write the result file here")
    private Path out;

    @Mixin
    private CarbonOptions carbon = new CarbonOptions();

    ImportSamplesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        carbonSettings = carbon.over(env.carbon()); // refused before the project is read
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "--study: ");
        if (!(study instanceof QuboStudy<?, ?> q)) {
            throw CliException.badInput("--study: study '" + studyId + "' has no QUBO formulation; QUBO studies: "
                    + String.join(", ", ExportQuboCommand.quboStudies(env)));
        }
        if (out != null) {
            CliFiles.refuseProjectFile(out, project, "write the result beside it, e.g. --out result.json");
            CliFiles.checkWritable("--out", out);
        }
        return run(q, new ProjectLoader());
    }

    private <I, S> int run(QuboStudy<I, S> study, ProjectLoader loader) {
        ObjectMapper mapper = loader.io().mapper();
        Project p = loader.load(project);
        StudyConfig config = ProjectLoader.config(p, project, study.id(), configId);
        I instance = ProjectLoader.instance(study, p, project, config);
        SampleFiles files = new SampleFiles(mapper);
        Path file = Path.of(samples);
        boolean literal = !Files.exists(file) && samples.strip().matches("[01]+|.*=.*");
        QuboRoundTrip.Import<I, S> imported;
        try {
            imported = QuboRoundTrip.prepare(study, instance, literal ? "(command line)" : samples,
                    q -> literal ? files.literal(samples.strip(), q) : files.read(file, q));
        } catch (ProjectFileException e) {
            throw CliException.badInput(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw CliException.badInput(project + ": $: the " + study.id() + " QUBO cannot be built: "
                    + org.evwb.core.project.UserMessages.of(e));
        }
        imported.warnings().forEach(w -> env.err().println("evwb import-samples: warning: " + w));
        RunContext context = new RunContext(0, null, RunListener.NONE);
        // recorded like a solve's, so that `check` needs no --config
        RunOutcome<S> outcome = imported.run(new OptimizerRunner(carbonSettings, mapper),
                ProjectLoader.recorded(study, p, project, config), context);
        if (out != null) {
            JsonNode solution = outcome.solution() == null ? null
                    : study.solutionToJson(instance, outcome.solution(), mapper);
            try {
                new ResultFile(outcome.report(), solution).write(out, mapper);
            } catch (IOException e) {
                throw CliException.badInput("--out: the result file was not written: " + e.getMessage());
            }
        }
        print(study, imported, outcome.report());
        return outcome.report().feasible() ? EvwbCommand.EXIT_OK : EvwbCommand.EXIT_RUN_FAILED;
    }

    private void print(QuboStudy<?, ?> study, QuboRoundTrip.Import<?, ?> imported, RunReport r) {
        PrintWriter o = env.out();
        QuboRoundTrip.ImportParameters p = imported.parameters();
        o.println("study " + r.study() + ", solver " + r.solver() + ": " + p.rows() + " samples (" + p.reads()
                + " reads, " + imported.samples().samples().size() + " distinct) from " + p.file() + " ("
                + p.format() + ", " + p.vartype() + ")");
        o.println("best sample: energy " + Format.number(imported.samples().bestEnergy()) + " (recomputed from the "
                + "QUBO " + p.fingerprint() + ")");
        o.println("status: " + r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (r.error() != null) {
            env.err().println("evwb import-samples: the run failed: " + r.error());
        }
        o.println(Format.objectives("objectives:", ObjectiveFormat.of(study), r.objectives()));
        if (r.feasible()) {
            o.println("checker: feasible (no violations)");
        } else if (!r.violations().isEmpty()) {
            o.println("checker: INFEASIBLE, " + r.violations().size() + " violation"
                    + (r.violations().size() == 1 ? "" : "s"));
            for (Violation v : r.violations()) {
                o.println("  " + v);
            }
        } else {
            o.println("checker: no solution to check");
        }
        if (out != null) {
            o.println("result: " + out);
        }
    }
}
