package org.evwb.core.project.edit;

import java.util.List;
import org.evwb.core.project.Entity;
import org.evwb.core.project.Project;

/**
 * Replaces entities by new versions (property edits, moves, renames). Each change holds the entity before and after;
 * a rename is a change whose ids differ.
 */
public record ReplaceEntities(String label, List<Change> changes) implements Edit {

    /** One entity before and after. */
    public record Change(Entity before, Entity after) {
        public Change {
            if (before.kind() != after.kind()) {
                throw new IllegalArgumentException("a change keeps the entity's kind");
            }
        }
    }

    public ReplaceEntities {
        changes = List.copyOf(changes);
    }

    public static ReplaceEntities of(String label, Entity before, Entity after) {
        return new ReplaceEntities(label, List.of(new Change(before, after)));
    }

    @Override
    public Project apply(Project p) {
        for (Change c : changes) {
            p = p.replace(c.before().ref(), c.after());
        }
        return p;
    }

    @Override
    public Project revert(Project p) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            p = p.replace(c.after().ref(), c.before());
        }
        return p;
    }
}
