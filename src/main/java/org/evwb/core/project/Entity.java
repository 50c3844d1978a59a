package org.evwb.core.project;

/** Something in a project with an id unique within its kind. */
public sealed interface Entity
        permits PlacedEntity, Motorway, VehicleType, TimeSeries {

    String id();

    String name();

    default EntityKind kind() {
        return EntityKind.of(this);
    }

    default EntityRef ref() {
        return new EntityRef(kind(), id());
    }

    /** Short label for lists and tooltips: the name, or the id when the name is empty. */
    default String label() {
        return name() == null || name().isBlank() ? id() : name();
    }
}
