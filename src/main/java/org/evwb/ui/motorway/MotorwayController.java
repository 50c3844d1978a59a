package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.evwb.core.project.Project;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;

/**
 * The what-if loop behind the motorway views: after every change of the open project it waits {@value #DEBOUNCE_MS}
 * ms for the edits to settle, cancels a stale evaluation, and evaluates the layout in the background on the app's
 * {@link TaskExecutor}. It keeps the figures of the layout before the last edit for comparison, and follows the
 * project's motorway runs in {@link AppState}: the latest one that finished with a schedule, or the one the user
 * made active (runs panel ▸ Show).
 */
public final class MotorwayController {

    static final int DEBOUNCE_MS = 300;

    private final AppState state;
    private final StudyRegistry studies;
    private final TaskExecutor executor;
    private final Duration solverLimit;
    private final PauseTransition debounce = new PauseTransition(javafx.util.Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<MotorwayEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this,
            "evaluation");
    private final ReadOnlyObjectWrapper<MotorwayEvaluation.Summary> previous = new ReadOnlyObjectWrapper<>(this,
            "previous");
    private final ReadOnlyObjectWrapper<RunEntry> latestRun = new ReadOnlyObjectWrapper<>(this, "latestRun");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundTask<MotorwayEvaluation> current;
    private boolean keepPrevious;
    private boolean disposed;
    private int evaluations;

    public MotorwayController(AppState state, StudyRegistry studies, TaskExecutor executor, Duration solverLimit,
                              Subscriptions subscriptions) {
        this.state = state;
        this.studies = studies;
        this.executor = executor;
        this.solverLimit = solverLimit;
        debounce.setOnFinished(e -> startEvaluation());
        subscriptions.listen(state.projectProperty(), (o, was, now) -> projectChanged(was, now));
        subscriptions.listen(state.openCountProperty(), (o, a, b) -> {
            previous.set(null);
            keepPrevious = false;
        });
        subscriptions.listen(state.getRuns(), (ListChangeListener<RunEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            if (state.getRuns().isEmpty()) {
                latestRun.set(null);
            }
        });
        subscriptions.listen(state.activeRunProperty(), (o, a, run) -> {
            if (run != null && schedule(run).isPresent()) {
                latestRun.set(run);
            }
        });
        state.getRuns().forEach(this::watch);
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
        if (disposed || !applies(p)) {
            return;
        }
        cancelCurrent();
        MotorwayEvaluation before = evaluation.get();
        boolean compare = keepPrevious;
        MotorwayEvaluator ev = new MotorwayEvaluator(studies, solverLimit);
        BackgroundTask<MotorwayEvaluation> task = BackgroundTask.of("evaluating the motorway layout",
                ctx -> ev.evaluate(p)).onCancelRequested(ev::cancel);
        task.onSuccess(result -> {
            if (task != current || result == null) {
                return; // a newer evaluation replaced this one
            }
            if (compare && before != null && before.project() != p) {
                previous.set(before.summary());
            }
            evaluations++;
            evaluation.set(result);
            status.set("evaluated " + (result.feasible() ? "(conflict-free without waiting)"
                    : "(no conflict-free schedule without waiting)"));
            current = null;
        }).onFailure(t -> {
            if (task == current) {
                status.set("cannot evaluate: " + (t == null || t.getMessage() == null ? String.valueOf(t)
                        : t.getMessage()));
                evaluation.set(null);
                current = null;
            }
        }).onCancelled(() -> {
            if (task == current) {
                status.set("evaluation cancelled");
                current = null;
            }
        });
        current = task;
        status.set("evaluating…");
        task.executeWith(executor);
    }

    private void cancelCurrent() {
        if (current != null) {
            BackgroundTask<MotorwayEvaluation> c = current;
            current = null;
            c.cancel();
        }
    }

    /** Stops the debounce timer and the evaluation in progress (the views are going away). */
    void dispose() {
        disposed = true;
        debounce.stop();
        cancelCurrent();
    }

    private void watch(RunEntry entry) {
        if (entry.result() != null) {
            consider(entry);
        }
        entry.resultProperty().addListener((o, a, r) -> consider(entry));
    }

    private void consider(RunEntry entry) {
        if (schedule(entry).isPresent()) {
            latestRun.set(entry);
        }
    }

    /** A motorway run's typed result with its schedule, if the run has one. */
    private static Optional<RunResult<?, ?>> schedule(RunEntry entry) {
        RunResult<?, ?> r = entry.result();
        return r != null && MotorwayStudy.ID.equals(r.studyId()) && r.solutionAs(MotorwaySchedule.class).isPresent()
                && r.instanceAs(MotorwayInstance.class).isPresent() ? Optional.of(r) : Optional.empty();
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

    /** The motorway run the Gantt chart shows: the latest finished with a schedule, or the one made active. */
    public ReadOnlyObjectProperty<RunEntry> latestRunProperty() {
        return latestRun.getReadOnlyProperty();
    }

    /** Makes a finished motorway run the one shown; false when it has no schedule. */
    boolean showRun(RunEntry run) {
        if (schedule(run).isEmpty()) {
            return false;
        }
        latestRun.set(run);
        return true;
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

    /** The shown run's instance and schedule, as the run produced them (typed; nothing is parsed again). */
    public Optional<RunSchedule> latestRunSchedule() {
        RunEntry e = latestRun.get();
        return e == null ? Optional.empty() : schedule(e).map(r -> new RunSchedule(e.title(),
                r.instanceAs(MotorwayInstance.class).orElseThrow(), r.solutionAs(MotorwaySchedule.class)
                .orElseThrow()));
    }

    /** A run's schedule with the instance it belongs to. */
    public record RunSchedule(String title, MotorwayInstance instance, MotorwaySchedule schedule) { }

    StudyRegistry studies() {
        return studies;
    }

    AppState state() {
        return state;
    }
}
