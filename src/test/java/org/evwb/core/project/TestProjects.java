package org.evwb.core.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.GeoPoint;

/** Small projects for tests: one with every entity kind and every optional field set, one with the bare minimum. */
final class TestProjects {

    private TestProjects() {
    }

    /** Every entity kind, every optional field present. */
    static Project full() {
        Motorway mw = new Motorway("a4", "A4", List.of(
                new MotorwayNode("n1", "Start", 0, new GeoPoint(19.0, 50.2)),
                new MotorwayNode("n2", "Middle", 12.5, new GeoPoint(19.1, 50.18)),
                new MotorwayNode("n3", "End", 30, new GeoPoint(19.3, 50.1))));
        ChargingStation cs = new ChargingStation("cs1", "MOP 1", new GeoPoint(19.1, 50.181), "a4", 12.5,
                List.of(new Charger("c1", 50), new Charger("c2", 150)));
        ChargingStation offRoad = new ChargingStation("cs2", null, new GeoPoint(19.2, 50.3), null, null, List.of());
        BaseStation bs = new BaseStation("bs1", "BS one", new GeoPoint(-0.12, 51.5), 100, 55.5, 20, 40, 2, 0.5);
        EdgeServer es = new EdgeServer("e1", "Edge", new GeoPoint(10, 45), 64, 2000, 500, BatteryKind.FINITE, 2000,
                "solar");
        EdgeServer es2 = new EdgeServer("e2", null, new GeoPoint(10.1, 45), 32, 1000, 250, BatteryKind.NONE, 0,
                null);
        WindSource wind = new WindSource("w1", "Turbine", new GeoPoint(1, 52), 3000, "solar");
        PvSource pv = new PvSource("pv1", "Roof", new GeoPoint(1.1, 52), 250.5, "solar");
        VehicleType leaf = new VehicleType("leaf", "Nissan Leaf", VehicleCategory.CAR, 24, 1500, 0.28, 0.01, 2.3,
                0.3, 7.9, 80, 50, List.of(new DrivingMode(60, 120), new DrivingMode(90, 160)));
        VehicleType bare = new VehicleType("bus", null, VehicleCategory.BUS, 320, 12000, 0.6, 0.008, 8, 0, 0, 0, 0,
                null);
        Vehicle v1 = new Vehicle("v1", "Car 1", "leaf", new GeoPoint(19.05, 50.2), 20, 90, 22.5,
                new MotorwayTrip("a4", "n1", "n3", 15.5));
        Vehicle v2 = new Vehicle("v2", null, "bus", new GeoPoint(19.06, 50.2), 100, 0, null, null);
        TimeSeries solar = new TimeSeries("solar", "Solar", "W", 30, 1, List.of(0.0, 10.5, 200.0));
        TimeSeries price = new TimeSeries("price", null, "¤/kWh", 0, 15, List.of(-1.5, 2.0));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tasksPerDay", 100000);
        params.put("peakHours", List.of(8.5, 18.0));
        params.put("label", "two-peak");
        GeneratorRecipe gen = new GeneratorRecipe("tasks", "edge-tasks", 42L, params);
        GeneratorRecipe gen2 = new GeneratorRecipe("tasks2", "edge-tasks", -7L, null);
        StudyConfig study = new StudyConfig("s1", "motorway", "A4 run", Map.of("solver", "cpsat"));
        StudyConfig study2 = new StudyConfig("s2", "edge", null, null);
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "Full", "Every kind", "EUR", "europe",
                new Infrastructure(List.of(mw), List.of(cs, offRoad), List.of(bs), List.of(es, es2), List.of(wind),
                        List.of(pv)),
                new Fleet(List.of(leaf, bare), List.of(v1, v2)), List.of(solar, price), List.of(gen, gen2),
                List.of(study, study2));
    }

    /** Only what a file must have. */
    static Project minimal() {
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, null, null, null, null, null, null, null, null,
                null);
    }
}
