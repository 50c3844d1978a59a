package org.evwb.core.project.edit;

import org.evwb.core.project.Project;

/**
 * An undoable change to a project (command object). {@code revert(apply(p))} gives back {@code p}'s content.
 */
public interface Edit {

    /** What the edit does, for the Edit menu ("Undo Move 3 vehicles"). */
    String label();

    Project apply(Project project);

    Project revert(Project project);
}
