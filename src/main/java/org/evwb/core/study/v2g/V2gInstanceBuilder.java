package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.geo.Geo;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.solve.StudyParameters;

/**
 * Reads a {@link V2gInstance} from a project: the depot (a charging station), its fleet (the vehicles within
 * {@value #DEPOT_RADIUS_KM} km of it, at most one per charger), and the market series. Collects every problem before
 * failing, each with its JSON path and the fix.
 *
 * <p>Decisions (docs/studies/v2g.md): SoCs are put on the 0.1 kWh grid (initial rounded to nearest, target rounded up),
 * so every solver's schedule stays on a common grid; each EV's power limit is {@code powerKW} capped by its charger's
 * power; the capacity is the vehicle type's.
 */
public final class V2gInstanceBuilder {

    /** Vehicles this close to the depot are its fleet. */
    public static final double DEPOT_RADIUS_KM = 1.0;

    private final StudyParameters<V2gParameters> parameters = StudyParameters.of(V2gStudy.ID, V2gParameters.DEFAULT)
            .withPresets(V2gParameters.PRESETS);

    public StudyParameters<V2gParameters> parameters() {
        return parameters;
    }

    public V2gInstance build(Project project, StudyConfig config) throws ProjectFileException {
        return buildWith(project, parameters.from(project, config));
    }

