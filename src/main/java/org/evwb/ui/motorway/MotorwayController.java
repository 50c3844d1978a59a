package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import org.evwb.core.project.Project;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.app.AppState;
import org.evwb.ui.app.TaskExecutor;
import org.evwb.ui.runs.RunEntry;
import org.evwb.ui.runs.RunsController;

/**
 * The what-if loop behind the motorway views: after every change of the open project it waits {@value #DEBOUNCE_MS}
 * ms for the edits to settle, cancels a stale evaluation, and evaluates the layout in the background on the app's
 * {@link TaskExecutor}. It keeps the figures of the layout before the last edit for comparison, and follows the
 * latest finished motorway run of the project.
 */
public final class MotorwayController {

    static final int DEBOUNCE_MS = 300;

    private final AppState state;
    private final StudyRegistry studies;
    private final TaskExecutor executor;
    private final RunsController runs;
    private final Duration solverLimit;
    private final PauseTransition debounce = new PauseTransition(javafx.util.Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<MotorwayEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this,
            "evaluation");
    private final ReadOnlyObjectWrapper<MotorwayEvaluation.Summary> previous = new ReadOnlyObjectWrapper<>(this,
            "previous");
    private final ReadOnlyObjectWrapper<RunEntry> latestRun = new ReadOnlyObjectWrapper<>(this, "latestRun");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Task<MotorwayEvaluation> current;
    private MotorwayEvaluator currentEvaluator;
    private boolean keepPrevious;
    private int evaluations;

    public MotorwayController(AppState state, StudyRegistry studies, TaskExecutor executor, RunsController runs,
                              Duration solverLimit) {
        this.state = state;
        this.studies = studies;
        this.executor = executor;
        this.runs = runs;
        this.solverLimit = solverLimit;
        debounce.setOnFinished(e -> startEvaluation());
        state.projectProperty().addListener((o, was, now) -> projectChanged(was, now));
        state.openCountProperty().addListener((o, a, b) -> {
            previous.set(null);
            keepPrevious = false;
        });
        runs.runs().addListener((ListChangeListener<RunEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            if (runs.runs().isEmpty()) {
                latestRun.set(null);
            }
        });
        runs.runs().forEach(this::watch);
        if (applies(state.getProject())) {
            debounce.playFromStart();
        }
    }

    private void projectChanged(Project was, Project now) {
        if (now == null || !applies(now)) {
            cancelCurrent();
            debounce.stop();
            evaluation.set(null);
            return;
        }
        // An edit (not an open) keeps the figures before it for comparison; several quick edits compare with the
        // layout before the first of them.
        keepPrevious = was != null && evaluation.get() != null;
        debounce.playFromStart();
    }

    /** True when the motorway views apply to {@code p}: the study is registered and p has a motorway. */
    public boolean applies(Project p) {
        return studies.study(MotorwayStudy.ID).isPresent() && MotorwayEvaluator.applies(p);
    }

    /** Evaluates now (skipping the debounce). */
    public void evaluateNow() {
        debounce.stop();
        startEvaluation();
    }

    private void startEvaluation() {
        Project p = state.getProject();
        if (!applies(p)) {
            return;
        }
        cancelCurrent();
        MotorwayEvaluation before = evaluation.get();
        boolean compare = keepPrevious;
        MotorwayEvaluator ev = new MotorwayEvaluator(studies, solverLimit);
        Task<MotorwayEvaluation> task = new Task<>() {
            @Override
            protected MotorwayEvaluation call() throws Exception {
                updateMessage("evaluating the motorway layout");
                return ev.evaluate(p);
            }
        };
        task.setOnSucceeded(e -> {
            if (task != current || task.getValue() == null) {
                return; // a newer evaluation replaced this one
            }
            if (compare && before != null && before.project() != p) {
                previous.set(before.summary());
            }
            evaluations++;
            evaluation.set(task.getValue());
            status.set("evaluated " + (task.getValue().feasible() ? "(conflict-free without waiting)"
                    : "(no conflict-free schedule without waiting)"));
            current = null;
        });
        task.setOnFailed(e -> {
            if (task == current) {
                Throwable t = task.getException();
                status.set("cannot evaluate: " + (t == null || t.getMessage() == null ? String.valueOf(t)
                        : t.getMessage()));
                evaluation.set(null);
                current = null;
            }
        });
        current = task;
        currentEvaluator = ev;
        status.set("evaluating…");
        state.track(task);
        executor.execute(task);
    }

    private void cancelCurrent() {
        if (current != null) {
            currentEvaluator.cancel();
            current.cancel(false);
            current = null;
        }
    }

    private void watch(RunEntry entry) {
        if (entry.report() != null) {
            consider(entry);
        }
        entry.reportProperty().addListener((o, a, r) -> consider(entry));
    }

    private void consider(RunEntry entry) {
        RunReport r = entry.report();
        if (r != null && MotorwayStudy.ID.equals(r.study()) && entry.solution() != null) {
            latestRun.set(entry);
        }
    }

    /** The latest evaluation of the open project's layout (null before the first, or without a motorway). */
    public ReadOnlyObjectProperty<MotorwayEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public MotorwayEvaluation evaluation() {
        return evaluation.get();
    }

    /** The figures of the layout before the last edit (null after an open). */
    public ReadOnlyObjectProperty<MotorwayEvaluation.Summary> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    /** The latest finished motorway run with a solution. */
    public ReadOnlyObjectProperty<RunEntry> latestRunProperty() {
        return latestRun.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many evaluations have finished (tests wait on it). */
    public int evaluationCount() {
        return evaluations;
    }

    /** True while an evaluation is pending or running. */
    public boolean isBusy() {
        return current != null || debounce.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** The latest run's schedule decoded against the current instance, if it still fits the project. */
    public Optional<MotorwaySchedule> latestRunSchedule(MotorwayInstance in) {
        RunEntry r = latestRun.get();
        if (r == null || in == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MotorwayEvaluator.motorwayStudy(studies).solutionFromJson(in, r.solution(),
                    org.evwb.core.project.Json.newMapper()));
        } catch (org.evwb.core.project.ProjectFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    StudyRegistry studies() {
        return studies;
    }

    RunsController runs() {
        return runs;
    }
}
