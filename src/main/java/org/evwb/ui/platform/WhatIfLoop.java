package org.evwb.ui.platform;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evwb.core.project.Project;

/**
 * The what-if loop a study's planner views share: after every change of the open project (an edit in the property
 * editor, an undo) or of the view's own choices ({@link #changed()}) it waits {@value #DEBOUNCE_MS} ms for the edits
 * to settle, cancels a stale evaluation and evaluates the layout in the background on the app's
 * {@link TaskExecutor}. It keeps the evaluation of the layout before the last edit ({@link #previousProperty()}) for
 * the "before" column — several quick edits compare with the layout before the first of them — and forgets it when
 * another project opens. The study supplies what applies and the evaluation's {@link BackgroundTask}; the loop owns
 * the timing, the stale-result rule (only the latest task's result is taken) and the status line.
 *
 * @param <R> the study's evaluation
 */
public final class WhatIfLoop<R> {

    /** How long the loop waits after the last change before it evaluates. */
    public static final int DEBOUNCE_MS = 300;

    /** What the loop says about a finished evaluation, e.g. "evaluated (conflict-free without waiting)". */
    public interface Texts<R> {
        /** The status while an evaluation runs. */
        String running();

        /** The status after {@code result}. */
        String done(R result);
    }

    private final AppState state;
    private final TaskExecutor executor;
    private final Predicate<Project> applies;
    private final Function<Project, BackgroundTask<R>> tasks;
    private final Texts<R> texts;
    private final PauseTransition debounce = new PauseTransition(javafx.util.Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<R> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<R> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundTask<R> current;
    private boolean keepPrevious;
    private boolean disposed;
    private int evaluations;

    /**
     * Starts watching the open project (and evaluates it, after the debounce, when it applies).
     *
     * @param applies whether the study's what-if applies to a project (e.g. "it has a motorway")
     * @param tasks   the evaluation of a project as a background task, not yet executed (its callbacks are the
     *                loop's; a null result counts as cancelled)
     * @param texts   the status texts
     */
    public WhatIfLoop(AppState state, TaskExecutor executor, Subscriptions subscriptions, Predicate<Project> applies,
                      Function<Project, BackgroundTask<R>> tasks, Texts<R> texts) {
        this.state = state;
        this.executor = executor;
        this.applies = applies;
        this.tasks = tasks;
        this.texts = texts;
        debounce.setOnFinished(e -> {
            state.workPending(this, false);
            startEvaluation();
        });
        subscriptions.listen(state.projectProperty(), (o, was, now) -> projectChanged(was, now));
        subscriptions.listen(state.openCountProperty(), (o, a, b) -> {
            previous.set(null);
            keepPrevious = false;
        });
    }

    /** Texts from a fixed running text and a function of the result. */
    public static <R> Texts<R> texts(Supplier<String> running, Function<R, String> done) {
        return new Texts<>() {
            @Override
            public String running() {
                return running.get();
            }

            @Override
            public String done(R result) {
                return done.apply(result);
            }
        };
    }

    /** Evaluates the open project after the debounce, if it applies (call once the view is set up). */
    public void start() {
        if (applies.test(state.getProject())) {
            schedule();
        }
    }

    /** One of the view's own choices changed (a heuristic, a focus): evaluate again, the current figures beside. */
    public void changed() {
        keepPrevious = evaluation.get() != null;
        if (applies.test(state.getProject())) {
            schedule();
        }
    }

    /**
     * Evaluates again after the debounce without moving the "before" figures (the layout did not change: the view
     * asks for figures it does not have yet, e.g. of another server).
     */
    public void refresh() {
        if (applies.test(state.getProject())) {
            schedule();
        }
    }

    private void projectChanged(Project was, Project now) {
        if (now == null || !applies.test(now)) {
            cancelCurrent();
            unschedule();
            evaluation.set(null);
            return;
        }
        // an edit (not an open) keeps the figures before it; quick edits compare with the layout before the first
        keepPrevious = keepPrevious || (was != null && evaluation.get() != null);
        schedule();
    }

    /** Evaluates now (skipping the debounce). */
    public void evaluateNow() {
        unschedule();
        startEvaluation();
    }

    /** (Re)starts the debounce; the window counts the loop as having work pending until it fires or stops. */
    private void schedule() {
        state.workPending(this, true);
        debounce.playFromStart();
    }

    private void unschedule() {
        debounce.stop();
        state.workPending(this, false);
    }

    private void startEvaluation() {
        Project p = state.getProject();
        if (disposed || !applies.test(p)) {
            return;
        }
        cancelCurrent();
        R before = evaluation.get();
        boolean compare = keepPrevious;
        BackgroundTask<R> task = tasks.apply(p);
        task.onSuccess(result -> {
            if (task != current) {
                return; // a newer evaluation replaced this one
            }
            current = null;
            if (result == null) {
                status.set("evaluation cancelled");
                return;
            }
            if (compare && before != null) {
                previous.set(before);
            }
            keepPrevious = false;
            evaluations++;
            evaluation.set(result);
            status.set(texts.done(result));
        }).onFailure(t -> {
            if (task == current) {
                current = null;
                status.set("cannot evaluate: " + (t == null || t.getMessage() == null ? String.valueOf(t)
                        : t.getMessage()));
                evaluation.set(null);
            }
        }).onCancelled(() -> {
            if (task == current) {
                current = null;
                status.set("evaluation cancelled");
            }
        });
        current = task;
        status.set(texts.running());
        task.executeWith(executor);
    }

    private void cancelCurrent() {
        if (current != null) {
            BackgroundTask<R> c = current;
            current = null;
            c.cancel();
        }
    }

    /** Stops the debounce timer and the evaluation in progress (the views are going away). */
    public void dispose() {
        disposed = true;
        unschedule();
        cancelCurrent();
    }

    /** The latest evaluation (null before the first, or when the what-if does not apply). */
    public ReadOnlyObjectProperty<R> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public R evaluation() {
        return evaluation.get();
    }

    /** The evaluation of the layout before the last edit (null after an open). */
    public ReadOnlyObjectProperty<R> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    public R previous() {
        return previous.get();
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
        return current != null || debounce.getStatus() == Animation.Status.RUNNING;
    }
}
