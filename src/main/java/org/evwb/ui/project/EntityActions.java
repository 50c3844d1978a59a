package org.evwb.ui.project;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityFactory;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.RemoveEntities;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;

/**
 * Add, delete and select-all on the open project, shared by the tables' buttons and the Edit menu. Every change goes
 * through {@link AppState#perform} so it can be undone.
 */
public final class EntityActions {

    /** Where new entities go in an empty project (Katowice, the papers' own example region). */
    static final GeoPoint DEFAULT_POSITION = new GeoPoint(19.02, 50.26);

    private final AppState state;
    private final Dialogs dialogs;
    private final EntityDependants dependants = new EntityDependants();

    public EntityActions(AppState state, Dialogs dialogs) {
        this.state = state;
        this.dialogs = dialogs;
    }

    /** Adds a new entity of {@code kind} with study defaults, selects it, and returns it. */
    public Entity add(EntityKind kind) {
        Project p = state.getProject();
        AddEntities edit = switch (kind) {
            case VEHICLE_TYPE -> AddEntities.of(EntityFactory.vehicleType(p));
            case MOTORWAY -> AddEntities.of(EntityFactory.motorway(p, centre(p), 20));
            case TIME_SERIES -> AddEntities.of(EntityFactory.timeSeries(p));
            default -> EntityFactory.addAt(p, kind, centre(p));
        };
        state.perform(edit);
        Entity e = edit.entities().get(edit.entities().size() - 1);
        state.select(e.ref());
        return e;
    }

    /**
     * Deletes the selection as one undoable edit. Refuses, with a message naming the dependants, when something
     * selected is still used by an entity that is not selected.
     *
     * @return true when something was deleted
     */
    public boolean deleteSelection() {
        Project p = state.getProject();
        List<EntityRef> refs = new ArrayList<>(state.getSelection());
        if (p == null || refs.isEmpty()) {
            return false;
        }
        List<EntityDependants.Dependant> blocking = dependants.blocking(p, refs);
        if (!blocking.isEmpty()) {
            dialogs.error("Cannot delete", "Cannot delete: still in use", EntityDependants.message(blocking));
            return false;
        }
        state.perform(RemoveEntities.of(p, refs));
        return true;
    }

    /** Selects every entity of one kind. */
    public void selectAll(EntityKind kind) {
        Project p = state.getProject();
        if (p != null) {
            state.select(p.entities(kind).stream().map(Entity::ref).toList());
        }
    }

    private static GeoPoint centre(Project p) {
        List<PlacedEntity> placed = p.placedEntities().toList();
        if (placed.isEmpty()) {
            return DEFAULT_POSITION;
        }
        double lon = placed.stream().mapToDouble(e -> e.position().lonDeg()).average().orElse(0);
        double lat = placed.stream().mapToDouble(e -> e.position().latDeg()).average().orElse(0);
        return new GeoPoint(lon, lat);
    }
}
