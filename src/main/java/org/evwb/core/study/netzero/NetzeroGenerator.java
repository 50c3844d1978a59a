package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Project;
import org.evwb.core.project.PvSource;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Unit;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;
import org.evwb.core.project.WindSource;

/**
 * The paper's scenario (§V-A) as a project: a straight highway west of London with evenly spaced charging stations,
 * wind farms north and PV farms south of it, and N EVs of Table VI's three types (60/20/20) spread along it, each with
 * SOC_c = BC·U(0.05, 1) and its type's UK limit.
 */
public final class NetzeroGenerator {

    public static final String ID = "netzero-highway";

    /** Degrees of longitude per km at the road's latitude. */
    static final double LON_PER_KM = 1 / (111.32 * Math.cos(Math.toRadians(51.49)));

    /** What the generator makes. */
    public record Parameters(
            @Unit(value = "", min = 1, max = 20000) int evs,
            @Unit(value = "", min = 0, max = 200) int windSources,
            @Unit(value = "", min = 0, max = 200) int pvSources,
            @Unit(value = "", min = 0, max = 100) int stations,
            @Unit(value = "km", min = 1, max = 500) double roadLengthKm,
            @Unit(value = "", min = 0, max = 1) double carShare,
            @Unit(value = "", min = 0, max = 1) double busShare) {

        public static final Parameters DEFAULT = new Parameters(500, 50, 50, 3, 20, 0.6, 0.2);

        public Parameters {
            if (carShare + busShare > 1 + 1e-9) {
                throw new IllegalArgumentException("carShare + busShare must not exceed 1 (the lorries get the "
                        + "rest), was " + (carShare + busShare));
            }
        }
    }

    public static Project generate(Parameters g, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double lat = 51.49;
        double lon0 = -0.45;
        List<MotorwayNode> nodes = new ArrayList<>();
        int nodeCount = Math.max(2, (int) Math.round(g.roadLengthKm() / 2.5) + 1);
        for (int k = 0; k < nodeCount; k++) {
            double km = g.roadLengthKm() * k / (nodeCount - 1);
            nodes.add(new MotorwayNode("j" + (k + 1), "Junction " + (k + 1), round(km),
                    new GeoPoint(round(lon0 - km * LON_PER_KM), lat)));
        }
        Motorway road = new Motorway("road", round(g.roadLengthKm()) + " km road", nodes);
        List<ChargingStation> stations = new ArrayList<>();
        for (int s = 0; s < g.stations(); s++) {
            double km = g.roadLengthKm() * (s + 0.5) / g.stations();
            stations.add(new ChargingStation("cs" + (s + 1), "Services km " + round(km),
                    new GeoPoint(round(lon0 - km * LON_PER_KM), lat + 0.0015), "road", round(km),
                    List.of(new Charger("c1", 150), new Charger("c2", 150), new Charger("c3", 50),
                            new Charger("c4", 50))));
        }
        List<WindSource> winds = new ArrayList<>();
        for (int w = 0; w < g.windSources(); w++) {
            double km = g.roadLengthKm() * rnd.nextDouble();
            winds.add(new WindSource("wind" + (w + 1), "Wind farm " + (w + 1),
                    new GeoPoint(round(lon0 - km * LON_PER_KM), round(lat + 0.02 + 0.03 * rnd.nextDouble())),
                    500 * (1 + rnd.nextInt(6)), null));
        }
        List<PvSource> pvs = new ArrayList<>();
        for (int v = 0; v < g.pvSources(); v++) {
            double km = g.roadLengthKm() * rnd.nextDouble();
            pvs.add(new PvSource("pv" + (v + 1), "Solar farm " + (v + 1),
                    new GeoPoint(round(lon0 - km * LON_PER_KM), round(lat - 0.02 - 0.03 * rnd.nextDouble())),
                    250 * (1 + rnd.nextInt(4)), null));
        }
        List<VehicleType> types = tableVi();
        List<Vehicle> vehicles = new ArrayList<>();
        int width = String.valueOf(g.evs()).length();
        for (int i = 0; i < g.evs(); i++) {
            double u = rnd.nextDouble();
            VehicleType t = u < g.carShare() ? types.get(0) : u < g.carShare() + g.busShare() ? types.get(1)
                    : types.get(2);
            double km = g.roadLengthKm() * rnd.nextDouble();
            double soc = t.batteryCapacityKWh() * (0.05 + 0.95 * rnd.nextDouble());
            double limit = t.category() == VehicleCategory.LORRY ? 96.56 : 112.65;
            vehicles.add(new Vehicle(String.format("%s%0" + width + "d", t.id(), i + 1), null, t.id(),
                    new GeoPoint(round(lon0 - km * LON_PER_KM), round(lat + 0.0004 * (rnd.nextDouble() - 0.5))),
                    Math.round(soc * 100) / 100.0, limit, null, null));
        }
        Infrastructure infra = new Infrastructure(List.of(road), stations, null, null, winds, pvs);
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "netzero highway, " + g.evs() + " EVs, seed "
                + seed, "A " + round(g.roadLengthKm()) + " km road with " + g.stations() + " charging stations, "
                + g.windSources() + " wind and " + g.pvSources() + " PV sources and " + g.evs() + " EVs (paper 004)",
                null, null, infra, new Fleet(types, vehicles), null, null,
                List.of(new StudyConfig("netzero-road", NetzeroStudy.ID, "Grid cost with EV prosumers", Map.of())));
    }

    /** Table VI's car, bus and lorry as project vehicle types. */
    public static List<VehicleType> tableVi() {
        return List.of(type(VehicleSpec.CAR, "Car (Table VI)", VehicleCategory.CAR),
                type(VehicleSpec.BUS, "Bus (Table VI)", VehicleCategory.BUS),
                type(VehicleSpec.LORRY, "Lorry (Table VI)", VehicleCategory.LORRY));
    }

    private static VehicleType type(VehicleSpec s, String name, VehicleCategory c) {
        return new VehicleType(s.typeId(), name, c, s.batteryKWh(), s.massKg(), s.dragCoefficient(),
                s.rollingResistance(), s.frontalAreaM2(), s.wheelRadiusM(), s.gearRatio(), s.motorPowerKW(), 0, null);
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
