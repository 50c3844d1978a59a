package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.MotorwayTrip;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;

/**
 * Assembles a one-motorway project from chainages (for the generator, the samples and tests). Positions are drawn
 * on a straight west–east line from {@code origin}; chainage stays authoritative.
 */
public final class MotorwayProjectBuilder {

    private static final double KM_PER_DEG_LAT = 111.32;

    private final String motorwayId;
    private final GeoPoint origin;
    private final List<MotorwayNode> nodes = new ArrayList<>();
    private final List<ChargingStation> stations = new ArrayList<>();
    private final List<VehicleType> types = new ArrayList<>();
    private final List<Vehicle> vehicles = new ArrayList<>();

    public MotorwayProjectBuilder(String motorwayId, GeoPoint origin) {
        this.motorwayId = motorwayId;
        this.origin = origin;
    }

    public MotorwayProjectBuilder node(String id, String name, double chainageKm) {
        nodes.add(new MotorwayNode(id, name, chainageKm, at(chainageKm)));
        return this;
    }

    /** A station on the motorway with chargers "1", "2", … of the given powers. */
    public MotorwayProjectBuilder station(String id, String name, double chainageKm, double... powersKW) {
        List<Charger> ch = new ArrayList<>();
        for (int l = 0; l < powersKW.length; l++) {
            ch.add(new Charger(Integer.toString(l + 1), powersKW[l]));
        }
        stations.add(new ChargingStation(id, name, at(chainageKm), motorwayId, chainageKm, ch));
        return this;
    }

    /** A vehicle type with a battery and driving modes (increasing speed). Physics fields get car values. */
    public MotorwayProjectBuilder type(String id, String name, double batteryKWh, List<DrivingMode> modes) {
        types.add(new VehicleType(id, name, VehicleCategory.CAR, batteryKWh, 1619, 0.28, 0.01, 2.56, 0.2, 7.94, 110,
                50, modes));
        return this;
    }

    /** A vehicle entering at {@code entryNodeId} at {@code arrivalMin} with {@code entryKWh} in its battery. */
    public MotorwayProjectBuilder vehicle(String id, String typeId, String entryNodeId, String exitNodeId,
                                          double arrivalMin, double entryKWh) {
        double km = nodes.stream().filter(n -> n.id().equals(entryNodeId)).mapToDouble(MotorwayNode::chainageKm)
                .findFirst().orElse(0);
        vehicles.add(new Vehicle(id, "", typeId, at(km), entryKWh, 0, null,
                new MotorwayTrip(motorwayId, entryNodeId, exitNodeId, arrivalMin)));
        return this;
    }

    public Project build(String name, String motorwayName) {
        Infrastructure infra = new Infrastructure(List.of(new Motorway(motorwayId, motorwayName, nodes)), stations,
                null, null, null, null);
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, name, "", null, null, infra,
                new Fleet(types, vehicles), null, null,
                List.of(new StudyConfig("motorway-1", MotorwayStudy.ID, "Conflict-free charging", Map.of())));
    }

    private GeoPoint at(double chainageKm) {
        double kmPerDegLon = KM_PER_DEG_LAT * Math.cos(Math.toRadians(origin.latDeg()));
        return origin.offsetDeg(chainageKm / kmPerDegLon, 0);
    }
}
