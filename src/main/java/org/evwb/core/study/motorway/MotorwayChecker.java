package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.qubo.study.QuboStatsCheck;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * The independent checker of the motorway study. It looks only at the project data (motorway, stations, vehicles,
 * types) and the parameters, recomputing distances, energies, ready times and durations itself; the options cached in
 * the instance are never consulted, so a bug in instance building cannot hide a bad schedule.
 *
 * <p>Constraint ids: {@code proved-infeasible}, {@code no-schedule}, {@code assignment-count},
 * {@code unknown-vehicle}, {@code unknown-mode}, {@code unknown-station}, {@code unknown-charger},
 * {@code station-not-on-trip}, {@code unreachable-station}, {@code cannot-reach-exit}, {@code duration},
 * {@code start-before-ready}, {@code waiting}, {@code charger-overlap} (Model I), {@code station-capacity} (Model II,
 * exact rule) and {@code station-pairwise} (Model II, the paper's rule); and {@code reported-figure} for every figure
 * the schedule reports that disagrees with the recomputation ({@link ReportedFigures}): an assignment's speed and
 * consumption (from its vehicle type's mode), the charging end (from the energy to fill and the power, as
 * {@code duration}), the conflict count (the charging conflicts found here) and the QUBO statistics
 * ({@link QuboStatsCheck}).
 */
public final class MotorwayChecker implements Checker<MotorwayInstance, MotorwaySchedule> {

    /** Constraint ids that are charging conflicts (what the "conflicts" objective counts). */
    public static final List<String> CONFLICT_KINDS = List.of("charger-overlap", "station-capacity",
            "station-pairwise");

    private static final double TOL_MIN = 1e-6;
    /** The model the QUBO statistics of a schedule are recomputed on (the checker's own instance of it). */
    private static final MotorwayQuboFormulation FORMULATION = new MotorwayQuboFormulation();

    /** An assignment that passed the per-EMV checks far enough to be placed on a charger or station. */
    private record Placed(int order, Assignment a, String pointKey, int capacity) { }

    @Override
    public List<Violation> check(MotorwayInstance instance, MotorwaySchedule s) {
        MotorwayParameters params = instance.parameters();
        List<Violation> out = new ArrayList<>();
        if (s.assignments().isEmpty() && s.status() == MotorwaySchedule.Status.PROVED_INFEASIBLE) {
            out.add(new Violation("proved-infeasible", "the solver proved that no conflict-free schedule exists ("
                    + modelName(params) + (params.allowWaiting() ? ", waiting allowed" : ", no waiting")
                    + "); there is no schedule to check"));
            return out;
        }
        if (s.assignments().isEmpty() && s.status() == MotorwaySchedule.Status.NO_SOLUTION) {
            out.add(new Violation("no-schedule", "the solver stopped before it found a schedule"));
            return out;
        }
        Project p = instance.project();
        Motorway mw = p.find(Motorway.class, instance.motorway().id()).orElseThrow();
        Map<String, Vehicle> emvs = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Vehicle v : p.fleet().vehicles()) {
            if (v.trip() != null && mw.id().equals(v.trip().motorwayId())) {
                order.put(v.id(), emvs.size());
                emvs.put(v.id(), v);
            }
        }
        Map<String, Integer> count = new HashMap<>();
        for (Assignment a : s.assignments()) {
            count.merge(a.vehicleId(), 1, Integer::sum);
        }
        for (String id : emvs.keySet()) {
            int c = count.getOrDefault(id, 0);
            if (c != 1) {
                out.add(new Violation("assignment-count", "EMV " + id + " has " + c + " charging assignments; it "
                        + "needs exactly one (one-hot, eq. 1)"));
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < s.assignments().size(); i++) {
            Assignment a = s.assignments().get(i);
            Vehicle v = emvs.get(a.vehicleId());
            if (v == null) {
                out.add(new Violation("unknown-vehicle", "vehicle \"" + a.vehicleId() + "\" has no trip on motorway "
                        + mw.id()));
                continue;
            }
            checkOne(p, mw, params, v, a, i, order.get(v.id()), out, placed);
        }
        int before = out.size();
        if (params.model() == ChargingPointModel.CHARGER) {
            chargerOverlaps(placed, out);
        } else if (params.stationRule() == StationRule.EXACT_CAPACITY) {
            stationCapacity(placed, out);
        } else {
            stationPairwise(placed, out);
        }
        if (s.reportedConflicts() >= 0) {
            ReportedFigures.value(out, SolutionFormat.ROOT + ".reportedConflicts", s.reportedConflicts(),
                    out.size() - before);
        }
        if (s.quboStats() != null) {
            out.addAll(QuboStatsCheck.check(QuboStatsCheck.encodingOf(FORMULATION, instance, s.quboStats()),
                    s.quboStats(), s));
        }
        return out;
    }

    private void checkOne(Project p, Motorway mw, MotorwayParameters params, Vehicle v, Assignment a, int index,
                          int order, List<Violation> out, List<Placed> placed) {
        String who = "EMV " + v.id();
        Optional<VehicleType> type = p.find(VehicleType.class, v.typeId() == null ? "" : v.typeId());
        if (type.isEmpty() || a.mode() < 0 || a.mode() >= type.get().drivingModes().size()) {
            out.add(new Violation("unknown-mode", who + " has no driving mode " + (a.mode() + 1)));
            return;
        }
        DrivingMode mode = type.get().drivingModes().get(a.mode());
        String at = SolutionFormat.ROOT + ".assignments[" + index + "]";
        ReportedFigures.number(out, at + ".speedKmh", a.speedKmh(), mode.speedKmh(), "km/h");
        ReportedFigures.number(out, at + ".consumptionWhPerKm", a.consumptionWhPerKm(), mode.consumptionWhPerKm(),
                "Wh/km");
        Optional<ChargingStation> st = p.find(ChargingStation.class, a.stationId() == null ? "" : a.stationId())
                .filter(cs -> mw.id().equals(cs.motorwayId()) && cs.chainageKm() != null);
        if (st.isEmpty()) {
            out.add(new Violation("unknown-station", who + " is sent to station \"" + a.stationId()
                    + "\", which is not on motorway " + mw.id()));
            return;
        }
        ChargingStation cs = st.get();
        Charger charger = null;
        if (a.chargerId() != null || params.model() == ChargingPointModel.CHARGER) {
            charger = cs.chargers().stream().filter(c -> c.id().equals(a.chargerId())).findFirst().orElse(null);
            if (charger == null) {
                out.add(new Violation("unknown-charger", who + ": station " + cs.id() + " has no charger \""
                        + a.chargerId() + "\""));
                return;
            }
        }
        double in = mw.node(v.trip().entryNodeId()).map(MotorwayNode::chainageKm).orElse(Double.NaN);
        double exit = mw.node(v.trip().exitNodeId()).map(MotorwayNode::chainageKm).orElse(Double.NaN);
        double dj = cs.chainageKm();
        if (!(dj >= in && dj <= exit)) {
            out.add(new Violation("station-not-on-trip", who + " drives from km " + fmt(in) + " to km " + fmt(exit)
                    + " but station " + cs.id() + " is at km " + fmt(dj)));
            return;
        }
        double kWhPerKm = mode.consumptionWhPerKm() / 1000.0;
        double full = type.get().batteryCapacityKWh();
        double arrivalKWh = v.socKWh() - (dj - in) * kWhPerKm;
        boolean energyOk = true;
        if (arrivalKWh < params.reserveKWh()) {
            out.add(new Violation("unreachable-station", who + " at " + fmt(mode.speedKmh()) + " km/h reaches station "
                    + cs.id() + " with " + fmt(arrivalKWh) + " kWh, below the reserve of " + fmt(params.reserveKWh())
                    + " kWh"));
            energyOk = false;
        }
        double restKWh = (exit - dj) * kWhPerKm;
        if (full < restKWh) {
            out.add(new Violation("cannot-reach-exit", who + " needs " + fmt(restKWh) + " kWh from station "
                    + cs.id() + " to its exit at " + fmt(mode.speedKmh()) + " km/h; its battery holds " + fmt(full)
                    + " kWh"));
            energyOk = false;
        }
        double powerKW = charger != null && params.model() == ChargingPointModel.CHARGER ? charger.powerKW()
                : cs.chargers().stream().mapToDouble(Charger::powerKW).min().orElse(Double.NaN);
        if (energyOk) {
            double durationMin = 60.0 * (full - arrivalKWh) / powerKW;
            double expectedEnd = a.startMin() + durationMin;
            if (Math.abs(a.endMin() - expectedEnd) > TOL_MIN * Math.max(1, Math.abs(expectedEnd))) {
                out.add(new Violation("duration", at + ".endMin reports " + ReportedFigures.format(a.endMin())
                        + " min but " + who + " charges from " + fmt(a.startMin()) + " min, and filling "
                        + fmt(full - arrivalKWh) + " kWh at " + fmt(powerKW) + " kW ends at "
                        + ReportedFigures.format(expectedEnd) + " min"));
            }
        }
        double readyMin = v.trip().arrivalMin() + 60.0 * (dj - in) / mode.speedKmh();
        double tol = TOL_MIN * Math.max(1, Math.abs(readyMin));
        if (a.startMin() < readyMin - tol) {
            out.add(new Violation("start-before-ready", at + ".startMin reports " + ReportedFigures.format(a.startMin())
                    + " min but " + who + " reaches station " + cs.id() + " only at " + ReportedFigures.format(readyMin)
                    + " min"));
        } else if (a.startMin() > readyMin + tol && !params.allowWaiting()) {
            out.add(new Violation("waiting", at + ".startMin reports " + ReportedFigures.format(a.startMin())
                    + " min but " + who + " reaches station " + cs.id() + " at " + ReportedFigures.format(readyMin)
                    + " min: it would wait " + fmt(a.startMin() - readyMin) + " min, and waiting is not allowed"));
        }
        String key = params.model() == ChargingPointModel.CHARGER ? cs.id() + " / charger " + charger.id()
                : cs.id();
        placed.add(new Placed(order, a, key, cs.chargers().size()));
    }

    private static void chargerOverlaps(List<Placed> placed, List<Violation> out) {
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Placed x = placed.get(i);
                Placed y = placed.get(j);
                if (x.pointKey().equals(y.pointKey()) && Intervals.overlap(x.a().startMin(), x.a().endMin(),
                        y.a().startMin(), y.a().endMin())) {
                    out.add(new Violation("charger-overlap", "EMVs " + x.a().vehicleId() + " and "
                            + y.a().vehicleId() + " charge on station " + x.pointKey() + " at the same time ("
                            + fmt(Math.max(x.a().startMin(), y.a().startMin())) + "–"
                            + fmt(Math.min(x.a().endMin(), y.a().endMin())) + " min)"));
                }
            }
        }
    }

    private static Map<String, List<Placed>> byPoint(List<Placed> placed) {
        Map<String, List<Placed>> m = new LinkedHashMap<>();
        for (Placed x : placed) {
            m.computeIfAbsent(x.pointKey(), k -> new ArrayList<>()).add(x);
        }
        return m;
    }

    /** Exact rule: an EMV that starts while all b_j chargers are busy is a conflict. */
    private static void stationCapacity(List<Placed> placed, List<Violation> out) {
        for (List<Placed> list : byPoint(placed).values()) {
            List<Placed> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble((Placed x) -> x.a().startMin()).thenComparingInt(Placed::order));
            List<double[]> iv = sorted.stream().map(x -> new double[] {x.a().startMin(), x.a().endMin()}).toList();
            for (int i = 0; i < sorted.size(); i++) {
                int busy = Intervals.busyAtStart(iv, i);
                Placed x = sorted.get(i);
                if (busy >= x.capacity()) {
                    out.add(new Violation("station-capacity", "EMV " + x.a().vehicleId() + " starts charging at "
                            + fmt(x.a().startMin()) + " min at station " + x.pointKey() + " while all "
                            + x.capacity() + " chargers are busy"));
                }
            }
        }
    }

    /** The paper's rule (§3.2.2): each EMV may overlap at most b_j − 1 other EMVs at its station. */
    private static void stationPairwise(List<Placed> placed, List<Violation> out) {
        for (List<Placed> list : byPoint(placed).values()) {
            for (Placed x : list) {
                int others = 0;
                for (Placed y : list) {
                    if (y != x && Intervals.overlap(x.a().startMin(), x.a().endMin(), y.a().startMin(),
                            y.a().endMin())) {
                        others++;
                    }
                }
                if (others > x.capacity() - 1) {
                    out.add(new Violation("station-pairwise", "EMV " + x.a().vehicleId() + " overlaps " + others
                            + " other EMVs at station " + x.pointKey() + " (" + x.capacity() + " chargers: the "
                            + "paper's rule allows " + (x.capacity() - 1) + ")"));
                }
            }
        }
    }

    private static String modelName(MotorwayParameters p) {
        return p.model() == ChargingPointModel.CHARGER ? "Model I, charger as charging point"
                : "Model II, station as charging point";
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }
}
