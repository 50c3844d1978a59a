package org.evwb.core.project;

import java.util.Objects;

/** A reference to an entity by kind and id: what a selection holds. */
public record EntityRef(EntityKind kind, String id) {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return kind.label() + " " + id;
    }
}
