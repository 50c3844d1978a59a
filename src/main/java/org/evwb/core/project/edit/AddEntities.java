package org.evwb.core.project.edit;

import java.util.List;
import org.evwb.core.project.Entity;
import org.evwb.core.project.Project;

/** Adds entities at the end of their kinds' lists. */
public record AddEntities(List<Entity> entities) implements Edit {

    public AddEntities {
        entities = List.copyOf(entities);
    }

    public static AddEntities of(Entity e) {
        return new AddEntities(List.of(e));
    }

    @Override
    public String label() {
        return entities.size() == 1 ? "Add " + entities.get(0).kind().label().toLowerCase() + " "
                + entities.get(0).id() : "Add " + entities.size() + " entities";
    }

    @Override
    public Project apply(Project p) {
        for (Entity e : entities) {
            p = p.insert(e, -1);
        }
        return p;
    }

    @Override
    public Project revert(Project p) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            p = p.remove(entities.get(i).ref());
        }
        return p;
    }
}
