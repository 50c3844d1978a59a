package org.evwb.ui.edge;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.OnShow;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.platform.WhatIfLoop;

/**
 * The what-if behind the edge views, on the shared {@link WhatIfLoop}: after every change of the open project (a
 * server's battery or panel edited in the property editor or here, its solar series, the task recipe) or of the
 * what-if's own heuristic it waits for the edits to settle and evaluates the layout in the background, keeping the
 * figures of the layout before the last edit beside the new ones. Only the <em>focused</em> server is solved — the
 * edge server selected anywhere in the window, else the first — since a server's day at 100,000 tasks with its LP
 * bound takes seconds; the others' figures are shown while they are still valid (cached) and solved when they are
 * focused. It gives the day chart and the density view the one schedule on show ({@link #shownProperty()}): the edge
 * run on show in the app state, else the what-if schedule.
 */
public final class EdgeController {

    static final int DEBOUNCE_MS = WhatIfLoop.DEBOUNCE_MS;
    /** The what-if schedule's key in the app state's {@link OnShow}. */
    public static final String WHAT_IF = "edge.what-if";
    /** The heuristics the what-if prefers, first registered wins (SPEC's battery-aware offline one first). */
    static final List<String> PREFERRED = List.of("sfb-offline", "snb");

    private final AppState state;
    private final WhatIfEvaluator evaluator;
    private final EdgeStudy study;
    private final WhatIfLoop<WhatIfResult> loop;
    private final ReadOnlyObjectWrapper<EdgeShown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<String> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private String heuristic;

    public EdgeController(AppState state, EdgeStudy study, TaskExecutor executor, Subscriptions subscriptions) {
        this.state = state;
        this.study = study;
        this.evaluator = new WhatIfEvaluator(study);
        this.heuristic = defaultHeuristic(study);
        this.loop = new WhatIfLoop<>(state, executor, subscriptions, EdgeStudyUi::applies, this::evaluation,
                WhatIfLoop.texts(() -> "evaluating " + focusName() + " with " + heuristic + " and the LP bound…",
                        this::doneText));
        loop.evaluationProperty().addListener((o, a, b) -> refreshShown());
        subscriptions.listen(state.onShowProperty(), (o, a, b) -> refreshShown());
        subscriptions.listen(state.getSelection(), (javafx.collections.ListChangeListener<EntityRef>) c ->
                followSelection());
        subscriptions.listen(state.projectProperty(), (o, a, b) -> keepFocusValid());
        keepFocusValid();
        followSelection();
        refreshShown();
        loop.start();
    }

    private BackgroundTask<WhatIfResult> evaluation(Project p) {
        String h = heuristic;
        String server = focus.get();
        return BackgroundTask.of("edge what-if (" + h + " and the LP bound, server " + server + ")",
                ctx -> evaluator.evaluate(p, h, server, ctx));
    }

    private String doneText(WhatIfResult result) {
        long invalid = result.servers().stream().filter(s -> s.violations() > 0).count();
        return "evaluated " + focusName() + " with " + result.heuristic() + (invalid > 0 ? "; the checker rejects "
                + invalid + " server schedule(s)" : "") + (result.servers().size() < result.serverCount()
                ? " (" + result.servers().size() + " of " + result.serverCount() + " servers evaluated: select "
                + "another server to evaluate it)" : "");
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
            loop.changed();
        }
    }

    // ---- the focused server ----

    /** The id of the server the what-if solves (null without edge servers). */
    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public String focusServer() {
        return focus.get();
    }

    /** The ids of the open project's edge servers, in its order. */
    public List<String> serverIds() {
        Project p = state.getProject();
        return p == null ? List.of() : p.infrastructure().edgeServers().stream().map(EdgeServer::id).toList();
    }

    /** Solves {@code serverId} next (its figures join the others'; nothing is re-solved that is still valid). */
    public void setFocusServer(String serverId) {
        if (serverId != null && !serverId.equals(focus.get()) && server(state.getProject(), serverId) != null) {
            focus.set(serverId);
            loop.refresh();
        }
    }

    private void followSelection() {
        state.getSelection().stream().filter(r -> r.kind() == EntityKind.EDGE_SERVER).map(EntityRef::id)
                .findFirst().ifPresent(this::setFocusServer);
    }

    private void keepFocusValid() {
        Project p = state.getProject();
        if (p == null || server(p, focus.get()) == null) {
            List<EdgeServer> all = p == null ? List.of() : p.infrastructure().edgeServers();
            focus.set(all.isEmpty() ? null : all.get(0).id());
        }
    }

    private static EdgeServer server(Project p, String id) {
        return p == null || id == null ? null : p.infrastructure().edgeServers().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private String focusName() {
        EdgeServer s = server(state.getProject(), focus.get());
        return s == null ? "the servers" : s.name() == null || s.name().isBlank() ? s.id() : s.name();
    }

    /** The panel (kWp) of a server of the open project; null when it takes its series as it stands. */
    public Double panelKwp(String serverId) {
        EdgeServer s = server(state.getProject(), serverId);
        return s == null ? null : s.panelKwp();
    }

    /**
     * Sets a server's panel size as an edit of the project (undoable, the same edit as the property editor's); the
     * what-if then solves the server again with its series scaled to the panel.
     *
     * @param kwp the panel in kWp (≥ 0, finite), or null to take the series as it stands
     */
    public void setPanelKwp(String serverId, Double kwp) {
        if (kwp != null && (!Double.isFinite(kwp) || kwp < 0)) {
            throw new IllegalArgumentException("a panel must be a finite size of 0 kWp or more, was " + kwp);
        }
        EdgeServer before = server(state.getProject(), serverId);
        if (before != null && !Objects.equals(before.panelKwp(), kwp)) {
            focus.set(serverId);
            state.perform(ReplaceEntities.of("Set the panel of " + serverId, before, before.withPanelKwp(kwp)));
        }
    }

    /** Evaluates now (skipping the debounce). */
    public void evaluateNow() {
        loop.evaluateNow();
    }

    void dispose() {
        loop.dispose();
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
        WhatIfResult ev = loop.evaluation();
        shown.set(ev == null ? null : new EdgeShown("What-if (" + ev.heuristic() + ")", ev.instance(), ev.schedule(),
                null));
    }

    /** The latest what-if evaluation (null before the first). */
    public ReadOnlyObjectProperty<WhatIfResult> evaluationProperty() {
        return loop.evaluationProperty();
    }

    public WhatIfResult evaluation() {
        return loop.evaluation();
    }

    /** The evaluation of the layout before the last edit (null after an open). */
    public ReadOnlyObjectProperty<WhatIfResult> previousProperty() {
        return loop.previousProperty();
    }

    public WhatIfResult previous() {
        return loop.previous();
    }

    /** The schedule the day chart and the density view show. */
    public ReadOnlyObjectProperty<EdgeShown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public EdgeShown shown() {
        return shown.get();
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

    AppState state() {
        return state;
    }
}
