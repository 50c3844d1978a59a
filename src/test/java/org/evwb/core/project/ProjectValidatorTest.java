package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** Projects built in code (editors, generators) are checked like files, without tripping over their nulls. */
class ProjectValidatorTest {

    private final ProjectValidator validator = new ProjectValidator();

    @Test
    void fixtureIsValid() {
        assertEquals(List.of(), validator.validate(TestProjects.full()));
        assertEquals(List.of(), validator.validate(TestProjects.minimal()));
    }

    @Test
    void nullsInRequiredFieldsAreProblemsNotExceptions() {
        Vehicle v = new Vehicle("v9", null, null, null, 1, 0, null, new MotorwayTrip(null, null, "n3", 0));
        Project p = TestProjects.full().insert(v, -1);
        List<Problem> problems = validator.validate(p);
        assertHas(problems, "$.fleet.vehicles[2].typeId", "missing; this field is required");
        assertHas(problems, "$.fleet.vehicles[2].position", "missing; this field is required");
        assertHas(problems, "$.fleet.vehicles[2].trip.motorwayId", "missing");
        assertHas(problems, "$.fleet.vehicles[2].trip.entryNodeId", "missing");
    }

    @Test
    void nonFiniteNumbersAndPositionsAreReported() {
        Project p = TestProjects.full().insert(new Vehicle("v9", null, "leaf", new GeoPoint(Double.NaN, 50),
                Double.POSITIVE_INFINITY, 0, null, null), -1);
        List<Problem> problems = validator.validate(p);
        assertHas(problems, "$.fleet.vehicles[2].socKWh", "is not a finite number");
        assertHas(problems, "$.fleet.vehicles[2].position", "is not a WGS84 position");
    }

    @Test
    void everyProblemNamesAPathUnderTheRoot() {
        Project p = TestProjects.full().insert(new ChargingStation("", null, new GeoPoint(0, 0), "nowhere", null,
                List.of(new Charger("c", -1), new Charger("c", 5))), -1);
        List<Problem> problems = validator.validate(p);
        assertHas(problems, "$.infrastructure.chargingStations[2].id", "empty id");
        assertHas(problems, "$.infrastructure.chargingStations[2].motorwayId", "unknown motorway \"nowhere\"");
        assertHas(problems, "$.infrastructure.chargingStations[2].chainageKm", "needs 'chainageKm'");
        assertHas(problems, "$.infrastructure.chargingStations[2].chargers[0].powerKW", "-1 is below or equal to 0");
        assertHas(problems, "$.infrastructure.chargingStations[2].chargers[1].id", "duplicate charger id");
        assertEquals(5, problems.size(), problems.toString());
    }

    private static void assertHas(List<Problem> problems, String path, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(fragment)),
                () -> "expected " + path + ": …" + fragment + "…, got " + problems);
    }
}
