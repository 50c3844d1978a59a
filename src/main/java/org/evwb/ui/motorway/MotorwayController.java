package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
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
import org.evwb.ui.platform.WhatIfLoop;

/**
 * The what-if behind the motorway views, on the shared {@link WhatIfLoop}: after every change of the open project it
 * waits for the edits to settle, cancels a stale evaluation, and evaluates the layout in the background. It keeps the figures of the layout before the last edit for comparison, and gives both motorway
 * views the one schedule on show ({@link #shownProperty()}), from the app state's {@link OnShow}: a motorway run, or
 * the what-if schedule.
 */
public final class MotorwayController {

    static final int DEBOUNCE_MS = WhatIfLoop.DEBOUNCE_MS;
    /** The what-if schedules' names in the app state's {@link OnShow}. */
    public static final String WHAT_IF = "motorway.what-if";
    public static final String WHAT_IF_WAITING = "motorway.what-if.waiting";

    private final AppState state;
    private final StudyRegistry studies;
    private final Duration solverLimit;
    private final WhatIfLoop<MotorwayEvaluation> loop;
    private final ReadOnlyObjectWrapper<MotorwayEvaluation.Summary> previous = new ReadOnlyObjectWrapper<>(this,
            "previous");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public MotorwayController(AppState state, StudyRegistry studies, TaskExecutor executor, Duration solverLimit,
                              Subscriptions subscriptions) {
        this.state = state;
        this.studies = studies;
        this.solverLimit = solverLimit;
        this.loop = new WhatIfLoop<>(state, executor, subscriptions, this::applies, this::evaluation,
                WhatIfLoop.texts(() -> "evaluating…", result -> "evaluated " + (result.feasible()
                        ? "(conflict-free without waiting)" : "(no conflict-free schedule without waiting)")));
        loop.previousProperty().addListener((o, a, b) -> previous.set(b == null ? null : b.summary()));
        loop.evaluationProperty().addListener((o, a, b) -> refreshShown());
        subscriptions.listen(state.onShowProperty(), (o, a, b) -> refreshShown());
        refreshShown();
        loop.start();
    }

    private BackgroundTask<MotorwayEvaluation> evaluation(Project p) {
        MotorwayEvaluator ev = new MotorwayEvaluator(studies, solverLimit);
        return BackgroundTask.of("evaluating the motorway layout", ctx -> ev.evaluate(p))
                .onCancelRequested(ev::cancel);
    }

    /** True when the motorway views apply to {@code p}: the study is registered and p has a motorway. */
    public boolean applies(Project p) {
        return studies.study(MotorwayStudy.ID).isPresent() && MotorwayEvaluator.applies(p);
    }

    /** Evaluates now (skipping the debounce). */
    public void evaluateNow() {
        loop.evaluateNow();
    }

    /** Stops the debounce timer and the evaluation in progress (the views are going away). */
    void dispose() {
        loop.dispose();
    }

    /** A motorway run's typed result with its schedule, if the run has one. */
    private static Optional<RunResult<?, ?>> schedule(RunEntry entry) {
        RunResult<?, ?> r = entry.result();
        return r != null && MotorwayStudy.ID.equals(r.studyId()) && r.solutionAs(MotorwaySchedule.class).isPresent()
                && r.instanceAs(MotorwayInstance.class).isPresent() ? Optional.of(r) : Optional.empty();
    }

    /** The latest evaluation of the open project's layout (null before the first, or without a motorway). */
    public ReadOnlyObjectProperty<MotorwayEvaluation> evaluationProperty() {
        return loop.evaluationProperty();
    }

    public MotorwayEvaluation evaluation() {
        return loop.evaluation();
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
        MotorwayEvaluation ev = loop.evaluation();
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
        return loop.statusProperty();
    }

    /** How many evaluations have finished (tests wait on it). */
    public int evaluationCount() {
        return loop.evaluationCount();
    }

    /** True while an evaluation is pending or running. */
    public boolean isBusy() {
        return loop.isBusy();
    }

    StudyRegistry studies() {
        return studies;
    }

    AppState state() {
        return state;
    }
}
