package org.evwb.core.project.edit;

import java.util.List;
import org.evwb.core.project.Project;

/** Several edits undone and redone as one. */
public record CompositeEdit(String label, List<Edit> edits) implements Edit {

    public CompositeEdit {
        edits = List.copyOf(edits);
    }

    @Override
    public Project apply(Project p) {
        for (Edit e : edits) {
            p = e.apply(p);
        }
        return p;
    }

    @Override
    public Project revert(Project p) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            p = edits.get(i).revert(p);
        }
        return p;
    }
}
