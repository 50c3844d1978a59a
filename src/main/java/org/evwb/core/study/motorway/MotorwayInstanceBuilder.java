package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.study.motorway.MotorwayInstance.DropReason;
import org.evwb.core.study.motorway.MotorwayInstance.Dropped;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.Station;

/**
 * Builds a {@link MotorwayInstance} from a project (SPEC §5 "Instances"). Every problem with the data is collected
 * and reported at once, each naming its JSON path.
 */
public final class MotorwayInstanceBuilder {

    private final MotorwayParameters params;

    public MotorwayInstanceBuilder(MotorwayParameters params) {
        this.params = params;
    }

    public MotorwayInstance build(Project p) throws ProjectFileException {
        String src = p.name().isBlank() ? "project" : "project \"" + p.name() + "\"";
        List<Motorway> mws = p.infrastructure().motorways();
        if (mws.isEmpty()) {
            throw new ProjectFileException(src, "$.infrastructure.motorways", "the motorway study needs a motorway "
                    + "section with nodes; add one (nodes with chainageKm in increasing order)");
        }
        int mIdx = 0;
        if (params.motorwayId() != null) {
            mIdx = -1;
            for (int i = 0; i < mws.size(); i++) {
                if (mws.get(i).id().equals(params.motorwayId())) {
                    mIdx = i;
                }
            }
            if (mIdx < 0) {
                throw new ProjectFileException(src, "$.studies[*].parameters.motorwayId", "unknown motorway \""
                        + params.motorwayId() + "\"; use the id of a motorway in $.infrastructure.motorways");
            }
        }
        Motorway mw = mws.get(mIdx);
        String mwPath = "$.infrastructure.motorways[" + mIdx + "]";
        List<Problem> problems = new ArrayList<>();
        if (mw.nodes().size() < 2) {
            problems.add(new Problem(mwPath + ".nodes", "motorway \"" + mw.id() + "\" needs at least two nodes "
                    + "(entry and exit) with chainageKm"));
        }
        List<Station> stations = stations(p, mw, problems);
        List<Emv> emvs = emvs(p, mw, problems);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(src, problems);
        }
        return options(p, mw, emvs, stations);
    }

    private List<Station> stations(Project p, Motorway mw, List<Problem> problems) {
        List<Station> out = new ArrayList<>();
        List<ChargingStation> css = p.infrastructure().chargingStations();
        for (int i = 0; i < css.size(); i++) {
            ChargingStation cs = css.get(i);
            if (!mw.id().equals(cs.motorwayId())) {
                continue;
            }
            String path = "$.infrastructure.chargingStations[" + i + "]";
            if (cs.chainageKm() == null) {
                problems.add(new Problem(path + ".chainageKm", "station \"" + cs.id() + "\" is on motorway \""
                        + mw.id() + "\" but has no chainageKm; add its distance in km from the section start"));
                continue;
            }
            if (cs.chargers().isEmpty()) {
                problems.add(new Problem(path + ".chargers", "station \"" + cs.id() + "\" has no chargers; add at "
                        + "least one charger with powerKW"));
                continue;
            }
            out.add(new Station(out.size(), cs.id(), cs.label(), cs.chainageKm(), cs.chargers()));
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("$.infrastructure.chargingStations", "no charging station stands on motorway \""
                    + mw.id() + "\"; set a station's motorwayId to \"" + mw.id() + "\" and its chainageKm"));
        }
        return out;
    }

    private List<Emv> emvs(Project p, Motorway mw, List<Problem> problems) {
        List<Emv> out = new ArrayList<>();
        List<Vehicle> vs = p.fleet().vehicles();
        List<VehicleType> types = p.fleet().vehicleTypes();
        for (int i = 0; i < vs.size(); i++) {
            Vehicle v = vs.get(i);
            if (v.trip() == null || !mw.id().equals(v.trip().motorwayId())) {
                continue;
            }
            String path = "$.fleet.vehicles[" + i + "]";
            int t = -1;
            for (int k = 0; k < types.size(); k++) {
                if (types.get(k).id().equals(v.typeId())) {
                    t = k;
                }
            }
            if (t < 0) {
                problems.add(new Problem(path + ".typeId", "vehicle \"" + v.id() + "\" needs a vehicle type from "
                        + "$.fleet.vehicleTypes (battery and driving modes)"));
                continue;
            }
            VehicleType type = types.get(t);
            if (type.drivingModes().isEmpty()) {
                problems.add(new Problem("$.fleet.vehicleTypes[" + t + "].drivingModes", "type \"" + type.id()
                        + "\" has no driving modes; add speedKmh/consumptionWhPerKm pairs, e.g. "
                        + "[{\"speedKmh\": 90, \"consumptionWhPerKm\": 140}]"));
                continue;
            }
            Optional<MotorwayNode> in = mw.node(v.trip().entryNodeId());
            Optional<MotorwayNode> outNode = mw.node(v.trip().exitNodeId());
            if (in.isEmpty()) {
                problems.add(new Problem(path + ".trip.entryNodeId", "motorway \"" + mw.id() + "\" has no node \""
                        + v.trip().entryNodeId() + "\"; use one of its node ids"));
            }
            if (outNode.isEmpty()) {
                problems.add(new Problem(path + ".trip.exitNodeId", "motorway \"" + mw.id() + "\" has no node \""
                        + v.trip().exitNodeId() + "\"; use one of its node ids"));
            }
            if (in.isEmpty() || outNode.isEmpty()) {
                continue;
            }
            if (outNode.get().chainageKm() <= in.get().chainageKm()) {
                problems.add(new Problem(path + ".trip.exitNodeId", "the exit node must come after the entry node "
                        + "on a one-way motorway"));
                continue;
            }
            if (v.socKWh() > type.batteryCapacityKWh()) {
                problems.add(new Problem(path + ".socKWh", "energy at entry exceeds the battery of type \""
                        + type.id() + "\""));
                continue;
            }
            out.add(new Emv(out.size(), v.id(), v.label(), type.id(), in.get().id(), outNode.get().id(),
                    in.get().chainageKm(), outNode.get().chainageKm(), v.trip().arrivalMin(),
                    type.batteryCapacityKWh(), v.socKWh(), type.drivingModes()));
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("$.fleet.vehicles", "no vehicle has a trip on motorway \"" + mw.id()
                    + "\"; give vehicles a 'trip' with motorwayId, entryNodeId, exitNodeId and arrivalMin"));
        }
        return out;
    }

    private MotorwayInstance options(Project p, Motorway mw, List<Emv> emvs, List<Station> stations) {
        List<EmvOption> perCharger = new ArrayList<>();
        List<EmvOption> perStation = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        double latestReady = 0;
        double serialMin = 0;
        for (Emv e : emvs) {
            double longest = 0;
            for (int k = 0; k < e.modes().size(); k++) {
                DrivingMode m = e.modes().get(k);
                double pk = m.consumptionWhPerKm() / 1000.0; // kWh/km
                for (Station s : stations) {
                    if (s.chainageKm() < e.entryKm() || s.chainageKm() > e.exitKm()) {
                        continue; // not between entry and exit
                    }
                    double d = s.chainageKm() - e.entryKm();
                    double arrival = e.entryKWh() - d * pk;
                    if (arrival < params.reserveKWh()) {
                        dropped.add(new Dropped(e.index(), k, s.index(), DropReason.CANNOT_REACH_STATION));
                        continue;
                    }
                    if (e.fullKWh() < (e.exitKm() - s.chainageKm()) * pk) {
                        dropped.add(new Dropped(e.index(), k, s.index(), DropReason.CANNOT_REACH_EXIT));
                        continue;
                    }
                    double ready = e.arrivalMin() + 60.0 * d / m.speedKmh();
                    double rest = 60.0 * (e.exitKm() - s.chainageKm()) / m.speedKmh();
                    double tripKWh = (e.exitKm() - e.entryKm()) * pk;
                    double deficit = e.fullKWh() - arrival; // Decision: deficit at arrival, not at entry
                    for (int l = 0; l < s.chargers().size(); l++) {
                        double dur = 60.0 * deficit / s.chargers().get(l).powerKW();
                        perCharger.add(new EmvOption(perCharger.size(), e.index(), k, s.index(), l, m.speedKmh(), pk,
                                d, arrival, ready, dur, rest, tripKWh));
                        longest = Math.max(longest, dur);
                    }
                    double durStation = 60.0 * deficit / s.stationPowerKW();
                    perStation.add(new EmvOption(perStation.size(), e.index(), k, s.index(), -1, m.speedKmh(), pk, d,
                            arrival, ready, durStation, rest, tripKWh));
                    longest = Math.max(longest, durStation);
                    latestReady = Math.max(latestReady, ready);
                }
            }
            serialMin += longest;
        }
        double horizon = Math.ceil(latestReady + serialMin) + 1;
        return new MotorwayInstance(p, mw, params, emvs, stations, perCharger, perStation, dropped, horizon);
    }
}
