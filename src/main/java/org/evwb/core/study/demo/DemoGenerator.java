package org.evwb.core.study.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.geo.Geo;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Unit;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;

/**
 * Seeded demo projects: vehicles and charging stations uniformly in a square, each station with a random number of
 * chargers, and one demo study configuration. The same parameters and seed give the same project.
 */
public final class DemoGenerator {

    public static final String ID = "demo";

    /**
     * @param vehicles             vehicles to place
     * @param stations             charging stations to place
     * @param maxChargersPerStation each station gets 1 to this many 22 kW chargers
     * @param areaSideKm           side of the square, centred on ({@code centerLonDeg}, {@code centerLatDeg})
     */
    public record Parameters(
            @Unit(value = "", min = 0, max = 100_000) int vehicles,
            @Unit(value = "", min = 1, max = 10_000) int stations,
            @Unit(value = "", min = 1, max = 50) int maxChargersPerStation,
            @Unit(value = "km", min = 0, max = 1000, minExclusive = true) double areaSideKm,
            @Unit(value = "°", min = -180, max = 180) double centerLonDeg,
            @Unit(value = "°", min = -85, max = 85) double centerLatDeg) {

        /** Twenty vehicles and five stations in 10 × 10 km around Katowice. */
        public static final Parameters DEFAULT = new Parameters(20, 5, 3, 10, 19.02, 50.26);
    }

    public Project generate(Parameters p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double halfLat = Math.toDegrees(p.areaSideKm() / 2 / Geo.EARTH_RADIUS_KM);
        double halfLon = halfLat / Math.cos(Math.toRadians(p.centerLatDeg()));
        List<ChargingStation> stations = new ArrayList<>();
        for (int j = 0; j < p.stations(); j++) {
            int n = 1 + rnd.nextInt(p.maxChargersPerStation());
            List<Charger> chargers = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                chargers.add(new Charger("c" + (c + 1), 22));
            }
            stations.add(new ChargingStation("cs" + (j + 1), "Station " + (j + 1), point(rnd, p, halfLon, halfLat),
                    null, null, chargers));
        }
        VehicleType car = new VehicleType("car", "Demo car", VehicleCategory.CAR, 50, 1600, 0.29, 0.01, 2.2, 0, 0, 0,
                0, List.of());
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < p.vehicles(); v++) {
            double soc = Math.round(rnd.nextDouble(0.1, 0.9) * car.batteryCapacityKWh() * 10) / 10.0;
            vehicles.add(new Vehicle("ev" + (v + 1), null, car.id(), point(rnd, p, halfLon, halfLat), soc, 0, null,
                    null));
        }
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "Demo: " + p.vehicles() + " vehicles, "
                + p.stations() + " stations (seed " + seed + ")", "Generated for the demo study", null, null,
                new Infrastructure(null, stations, null, null, null, null), new Fleet(List.of(car), vehicles), null,
                null, List.of(new StudyConfig("demo", DemoStudy.ID, "Nearest free charger", Map.of())));
    }

    private static GeoPoint point(SplittableRandom rnd, Parameters p, double halfLon, double halfLat) {
        // rounded to ~1 m so the written file stays readable
        return new GeoPoint(round6(p.centerLonDeg() + rnd.nextDouble(-halfLon, halfLon)),
                round6(p.centerLatDeg() + rnd.nextDouble(-halfLat, halfLat)));
    }

    private static double round6(double deg) {
        return Math.round(deg * 1e6) / 1e6;
    }
}
