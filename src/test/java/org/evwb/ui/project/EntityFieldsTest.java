package org.evwb.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;

/** Fields derived from records: labels with units, ranges, parsing and copying. */
class EntityFieldsTest {

    private final EntityFields fields = new EntityFields();

    private EntityField field(Class<? extends Record> type, String name) {
        return fields.of(type).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void labelsCarryTheUnitOnce() {
        assertEquals("Battery capacity (kWh)", field(VehicleType.class, "batteryCapacityKWh").label());
        assertEquals("Speed (km/h)", field(Vehicle.class, "speedKmh").label());
        assertEquals("SoC (kWh)", field(Vehicle.class, "socKWh").label());
        assertEquals("Frontal area (m²)", field(VehicleType.class, "frontalAreaM2").label());
        assertEquals("Drag coefficient", field(VehicleType.class, "dragCoefficient").label());
    }

    @Test
    void rangesFromUnitAreEnforcedWithTheFieldInTheMessage() throws Exception {
        EntityField cap = field(VehicleType.class, "batteryCapacityKWh");
        FieldValueException e = assertThrows(FieldValueException.class, () -> cap.parse("0"));
        assertEquals("Battery capacity (kWh): 0 is out of range; it must be a number greater than 0 kWh",
                e.getMessage());
        assertThrows(FieldValueException.class, () -> cap.parse("NaN"));
        assertThrows(FieldValueException.class, () -> cap.parse("Infinity"));
        assertThrows(FieldValueException.class, () -> cap.parse("abc"));
        assertEquals(0.5, cap.parse("0.5"));
        EntityField load = field(BaseStation.class, "bbuLoad");
        assertTrue(assertThrows(FieldValueException.class, () -> load.parse("1.5")).getMessage()
                .contains("between 0 and 1"));
    }

    @Test
    void positionsAreEditedAsLatitudeAndLongitude() throws Exception {
        Vehicle v = new Vehicle("EV1", "", "T1", new GeoPoint(19, 50), 10, 50, null, null);
        EntityField lat = field(Vehicle.class, "position.lat");
        Vehicle moved = (Vehicle) lat.with(v, lat.parse("51.5"));
        assertEquals(new GeoPoint(19, 51.5), moved.position());
        assertThrows(FieldValueException.class, () -> lat.parse("91"));
    }

    @Test
    void optionalBoxedNumbersMayBeEmptiedAndIdsAndListsAreShownOnly() throws Exception {
        EntityField target = field(Vehicle.class, "targetSocKWh");
        assertEquals(null, target.parse(""));
        assertThrows(FieldValueException.class, () -> field(Vehicle.class, "socKWh").parse(""));
        assertEquals(false, field(Vehicle.class, "id").editable());
        assertEquals(false, field(VehicleType.class, "drivingModes").editable());
    }

    @Test
    void solverParameterRecordsWorkToo() throws Exception {
        List<EntityField> list = fields.of(DemoStudy.LocalSearchParameters.class);
        Record r = new DemoStudy.LocalSearchParameters(10, 0);
        r = list.get(1).with(r, list.get(1).parse("25"));
        assertEquals(new DemoStudy.LocalSearchParameters(10, 25), r);
        EntityField rounds = list.get(0);
        assertThrows(FieldValueException.class, () -> rounds.with(new DemoStudy.LocalSearchParameters(1, 0),
                rounds.parse("-1")));
    }

    @Test
    void aVehiclesTripIsEditableFieldByFieldWhileItHasOne() throws Exception {
        Vehicle v = new Vehicle("ev1", "", "T1", new GeoPoint(19, 50), 10, 90, null,
                new org.evwb.core.project.MotorwayTrip("a4", "n1", "n5", 12));
        EntityField arrival = field(Vehicle.class, "trip.arrivalMin");
        assertEquals("Trip: Arrival (min)", arrival.label());
        assertTrue(arrival.editable());
        assertEquals(12.0, arrival.get(v));
        Vehicle later = (Vehicle) arrival.with(v, arrival.parse("42"));
        assertEquals(42.0, later.trip().arrivalMin());
        assertEquals("n5", later.trip().exitNodeId(), "the other trip fields stay");
        assertThrows(FieldValueException.class, () -> arrival.parse("-1"), "arrival is at least 0 min");
        EntityField entry = field(Vehicle.class, "trip.entryNodeId");
        Vehicle noTrip = new Vehicle("ev2", "", "T1", new GeoPoint(19, 50), 10, 90, null, null);
        FieldValueException e = assertThrows(FieldValueException.class, () -> entry.with(noTrip, "n2"));
        assertTrue(e.getMessage().contains("no trip"), e.getMessage());
    }
}
