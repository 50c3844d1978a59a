package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.edit.AddEntities;
import org.junit.jupiter.api.Test;

class EntityFactoryTest {

    private final ProjectValidator validator = new ProjectValidator();

    @Test
    void everyPlacedKindMakesAValidProjectWhenAddedToAnEmptyOne() {
        for (EntityKind kind : EntityKind.values()) {
            if (!kind.isPlaced()) {
                continue;
            }
            Project p = Project.empty("t");
            AddEntities edit = EntityFactory.addAt(p, kind, new GeoPoint(19.5, 50.1));
            Project after = edit.apply(p);
            assertEquals(List.of(), validator.validate(after), kind.label());
            Entity placed = edit.entities().get(edit.entities().size() - 1);
            assertEquals(kind, placed.kind());
            assertEquals(p, edit.revert(after), "undo gives the empty project back");
        }
    }

    @Test
    void aVehicleInAProjectWithoutTypesBringsADefaultType() {
        Project p = Project.empty("t");
        AddEntities edit = EntityFactory.addAt(p, EntityKind.VEHICLE, new GeoPoint(0, 0));
        assertEquals(List.of(EntityKind.VEHICLE_TYPE, EntityKind.VEHICLE),
                edit.entities().stream().map(Entity::kind).toList());
        Vehicle v = (Vehicle) edit.entities().get(1);
        assertEquals(edit.entities().get(0).id(), v.typeId());
        // With a type present, only the vehicle is added and it uses that type.
        Project withType = edit.apply(p);
        AddEntities second = EntityFactory.addAt(withType, EntityKind.VEHICLE, new GeoPoint(1, 1));
        assertEquals(1, second.entities().size());
        assertTrue(validator.validate(second.apply(withType)).isEmpty());
    }

    @Test
    void freshIdsDoNotCollide() {
        Project p = Project.empty("t");
        for (int i = 0; i < 5; i++) {
            p = EntityFactory.addAt(p, EntityKind.CHARGING_STATION, new GeoPoint(i, i)).apply(p);
        }
        assertEquals(5, p.entities(EntityKind.CHARGING_STATION).stream().map(Entity::id).distinct().count());
        p = p.remove(new EntityRef(EntityKind.CHARGING_STATION, "CS2"));
        Project q = EntityFactory.addAt(p, EntityKind.CHARGING_STATION, new GeoPoint(9, 9)).apply(p);
        assertEquals(5, q.entities(EntityKind.CHARGING_STATION).stream().map(Entity::id).distinct().count());
    }
}
