package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evwb.core.project.Project;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.OnShow;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;

/**
 * The what-if loop behind the motorway views: after every change of the open project it waits {@value #DEBOUNCE_MS}
 * ms for the edits to settle, cancels a stale evaluation, and evaluates the layout in the background on the app's
 * {@link TaskExecutor}. It keeps the figures of the layout before the last edit for comparison, and gives both motorway
 * views the one schedule on show ({@link #shownProperty()}), from the app state's {@link OnShow}: a motorway run, or
 * the what-if schedule.
 */
public final class MotorwayController {

    static final int DEBOUNCE_MS = 300;
    /** The what-if schedules' names in the app state's {@link OnShow}. */
    public static final String WHAT_IF = "motorway.what-if";
    public static final String WHAT_IF_WAITING = "motorway.what-if.waiting";

    private final AppState state;
    private final StudyRegistry studies;
    private final TaskExecutor executor;
    private final Duration solverLimit;
    private final PauseTransition debounce = new PauseTransition(javafx.util.Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<MotorwayEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this,
            "evaluation");
    private final ReadOnlyObjectWrapper<MotorwayEvaluation.Summary> previous = new ReadOnlyObjectWrapper<>(this,
            "previous");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
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
        subscriptions.listen(state.onShowProperty(), (o, a, b) -> refreshShown());
        refreshShown();
        if (applies(state.getProject())) {
            debounce.playFromStart();
        }
    }

    private void projectChanged(Project was, Project now) {
        if (now == null || !applies(now)) {
            cancelCurrent();
            debounce.stop();
            evaluation.set(null);
            refreshShown();
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
            refreshShown();
            status.set("evaluated " + (result.feasible() ? "(conflict-free without waiting)"
                    : "(no conflict-free schedule without waiting)"));
            current = null;
        }).onFailure(t -> {
            if (task == current) {
                status.set("cannot evaluate: " + (t == null || t.getMessage() == null ? String.valueOf(t)
                        : t.getMessage()));
                evaluation.set(null);
                refreshShown();
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

    /**
     * The schedule both motorway views — the Gantt chart and the map's EMV lines — show, with its source named: the
     * motorway run on show in the app state, else the what-if evaluation's (the no-waiting schedule, or the one with
     * waiting when the user picked it). Null before the first evaluation when no run is on show.
     */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }

    /** Puts the what-if schedule on show (the user picked it): without waiting, or with waiting allowed. */
    public void showWhatIf(boolean waiting) {
        state.show(waiting ? OnShow.view(WHAT_IF_WAITING, whatIfLabel(true))
                : OnShow.view(WHAT_IF, whatIfLabel(false)));
    }

    /** True when a finished motorway run has a schedule to show (the host has put it on show). */
    boolean showRun(RunEntry run) {
        return schedule(run).isPresent();
    }

    /** What the views call a what-if schedule, e.g. "What-if (cpsat, 3 s)". */
    String whatIfLabel(boolean waiting) {
        return "What-if" + (waiting ? ", waiting allowed" : "") + " (cpsat, " + solverLimit.toSeconds() + " s)";
    }

    private void refreshShown() {
        OnShow s = state.getOnShow();
        if (s != null && s.run() != null) {
            Optional<RunResult<?, ?>> r = schedule(s.run());
            if (r.isPresent()) {
                shown.set(new Shown(s.label(), "", r.get().project(), r.get().instanceAs(MotorwayInstance.class)
                        .orElseThrow(), r.get().solutionAs(MotorwaySchedule.class).orElseThrow(), s.run()));
                return;
            }
        }
        MotorwayEvaluation ev = evaluation.get();
        if (ev == null) {
            shown.set(null);
        } else if (s != null && s.isView(WHAT_IF_WAITING)) {
            shown.set(new Shown(whatIfLabel(true), "least total waiting", ev.project(), ev.waitingInstance(),
                    ev.waiting(), null));
        } else {
            // the default when neither a motorway run nor another what-if is on show (an exchange run, say)
            shown.set(new Shown(whatIfLabel(false), ev.feasible() ? "conflict-free, no waiting"
                    : "no conflict-free schedule without waiting" + (ev.feasibility()
                    == MotorwaySchedule.Status.PROVED_INFEASIBLE ? " (proved)" : "") + "; greedy's schedule",
                    ev.project(), ev.instance(), ev.noWait(), null));
        }
    }

    /**
     * A schedule on show with the instance it belongs to.
     *
     * @param source  what both views call it: "Run: motorway / cpsat · seed 1" or "What-if (cpsat, 3 s)"
     * @param detail  what kind of schedule it is, for the Gantt chart's title ("" for a run)
     * @param project the project it was made for (a what-if schedule is drawn on the map only over that project)
     * @param run     the run, or null for a what-if schedule
     */
    public record Shown(String source, String detail, Project project, MotorwayInstance instance,
                        MotorwaySchedule schedule, RunEntry run) {

        /** The Gantt chart's title: the source, and what kind of schedule it is. */
        public String title() {
            return detail.isEmpty() ? source : source + ": " + detail;
        }
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

    StudyRegistry studies() {
        return studies;
    }

    AppState state() {
        return state;
    }
}
