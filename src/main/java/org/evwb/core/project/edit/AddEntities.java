package org.evwb.core.project.edit;

import java.util.List;
import org.evwb.core.project.Entity;
import org.evwb.core.project.Project;

/** Adds entities at the end of their kinds' lists; an id already in use (or given twice) is refused. */
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

    /** One step however many entities (an import adds hundreds of thousands): never a copy per entity. */
    @Override
    public Project apply(Project p) {
        return p.appendAll(entities);
    }

    @Override
    public Project revert(Project p) {
        return p.removeAll(entities.stream().map(Entity::ref).toList());
    }
}
