package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import javafx.concurrent.Task;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.ui.chart.LiveChart;

/**
 * One solver run as a {@link Task}: builds the study's instance from a snapshot of the project (immutable, so safe on
 * the worker thread), runs it through {@link OptimizerRunner} and writes the solution as JSON. Progress and events
 * come through {@link RunContext}. Cancelling asks the solver to stop; the task ends CANCELLED when it has stopped,
 * so the state change means the work really ended.
 */
public final class SolverTask extends Task<RunOutcome<?>> {

    private final StudyDefinition<?, ?> study;
    private final String solverId;
    private final Record parameters;
    private final Project project;
    private final OptimizerRunner runner;
    private final ObjectMapper mapper;
    private final RunContext context;
    private volatile RunOutcome<?> outcome;
    private volatile JsonNode solutionJson;

    SolverTask(StudyDefinition<?, ?> study, RunRequest request, Project project, OptimizerRunner runner,
               ObjectMapper mapper, LiveChart chart) {
        this.study = study;
        this.solverId = request.solverId();
        this.parameters = request.parameters();
        this.project = project;
        this.runner = runner;
        this.mapper = mapper;
        Duration limit = request.timeLimit();
        this.context = new RunContext(request.seed(), limit, new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                updateProgress(fraction, 1);
                updateMessage(message);
            }

            @Override
            public void onEvent(RunEvent event) {
                if (chart != null) {
                    chart.offer(event);
                }
            }
        });
        updateMessage("waiting to start");
    }

    /** Asks the solver to stop at its next check; thread-safe. */
    public void requestCancel() {
        context.cancel();
    }

    /** The outcome once call() has returned (also for a cancelled run), else null. */
    public RunOutcome<?> outcome() {
        return outcome;
    }

    /** The solution in plain terms, or null. */
    public JsonNode solutionJson() {
        return solutionJson;
    }

    @Override
    protected RunOutcome<?> call() throws ProjectFileException {
        updateMessage("building the instance");
        RunOutcome<?> o = runTyped(study);
        outcome = o;
        if (o.report().status() == RunStatus.CANCELLED) {
            cancel(false); // the report is kept in outcome(); the task's state tells every view it was cancelled
        }
        return o;
    }

    private <I, S> RunOutcome<S> runTyped(StudyDefinition<I, S> def) throws ProjectFileException {
        SolverSpec<I, S> spec = def.solver(solverId).orElseThrow(() -> new IllegalArgumentException(
                "study " + def.id() + " has no solver '" + solverId + "'"));
        StudyConfig config = project.studies().stream().filter(c -> c.study().equals(def.id())).findFirst()
                .orElse(null);
        I instance = def.buildInstance(project, config);
        updateMessage("running " + solverId);
        RunOutcome<S> o = runner.run(def, spec, parameters, instance, context);
        if (o.solution() != null) {
            solutionJson = def.solutionToJson(instance, o.solution(), mapper);
        }
        return o;
    }
}
