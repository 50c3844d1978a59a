package org.evwb.ui.platform;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.EditHistory;

/**
 * The one observable application state every view binds to: the open project and its file, the dirty flag, the
 * selection shared by map, tables and property editor, undo/redo, the background tasks that are running, the
 * project's runs (typed results) with the active one, and the one solution on show in every view. State is exposed
 * read-only; it changes only through the methods here, on the FX thread. Linked views work because they all watch this state, not each other.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>(this, "projectFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ReadOnlyLongWrapper openCount = new ReadOnlyLongWrapper(this, "openCount");
    private final ObservableList<EntityRef> selection = FXCollections.observableArrayList();
    private final ObservableList<EntityRef> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ObservableList<BackgroundTask<?>> runningTasks = FXCollections.observableArrayList();
    /** Owners (by identity) of work about to start, see {@link #isWorkPending()}. */
    private final java.util.Set<Object> pendingWork = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());
    private final ObservableList<BackgroundTask<?>> runningTasksView =
            FXCollections.unmodifiableObservableList(runningTasks);
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObservableList<RunEntry> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<RunEntry> activeRun = new ReadOnlyObjectWrapper<>(this, "activeRun");
    private final ReadOnlyObjectWrapper<OnShow> onShow = new ReadOnlyObjectWrapper<>(this, "onShow");
    private final EditHistory history;
    private boolean opening;

    public AppState() {
        this(new EditHistory(1000));
    }

    public AppState(EditHistory history) {
        this.history = history;
    }

    // ---- project ----

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project getProject() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    public Path getProjectFile() {
        return projectFile.get();
    }

    /**
     * Opens a project (file may be null for a new, unsaved project); clears selection, history and runs (a run still
     * going is asked to stop).
     */
    public void open(Project p, Path file) {
        history.clear();
        selection.clear();
        clearRuns(); // runs belong to their project: none of them is the next project's
        projectFile.set(file);
        opening = true;
        try {
            project.set(Objects.requireNonNull(p));
        } finally {
            opening = false;
        }
        refreshHistoryState();
        openCount.set(openCount.get() + 1);
    }

    /**
     * True while {@link #open} replaces the project: a project listener that reacts to edits can tell an open (which
     * the {@linkplain #openCountProperty() open count} announces right after) from an edit.
     */
    public boolean isOpening() {
        return opening;
    }

    /**
     * Counts the projects opened so far; it changes after each {@link #open}, once the project, file and history are
     * in place. Views that react to an open but not to an edit (fit the map, reset a zoom) listen to this.
     */
    public ReadOnlyLongProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    /** Closes the project (its runs go with it). */
    public void close() {
        history.clear();
        selection.clear();
        clearRuns();
        projectFile.set(null);
        project.set(null);
        refreshHistoryState();
    }

    /** Records that the project was saved to {@code file}. */
    public void markSaved(Path file) {
        projectFile.set(file);
        history.markSaved();
        refreshHistoryState();
    }

    /** Marks the open project as differing from its file (e.g. restored from a recovery copy). */
    public void markUnsaved() {
        history.markUnsaved();
        refreshHistoryState();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    // ---- edits ----

    /** Applies an edit to the open project and records it for undo. */
    public void perform(Edit edit) {
        Project p = requireProject();
        Project next = history.perform(p, edit);
        project.set(next);
        pruneSelection();
        refreshHistoryState();
    }

    public void undo() {
        if (history.canUndo()) {
            project.set(history.undo(requireProject()));
            pruneSelection();
            refreshHistoryState();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            project.set(history.redo(requireProject()));
            pruneSelection();
            refreshHistoryState();
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    // ---- selection ----

    /** The selected entities, in selection order (the first is the one the property editor shows). Read-only. */
    public ObservableList<EntityRef> getSelection() {
        return selectionView;
    }

    public void select(Collection<EntityRef> refs) {
        List<EntityRef> distinct = List.copyOf(new LinkedHashSet<>(refs));
        if (!distinct.equals(selection)) {
            selection.setAll(distinct);
        }
    }

    public void select(EntityRef ref) {
        select(List.of(ref));
    }

    public void clearSelection() {
        if (!selection.isEmpty()) {
            selection.clear();
        }
    }

    /** Adds or removes one entity from the selection (Ctrl+click). */
    public void toggleSelected(EntityRef ref) {
        if (selection.contains(ref)) {
            selection.remove(ref);
        } else {
            selection.add(ref);
        }
    }

    public boolean isSelected(EntityRef ref) {
        return selection.contains(ref);
    }

    // ---- background work ----

    /** Background tasks that have not ended yet (status bar, Cancel all, tests). Read-only. */
    public ObservableList<BackgroundTask<?>> getRunningTasks() {
        return runningTasksView;
    }

    /**
     * Lists a task among the running ones until it ends. Only the platform's executors call this, when they accept a
     * task, so no background work goes unseen.
     */
    void track(BackgroundTask<?> task) {
        if (task.isDone()) {
            return;
        }
        runningTasks.add(task);
        task.stateProperty().addListener((obs, was, now) -> {
            if (now.isDone()) {
                runningTasks.remove(task);
            }
        });
    }

    /**
     * Whether some view waits to start background work (a what-if's debounce after an edit): together with no
     * {@linkplain #getRunningTasks() running task}, the window has nothing left to do for what it was last asked.
     */
    public boolean isWorkPending() {
        return !pendingWork.isEmpty();
    }

    /** {@code owner} waits to start background work ({@code pending}), or no longer does. Platform classes only. */
    void workPending(Object owner, boolean pending) {
        if (pending) {
            pendingWork.add(owner);
        } else {
            pendingWork.remove(owner);
        }
    }

    /** Asks every running background task to stop (Run ▸ Cancel all, closing the window). */
    public void cancelAllTasks() {
        List.copyOf(runningTasks).forEach(BackgroundTask::cancel);
    }

    // ---- runs ----

    /** The open project's runs, oldest first: running ones and finished ones with their typed results. Read-only. */
    public ObservableList<RunEntry> getRuns() {
        return runsView;
    }

    /** Adds a run to the history and makes it the active one; once it has a solution it is on show. */
    public void addRun(RunEntry run) {
        runs.add(Objects.requireNonNull(run));
        follow(run);
        activeRun.set(run);
        showIfSolved(run);
    }

    /** Adds runs read back from the project's results (the newest becomes the active one, and is on show). */
    public void addRuns(List<RunEntry> saved) {
        if (saved.isEmpty()) {
            return;
        }
        runs.addAll(saved);
        saved.forEach(this::follow);
        RunEntry newest = saved.get(saved.size() - 1);
        activeRun.set(newest);
        showIfSolved(newest);
    }

    /** A run that finishes while it is the active one goes on show. */
    private void follow(RunEntry run) {
        run.resultProperty().addListener((o, was, now) -> {
            if (activeRun.get() == run && runs.contains(run)) {
                showIfSolved(run);
            }
        });
    }

    private void showIfSolved(RunEntry run) {
        if (run.result() != null && run.result().solution() != null) {
            onShow.set(OnShow.run(run));
        }
    }

    /** Forgets the runs (another project is opening, or the project closed); a run still going is asked to stop. */
    public void clearRuns() {
        for (RunEntry r : List.copyOf(runs)) {
            if (r.task() != null && !r.task().isDone()) {
                r.markCancelRequested();
                r.task().cancel();
            }
        }
        activeRun.set(null);
        onShow.set(null);
        runs.clear();
    }

    /** The run the user is looking at: the one started or read last, or the one chosen with Show. */
    public ReadOnlyObjectProperty<RunEntry> activeRunProperty() {
        return activeRun.getReadOnlyProperty();
    }

    public RunEntry getActiveRun() {
        return activeRun.get();
    }

    /** Makes one of the listed runs the active one; a run with a solution also goes on show. */
    public void setActiveRun(RunEntry run) {
        if (run != null && !runs.contains(run)) {
            throw new IllegalArgumentException("not a run of the open project: " + run.title());
        }
        activeRun.set(run);
        if (run != null) {
            showIfSolved(run);
        }
    }

    /**
     * The solution on show in every view: the active run once it has a solution (the one started, read or chosen
     * last), or a study's own view the user picked (the motorway what-if); null before either, and after the runs
     * went with their project. Views name it by its label.
     */
    public ReadOnlyObjectProperty<OnShow> onShowProperty() {
        return onShow.getReadOnlyProperty();
    }

    public OnShow getOnShow() {
        return onShow.get();
    }

    /** Puts a run of the open project (it becomes the active one) or a study's own view on show. */
    public void show(OnShow s) {
        if (s != null && s.run() != null) {
            if (!runs.contains(s.run())) {
                throw new IllegalArgumentException("not a run of the open project: " + s.run().title());
            }
            activeRun.set(s.run());
        }
        onShow.set(s);
    }

    private void pruneSelection() {
        Project p = project.get();
        List<EntityRef> keep = selection.stream().filter(r -> p != null && p.find(r).isPresent()).toList();
        if (keep.size() != selection.size()) {
            selection.setAll(keep);
        }
    }

    private Project requireProject() {
        Project p = project.get();
        if (p == null) {
            throw new IllegalStateException("no project is open");
        }
        return p;
    }

    private void refreshHistoryState() {
        dirty.set(project.get() != null && history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }
}
