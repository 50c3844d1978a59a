package org.evwb.core.project.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;

/** Removes entities, remembering where each stood so undo puts it back in place. */
public record RemoveEntities(List<Removed> removed) implements Edit {

    /** An entity and its index in its kind's list before removal. */
    public record Removed(Entity entity, int index) { }

    public RemoveEntities {
        removed = List.copyOf(removed);
    }

    /** The edit that removes {@code refs} from {@code project} (unknown refs are ignored). */
    public static RemoveEntities of(Project project, List<EntityRef> refs) {
        List<Removed> list = new ArrayList<>();
        for (EntityRef r : refs) {
            project.find(r).ifPresent(e -> list.add(new Removed(e, project.indexOf(r))));
        }
        list.sort(Comparator.comparing((Removed r) -> r.entity().kind()).thenComparingInt(Removed::index));
        return new RemoveEntities(list);
    }

    @Override
    public String label() {
        return removed.size() == 1 ? "Delete " + removed.get(0).entity().kind().label().toLowerCase() + " "
                + removed.get(0).entity().id() : "Delete " + removed.size() + " entities";
    }

    @Override
    public Project apply(Project p) {
        for (Removed r : removed) {
            p = p.remove(r.entity().ref());
        }
        return p;
    }

    @Override
    public Project revert(Project p) {
        for (Removed r : removed) { // ascending index per kind: each insert lands where it was
            p = p.insert(r.entity(), r.index());
        }
        return p;
    }
}