    public V2gInstance buildWith(Project project, V2gParameters p) throws ProjectFileException {
        String src = project.name().isBlank() ? "project" : project.name();
        List<Problem> problems = new ArrayList<>();
        List<ChargingStation> stations = project.infrastructure().chargingStations();
        ChargingStation depot = null;
        if (p.depotId() != null) {
            depot = stations.stream().filter(s -> s.id().equals(p.depotId())).findFirst().orElse(null);
            if (depot == null) {
                problems.add(new Problem("$.studies[?].parameters.depotId", "no charging station '" + p.depotId()
                        + "'; name one of " + stations.stream().map(ChargingStation::id).toList()));
            }
        } else {
            // the first station with vehicles around it (a combined project has a motorway station first)
            depot = stations.stream().filter(s -> !fleetOf(project, s).isEmpty()).findFirst()
                    .orElse(stations.isEmpty() ? null : stations.get(0));
        }
        if (depot == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem("$.infrastructure.chargingStations", "the v2g study needs a depot: add a "
                        + "charging station with the fleet's vehicles around it, or generate a fleet"));
            }
            throw new ProjectFileException(src, problems);
        }
        List<Integer> fleet = fleetOf(project, depot);
        int depotIndex = stations.indexOf(depot);
        if (fleet.isEmpty()) {
            problems.add(new Problem("$.infrastructure.chargingStations[" + depotIndex + "]", "no vehicles within "
                    + DEPOT_RADIUS_KM + " km of depot '" + depot.id() + "': place the fleet's EVs at the depot"));
        } else if (fleet.size() > depot.chargers().size()) {
            problems.add(new Problem("$.infrastructure.chargingStations[" + depotIndex + "].chargers", "depot '"
                    + depot.id() + "' has " + depot.chargers().size() + " chargers for " + fleet.size()
                    + " EVs; every EV stays plugged in all night, so add chargers or move EVs away"));
        }
        Map<String, VehicleType> types = new HashMap<>();
        project.fleet().vehicleTypes().forEach(t -> types.put(t.id(), t));
        List<V2gEv> evs = new ArrayList<>();
        double sumPower = 0;
        for (int n = 0; n < fleet.size(); n++) {
            int k = fleet.get(n);
            Vehicle v = project.fleet().vehicles().get(k);
            String path = "$.fleet.vehicles[" + k + "]";
            VehicleType t = types.get(v.typeId());
            if (t == null) {
                problems.add(new Problem(path + ".typeId", "no vehicle type '" + v.typeId()
                        + "' in $.fleet.vehicleTypes; add it or pick an existing type"));
                continue;
            }
            double cap = t.batteryCapacityKWh() > 0 ? t.batteryCapacityKWh() : p.capacityKWh();
            double power = p.powerKW();
            if (n < depot.chargers().size()) {
                power = Math.min(power, depot.chargers().get(n).powerKW());
            }
            sumPower += power;
            double initial;
            double target;
            if (p.socSource() == V2gParameters.SocSource.IDENTICAL) {
                initial = p.identicalInitialKWh();
                target = p.identicalTargetKWh();
            } else {
                initial = v.socKWh();
                if (v.targetSocKWh() == null) {
                    problems.add(new Problem(path + ".targetSocKWh", "missing: the v2g study needs each EV's "
                            + "required final SoC (or use preset l0, identical EVs)"));
                    continue;
                }
                target = v.targetSocKWh();
            }
            initial = Math.round(initial * 10) / 10.0;
            target = Math.ceil(target * 10 - 1e-6) / 10.0;
            String socField = p.socSource() == V2gParameters.SocSource.IDENTICAL ? "the study's identicalInitialKWh"
                    : path + ".socKWh";
            String targetField = p.socSource() == V2gParameters.SocSource.IDENTICAL
                    ? "the study's identicalTargetKWh" : path + ".targetSocKWh";
            if (initial < p.socFloorKWh() - 1e-9 || initial > cap + 1e-9) {
                problems.add(new Problem(path + ".socKWh", "EV " + v.id() + ": initial SoC " + initial + " kWh ("
                        + socField + ") lies outside [floor " + p.socFloorKWh() + ", capacity " + cap + "] kWh"));
            }
            if (target > cap + 1e-9) {
                problems.add(new Problem(path + ".targetSocKWh", "EV " + v.id() + ": required final SoC " + target
                        + " kWh (" + targetField + ") is above the battery capacity " + cap + " kWh; lower it to at "
                        + "most " + cap));
            }
            evs.add(new V2gEv(v.id(), cap, power, power, p.socFloorKWh(), initial, target));
        }
        List<MarketSlot> slots = market(project, p, problems);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(src, problems);
        }
        Double site = null;
        if (p.siteLimit()) {
            site = p.siteLimitKW() > 0 ? p.siteLimitKW() : 0.9 * sumPower;
        }
        double slotMinutes = project.timeSeries().stream().filter(s -> s.id().equals(p.priceSeries())).findFirst()
                .map(TimeSeries::slotMinutes).orElse(15.0);
        return new V2gInstance(depot.id(), slotMinutes, evs, slots, site, p.directionRule(), p.level());
    }

    /** Indices of the project's vehicles within {@value #DEPOT_RADIUS_KM} km of the station. */
    static List<Integer> fleetOf(Project project, ChargingStation depot) {
        List<Integer> out = new ArrayList<>();
        List<Vehicle> vs = project.fleet().vehicles();
        for (int k = 0; k < vs.size(); k++) {
            if (vs.get(k).position() != null && depot.position() != null
                    && Geo.haversineKm(vs.get(k).position(), depot.position()) <= DEPOT_RADIUS_KM) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<MarketSlot> market(Project project, V2gParameters p, List<Problem> problems) {
        Optional<TimeSeries> price = series(project, p.priceSeries());
        Optional<TimeSeries> volume = series(project, p.volumeSeries());
        Optional<TimeSeries> excess = series(project, p.excessCostSeries());
        if (price.isEmpty()) {
            problems.add(new Problem("$.timeSeries", "no price series '" + p.priceSeries() + "' (¤/kWh per slot): "
                    + "import market data (timestamp, price, volume) or set the study's priceSeries"));
        }
        if (volume.isEmpty()) {
            problems.add(new Problem("$.timeSeries", "no residual volume series '" + p.volumeSeries() + "' (kWh per "
                    + "slot): import market data (timestamp, price, volume) or set the study's volumeSeries"));
        }
        if (price.isEmpty() || volume.isEmpty()) {
            return List.of();
        }
        TimeSeries pr = price.get();
        TimeSeries vo = volume.get();
        int n = p.slotCount() > 0 ? p.slotCount() : pr.size();
        String prPath = "$.timeSeries[" + project.timeSeries().indexOf(pr) + "]";
        String voPath = "$.timeSeries[" + project.timeSeries().indexOf(vo) + "]";
        if (n == 0) {
            problems.add(new Problem(prPath + ".values", "the price series is empty"));
            return List.of();
        }
        check(pr, prPath, n, pr, problems);
        check(vo, voPath, n, pr, problems);
        excess.ifPresent(e -> check(e, "$.timeSeries[" + project.timeSeries().indexOf(e) + "]", n, pr, problems));
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<MarketSlot> slots = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double sigma = excess.map(e -> e.values().get(0)).isPresent() ? excess.get().values().get(k)
                    : p.excessCostPerKWh();
            if (sigma < 0 || !Double.isFinite(sigma)) {
                problems.add(new Problem("$.timeSeries[" + project.timeSeries().indexOf(excess.get()) + "].values["
                        + k + "]", "excess cost must be ≥ 0 ¤/kWh (excess is a cost), is " + sigma));
            }
            slots.add(new MarketSlot(pr.startMin() + k * pr.slotMinutes(), vo.values().get(k), pr.values().get(k),
                    sigma));
        }
        return slots;
    }

    private static void check(TimeSeries s, String path, int n, TimeSeries price, List<Problem> problems) {
        if (s.size() < n) {
            problems.add(new Problem(path + ".values", "series '" + s.id() + "' has " + s.size() + " values for "
                    + n + " slots; give one value per slot"));
        }
        if (s.slotMinutes() != price.slotMinutes() || s.startMin() != price.startMin()) {
            problems.add(new Problem(path + ".slotMinutes", "series '" + s.id() + "' starts at " + s.startMin()
                    + " min with " + s.slotMinutes() + "-min slots, the price series at " + price.startMin()
                    + " with " + price.slotMinutes() + "; give all market series the same slots"));
        }
        for (int k = 0; k < Math.min(n, s.size()); k++) {
            if (!Double.isFinite(s.values().get(k))) {
                problems.add(new Problem(path + ".values[" + k + "]", "not a finite number"));
            }
        }
    }

    private static Optional<TimeSeries> series(Project project, String id) {
        return project.timeSeries().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
