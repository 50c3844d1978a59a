package org.evwb.ui.app;

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
import javafx.concurrent.Worker;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.EditHistory;

/**
 * The one observable application state every view binds to: the open project and its file, the dirty flag, the
 * selection shared by map, tables and property editor, and undo/redo. State is exposed read-only; it changes only
 * through the methods here, on the FX thread. Linked views work because they all watch this selection.
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
    private final ObservableList<Worker<?>> runningTasks = FXCollections.observableArrayList();
    private final ObservableList<Worker<?>> runningTasksView = FXCollections.unmodifiableObservableList(runningTasks);
    private final EditHistory history;

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

    /** Opens a project (file may be null for a new, unsaved project); clears selection and history. */
    public void open(Project p, Path file) {
        history.clear();
        selection.clear();
        projectFile.set(file);
        project.set(Objects.requireNonNull(p));
        refreshHistoryState();
        openCount.set(openCount.get() + 1);
    }

    /**
     * Counts the projects opened so far; it changes after each {@link #open}, once the project, file and history are
     * in place. Views that react to an open but not to an edit (fit the map, reset a zoom) listen to this.
     */
    public ReadOnlyLongProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    /** Closes the project. */
    public void close() {
        history.clear();
        selection.clear();
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

    /** Background tasks that have not finished yet (for the status bar). Read-only. */
    public ObservableList<Worker<?>> getRunningTasks() {
        return runningTasksView;
    }

    /** Lists a task among the running ones until it succeeds, fails or is cancelled. Call on the FX thread. */
    public void track(Worker<?> task) {
        if (isFinished(task.getState())) {
            return;
        }
        runningTasks.add(task);
        task.stateProperty().addListener((obs, was, now) -> {
            if (isFinished(now)) {
                runningTasks.remove(task);
            }
        });
    }

    private static boolean isFinished(Worker.State s) {
        return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
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
