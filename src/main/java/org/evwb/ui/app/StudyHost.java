package org.evwb.ui.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Tab;
import org.evwb.core.project.Project;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyUiRegistry;
import org.evwb.ui.platform.StudyViews;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.runs.RunViews;

/**
 * The one place study views come and go. When a project opens, every registered study UI whose study is registered
 * and which applies to the project gets its views opened (with a fresh context, so that their listeners can be
 * removed) and their tabs added beside the map, the map staying in front; when the project closes or another opens,
 * every study's views are disposed and their tabs removed, so nothing of one project leaks into the next. Edits that
 * make a study apply (the data it needs drawn into a new project) open its views; edits that make it stop applying
 * dispose them — except views the user opened from the Study menu for a project the study does not apply to.
 */
final class StudyHost implements RunViews {

    /** One study's open views. */
    private record Open(StudyUi ui, StudyViews views, Subscriptions subscriptions, List<Tab> tabs, boolean forced) { }

    private final AppState state;
    private final StudyRegistry studies;
    private final StudyUiRegistry uis;
    private final Function<Subscriptions, StudyContext> contexts;
    private final CentreTabs tabs;
    private final Dialogs dialogs;
    private final AppLog log;
    private final Map<String, Open> open = new LinkedHashMap<>();

    StudyHost(AppState state, StudyRegistry studies, StudyUiRegistry uis, Function<Subscriptions, StudyContext> contexts,
              CentreTabs tabs, Dialogs dialogs, AppLog log) {
        this.state = state;
        this.studies = studies;
        this.uis = uis;
        this.contexts = contexts;
        this.tabs = tabs;
        this.dialogs = dialogs;
        this.log = log;
        state.openCountProperty().addListener((o, a, b) -> projectOpened());
        state.projectProperty().addListener((o, was, now) -> projectChanged(was, now));
        if (state.getProject() != null) {
            projectOpened();
        }
    }

    /** The study UIs the window uses: registered, with their study registered. */
    List<StudyUi> active() {
        return uis.all().stream().filter(u -> studies.study(u.studyId()).isPresent()).toList();
    }

    /** The open views of a study, if any. */
    Optional<StudyViews> views(String studyId) {
        return Optional.ofNullable(open.get(studyId)).map(Open::views);
    }

    /** The ids of the studies whose views are open, in tab order. */
    List<String> openStudies() {
        return new ArrayList<>(open.keySet());
    }

    /** Whether a Study-menu action can run now. */
    boolean canRun(StudyUi ui, StudyAction action) {
        return state.getProject() != null && (action.opensViews() || open.containsKey(ui.studyId()));
    }

    /** Runs a Study-menu action, opening the study's views first when the action asks for them. */
    void run(StudyUi ui, StudyAction action) {
        if (!canRun(ui, action)) {
            return;
        }
        if (!open.containsKey(ui.studyId()) && !openViews(ui, true)) {
            return;
        }
        action.action().accept(open.get(ui.studyId()).views());
    }

    @Override
    public boolean canShow(RunEntry run) {
        return open.containsKey(run.studyId());
    }

    @Override
    public void show(RunEntry run) {
        if (state.getRuns().contains(run)) {
            state.setActiveRun(run);
        }
        Open o = open.get(run.studyId());
        if (o != null && !o.views().showRun(run)) {
            dialogs.info("Nothing to show", "The " + run.studyId() + " views have nothing to show for this run",
                    "The run's report is in the runs panel.");
        }
    }

    private void projectOpened() {
        closeAll();
        Project p = state.getProject();
        if (p == null) {
            return;
        }
        for (StudyUi ui : active()) {
            if (applies(ui, p)) {
                openViews(ui, false);
            }
        }
    }

    private void projectChanged(Project was, Project now) {
        if (now == null) {
            closeAll();
            return;
        }
        if (was == null || state.isOpening()) {
            return; // an open: handled when the open count changes, once the file and history are in place
        }
        for (StudyUi ui : active()) {
            Open o = open.get(ui.studyId());
            boolean applies = applies(ui, now);
            if (o == null && applies) {
                openViews(ui, false);
            } else if (o != null && !applies && !o.forced()) {
                close(ui.studyId());
            }
        }
    }

    private boolean applies(StudyUi ui, Project p) {
        try {
            return ui.appliesTo(p);
        } catch (RuntimeException e) {
            log.error("cannot tell whether the " + ui.studyId() + " views apply", e);
            return false;
        }
    }

    private boolean openViews(StudyUi ui, boolean forced) {
        Subscriptions subs = new Subscriptions();
        StudyViews views;
        try {
            views = ui.open(contexts.apply(subs));
        } catch (RuntimeException e) {
            subs.dispose();
            log.error("cannot open the " + ui.studyId() + " views", e);
            dialogs.error("Cannot show the study", "The " + ui.studyId() + " views cannot be shown",
                    (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                            + "\n\nDetails are in the log file:\n" + log.file());
            return false;
        }
        List<Tab> list = List.copyOf(views.tabs());
        open.put(ui.studyId(), new Open(ui, views, subs, list, forced));
        for (Tab t : list) {
            tabs.add(t);
            // the user closed a closable tab: the study's views go with it
            t.setOnClosed(e -> close(ui.studyId()));
        }
        return true;
    }

    private void close(String studyId) {
        Open o = open.remove(studyId);
        if (o == null) {
            return;
        }
        o.tabs().forEach(tabs::remove);
        try {
            o.views().dispose();
        } catch (RuntimeException e) {
            log.error("disposing the " + studyId + " views failed", e);
        } finally {
            o.subscriptions().dispose();
        }
    }

    /** Disposes every study's views (the window is going away). */
    void dispose() {
        closeAll();
    }

    private void closeAll() {
        new ArrayList<>(open.keySet()).forEach(this::close);
    }
}
