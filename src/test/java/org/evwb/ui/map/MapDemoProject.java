package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityFactory;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;

/**
 * A seeded synthetic project for the map benchmark and tests: a 60 km east-west motorway near Frankfurt with nodes
 * every 20 km, some charging and base stations, and {@code n} vehicles scattered around it.
 */
final class MapDemoProject {

    static final GeoPoint MOTORWAY_START = new GeoPoint(8.0, 50.0);
    static final double MOTORWAY_LENGTH_KM = 60;

    private MapDemoProject() {
    }

    static Project generate(int vehicles, int stations, long seed) {
        Random rnd = new Random(seed);
        Project p = Project.empty("Map demo");
        VehicleType type = EntityFactory.vehicleType(p);
        double dLonPerKm = 1 / (111.32 * Math.cos(Math.toRadians(MOTORWAY_START.latDeg())));
        List<MotorwayNode> nodes = new ArrayList<>();
        for (int i = 0; i <= 3; i++) {
            double km = i * MOTORWAY_LENGTH_KM / 3;
            nodes.add(new MotorwayNode("N" + (i + 1), "", km, MOTORWAY_START.offsetDeg(km * dLonPerKm, 0)));
        }
        Motorway m = new Motorway("M1", "A 99", nodes);
        List<ChargingStation> cs = new ArrayList<>();
        List<BaseStation> bs = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            double km = (i + 0.5) * MOTORWAY_LENGTH_KM / stations;
            cs.add(new ChargingStation("CS" + (i + 1), "", MOTORWAY_START.offsetDeg(km * dLonPerKm, 0), "M1", km,
                    List.of(new Charger("1", 50), new Charger("2", 150))));
            bs.add(new BaseStation("BS" + (i + 1), "", MOTORWAY_START.offsetDeg(km * dLonPerKm, 0.08), 100, 50,
                    20, 40, 1, 0.5));
        }
        List<Vehicle> vs = new ArrayList<>(vehicles);
        for (int i = 0; i < vehicles; i++) {
            GeoPoint at = MOTORWAY_START.offsetDeg(rnd.nextDouble() * MOTORWAY_LENGTH_KM * dLonPerKm,
                    (rnd.nextDouble() - 0.5) * 0.4);
            vs.add(new Vehicle("EV" + (i + 1), "", type.id(), at, 10 + rnd.nextInt(40), 100, null, null));
        }
        Infrastructure infra = new Infrastructure(List.of(m), cs, bs, null, null, null);
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "Map demo", "", null, null, infra,
                new Fleet(List.of(type), vs), null, null, null);
    }
}
