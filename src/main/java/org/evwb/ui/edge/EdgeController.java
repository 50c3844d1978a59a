package org.evwb.ui.edge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evwb.core.project.Project;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.OnShow;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;

/**
 * The what-if loop behind the edge views: after every change of the open project (a server's battery edited in the
 * property editor, its solar series, the task recipe) or of the what-if's own choices (heuristic, panel factor) it
 * waits {@value #DEBOUNCE_MS} ms for the edits to settle, cancels a stale evaluation and evaluates the layout in the
 * background. It keeps the figures of the layout before the last edit beside the new ones, and gives the day chart
 * and the density view the one schedule on show ({@link #shownProperty()}): the edge run on show in the app state,
 * else the what-if schedule.
 */
public final class EdgeController {

    static final int DEBOUNCE_MS = 300;
    /** The what-if schedule's key in the app state's {@link OnShow}. */
    public static final String WHAT_IF = "edge.what-if";
    /** The heuristics the what-if prefers, first registered wins (SPEC's battery-aware offline one first). */
    static final List<String> PREFERRED = List.of("sfb-offline", "snb");

    private final AppState state;
    private final TaskExecutor executor;
    private final WhatIfEvaluator evaluator;
    private final EdgeStudy study;
    private final PauseTransition debounce = new PauseTransition(javafx.util.Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<WhatIfResult> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<WhatIfResult> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ReadOnlyObjectWrapper<EdgeShown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<String, Double> panelScale = new LinkedHashMap<>();
    private String heuristic;
    private BackgroundTask<WhatIfResult> current;
    private boolean keepPrevious;
    private boolean disposed;
    private int evaluations;

    public EdgeController(AppState state, EdgeStudy study, TaskExecutor executor, Subscriptions subscriptions) {
        this.state = state;
        this.study = study;
        this.executor = executor;
        this.evaluator = new WhatIfEvaluator(study);
        this.heuristic = defaultHeuristic(study);
        debounce.setOnFinished(e -> startEvaluation());
        subscriptions.listen(state.projectProperty(), (o, was, now) -> projectChanged(was, now));
        subscriptions.listen(state.openCountProperty(), (o, a, b) -> {
            previous.set(null);
            keepPrevious = false;
            panelScale.clear();
        });
        subscriptions.listen(state.onShowProperty(), (o, a, b) -> refreshShown());
        refreshShown();
        if (EdgeStudyUi.applies(state.getProject())) {
            debounce.playFromStart();
        }
    }

    /** The heuristics the what-if may use: every solver but the bound and the exact MILP. */
    List<String> heuristics() {
        return study.solvers().stream().map(SolverSpec::id).filter(id -> !id.equals("bound") && !id.equals("milp"))
                .toList();
    }

    static String defaultHeuristic(EdgeStudy study) {
        for (String id : PREFERRED) {
            if (study.solver(id).isPresent()) {
                return id;
            }
        }
        return study.solvers().get(0).id();
    }

    public String heuristic() {
        return heuristic;
    }

    /** Re-evaluates with another heuristic (the previous figures stay beside for comparison). */
    public void setHeuristic(String id) {
        if (!id.equals(heuristic)) {
            heuristic = id;
            changed();
        }
    }

    /** The factor a server's solar input is scaled by in the what-if (a bigger or smaller panel). */
    public double panelScale(String serverId) {
        return panelScale.getOrDefault(serverId, 1.0);
    }

    public void setPanelScale(String serverId, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a panel factor must be > 0, was " + factor);
        }
        if (panelScale(serverId) != factor) {
            panelScale.put(serverId, factor);
            changed();
        }
    }

    private void changed() {
        keepPrevious = evaluation.get() != null;
        if (EdgeStudyUi.applies(state.getProject())) {
            debounce.playFromStart();
        }
    }

    private void projectChanged(Project was, Project now) {
        if (now == null || !EdgeStudyUi.applies(now)) {
            cancelCurrent();
            debounce.stop();
            evaluation.set(null);
            refreshShown();
            return;
        }
        // an edit (not an open) keeps the figures before it; quick edits compare with the layout before the first
        keepPrevious = keepPrevious || (was != null && evaluation.get() != null);
        debounce.playFromStart();
    }

    /** Evaluates now (skipping the debounce). */
    public void evaluateNow() {
        debounce.stop();
        startEvaluation();
    }

    private void startEvaluation() {
        Project p = state.getProject();
        if (disposed || !EdgeStudyUi.applies(p)) {
            return;
        }
        cancelCurrent();
        WhatIfResult before = evaluation.get();
        boolean compare = keepPrevious;
        String h = heuristic;
        Map<String, Double> scales = Map.copyOf(panelScale);
        BackgroundTask<WhatIfResult> task = BackgroundTask.of("edge what-if (" + h + " and the LP bound)",
                ctx -> evaluator.evaluate(p, h, scales, ctx));
        task.onSuccess(result -> {
            if (task != current || result == null) {
                return;
            }
            if (compare && before != null) {
                previous.set(before);
            }
            keepPrevious = false;
            evaluations++;
            evaluation.set(result);
            refreshShown();
            long invalid = result.servers().stream().filter(s -> s.violations() > 0).count();
            status.set("evaluated with " + h + (invalid > 0 ? "; the checker rejects " + invalid
                    + " server schedule(s)" : ""));
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
        status.set("evaluating with " + h + " and the LP bound…");
        task.executeWith(executor);
    }

    private void cancelCurrent() {
        if (current != null) {
            BackgroundTask<WhatIfResult> c = current;
            current = null;
            c.cancel();
        }
    }

    void dispose() {
        disposed = true;
        debounce.stop();
        cancelCurrent();
    }

    /** Puts the what-if schedule on show (the user picked it). */
    public void showWhatIf() {
        state.show(OnShow.view(WHAT_IF, whatIfLabel()));
    }

    String whatIfLabel() {
        return "What-if (" + heuristic + ")";
    }

    private void refreshShown() {
        OnShow s = state.getOnShow();
        if (s != null && s.run() != null) {
            var r = EdgeShown.of(s.run(), s.label());
            if (r.isPresent()) {
                shown.set(r.get());
                return;
            }
        }
        WhatIfResult ev = evaluation.get();
        shown.set(ev == null ? null : new EdgeShown("What-if (" + ev.heuristic() + ")", ev.instance(), ev.schedule(),
                null));
    }

    /** The latest what-if evaluation (null before the first). */
    public ReadOnlyObjectProperty<WhatIfResult> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public WhatIfResult evaluation() {
        return evaluation.get();
    }

    /** The evaluation of the layout before the last edit (null after an open). */
    public ReadOnlyObjectProperty<WhatIfResult> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    public WhatIfResult previous() {
        return previous.get();
    }

    /** The schedule the day chart and the density view show. */
    public ReadOnlyObjectProperty<EdgeShown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public EdgeShown shown() {
        return shown.get();
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

    AppState state() {
        return state;
    }
}
