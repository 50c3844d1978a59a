package org.evwb.core.project.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.evwb.core.project.Project;

/**
 * Undo and redo stacks of {@link Edit}s. Headless; the UI's AppState wraps it. Also tracks the edit at which the
 * project was last saved, so the dirty flag comes back to clean when undo returns to the saved state.
 */
public final class EditHistory {

    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    /** Counts positions: each edit pushes a new id; {@code savedAt} is the id on top when saved. */
    private final Deque<Long> ids = new ArrayDeque<>();
    private final Deque<Long> redoIds = new ArrayDeque<>();
    private long nextId = 1;
    private long savedAt;

    public EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        this.limit = limit;
    }

    /** Applies an edit and records it; clears the redo stack. */
    public Project perform(Project p, Edit e) {
        Project result = e.apply(p);
        undo.push(e);
        ids.push(nextId++);
        redo.clear();
        redoIds.clear();
        while (undo.size() > limit) {
            undo.removeLast();
            ids.removeLast();
        }
        return result;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    public Project undo(Project p) {
        Edit e = undo.pop();
        redo.push(e);
        redoIds.push(ids.pop());
        return e.revert(p);
    }

    public Project redo(Project p) {
        Edit e = redo.pop();
        undo.push(e);
        ids.push(redoIds.pop());
        return e.apply(p);
    }

    /** Marks the current position as saved. */
    public void markSaved() {
        savedAt = currentId();
    }

    /** Records that the current project differs from its file although no edit was made (a restored copy). */
    public void markUnsaved() {
        savedAt = -1;
    }

    /** True when the project differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return currentId() != savedAt;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        ids.clear();
        redoIds.clear();
        savedAt = 0;
    }

    private long currentId() {
        return ids.isEmpty() ? 0 : ids.peek();
    }
}
