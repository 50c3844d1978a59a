package org.evwb.ui.runs;

import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.io.SampleFiles;
import org.evwb.core.qubo.study.QuboRoundTrip;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyOverrides;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.platform.RunResult;

/**
 * The work of one solver run (on a worker thread): builds the study's instance from a snapshot of the project
 * (immutable, so safe there) and runs the solver through {@link OptimizerRunner}, the only place a report is made.
 * The result stays typed; JSON is made only when the result file is written.
 */
final class SolverRun {

    /** What a run produced: its typed result, and the exception behind a FAILED report (for the log), or null. */
    record Outcome(RunResult<?, ?> result, Throwable failure) { }

    /** An import of samples: its typed result and the warnings about the samples' stated energies. */
    record Imported(RunResult<?, ?> result, java.util.List<String> warnings) { }

    private SolverRun() {
    }

    /**
     * Samples of the study's exported QUBO brought back as a run (on a worker thread): the instance built from the
     * project snapshot with its configuration of the study, the file read and matched to its QUBO, the best sample
     * decoded and checked through {@link OptimizerRunner}.
     */
    static Imported importSamples(QuboStudy<?, ?> study, Project project, java.nio.file.Path file,
                                  OptimizerRunner runner, com.fasterxml.jackson.databind.ObjectMapper mapper,
                                  RunContext ctx) throws ProjectFileException {
        return imported(study, project, file, runner, new SampleFiles(mapper), ctx);
    }

    private static <I, S> Imported imported(QuboStudy<I, S> study, Project project, java.nio.file.Path file,
                                            OptimizerRunner runner, SampleFiles files, RunContext ctx)
            throws ProjectFileException {
        StudyConfig config = project.studyConfig(study.id()).orElse(null);
        ctx.progress(Double.NaN, "building the instance");
        I instance = study.buildInstance(project, config);
        ctx.progress(Double.NaN, "reading " + file.getFileName());
        QuboRoundTrip.Import<I, S> imp = QuboRoundTrip.prepare(study, instance, file.toString(),
                q -> files.read(file, q));
        RunOutcome<S> o = imp.run(runner, ctx);
        return new Imported(new RunResult<>(study, project, instance, o.solution(), o.report(), null),
                imp.warnings());
    }

    static Outcome run(StudyDefinition<?, ?> study, RunRequest request, Project project, OptimizerRunner runner,
                       RunContext ctx) throws ProjectFileException {
        return typed(study, request, project, runner, ctx);
    }

    private static <I, S> Outcome typed(StudyDefinition<I, S> def, RunRequest request, Project project,
                                        OptimizerRunner runner, RunContext ctx) throws ProjectFileException {
        SolverSpec<I, S> spec = def.solver(request.solverId()).orElseThrow(() -> new IllegalArgumentException(
                "study " + def.id() + " has no solver '" + request.solverId() + "'"));
        // the study parameters set for this run only go over the project's configuration, as --param does
        StudyConfig config = StudyOverrides.apply(def, project.studyConfig(def.id()).orElse(null),
                request.studyParameters());
        ctx.progress(Double.NaN, "building the instance");
        I instance = def.buildInstance(project, config, ctx);
        ctx.progress(Double.NaN, "running " + request.solverId());
        // the result records what it was solved with, so it checks the same after the settings change
        RunConfiguration recorded = RunConfiguration.of(def, project, config);
        RunOutcome<S> o = runner.run(def, spec, request.parameters(), instance, recorded, ctx);
        return new Outcome(new RunResult<>(def, project, instance, o.solution(), o.report(), null), o.failure());
    }
}
