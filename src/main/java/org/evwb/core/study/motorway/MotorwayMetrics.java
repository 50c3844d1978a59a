package org.evwb.core.study.motorway;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * Objective values of a schedule (SPEC §5, beyond the paper): {@code conflicts}, total trip time (entry to exit,
 * min), total driving energy (entry to exit at the chosen mode, kWh), total waiting time (min) and the number of EMVs
 * that wait. Assignments the checker would reject as unknown are left out of the sums.
 *
 * <p>Definition (docs/studies/motorway.md): {@code conflicts} counts <em>charging conflicts only</em> — the checker's
 * {@code charger-overlap}, {@code station-capacity} and {@code station-pairwise} violations — so that it means the
 * same for every solver and in the paper's sense. An EMV without a charging assignment is not a conflict: it is
 * counted separately as {@code unscheduledEmvs} (and the checker reports it as {@code assignment-count}); every other
 * violation is in the run report's list, not in these figures.
 */
public final class MotorwayMetrics {

    private MotorwayMetrics() {
    }

    public static Map<String, Double> of(MotorwayInstance in, MotorwaySchedule s, MotorwayChecker checker) {
        java.util.List<Violation> violations = checker.check(in, s);
        long conflicts = violations.stream().map(Violation::constraint)
                .filter(MotorwayChecker.CONFLICT_KINDS::contains).count();
        java.util.Set<String> assigned = new java.util.HashSet<>();
        s.assignments().forEach(a -> assigned.add(a.vehicleId()));
        long unscheduled = in.emvs().stream().filter(e -> !assigned.contains(e.vehicleId())).count();
        double trip = 0;
        double energy = 0;
        double waiting = 0;
        int waitingEmvs = 0;
        for (Assignment a : s.assignments()) {
            Emv e = in.emvs().stream().filter(x -> x.vehicleId().equals(a.vehicleId())).findFirst().orElse(null);
            Station st = in.stations().stream().filter(x -> x.id().equals(a.stationId())).findFirst().orElse(null);
            if (e == null || st == null || a.mode() < 0 || a.mode() >= e.modes().size()) {
                continue;
            }
            DrivingMode m = e.modes().get(a.mode());
            double ready = e.arrivalMin() + 60.0 * (st.chainageKm() - e.entryKm()) / m.speedKmh();
            double rest = 60.0 * (e.exitKm() - st.chainageKm()) / m.speedKmh();
            trip += a.endMin() + rest - e.arrivalMin();
            energy += (e.exitKm() - e.entryKm()) * m.consumptionWhPerKm() / 1000.0;
            double w = Math.max(0, a.startMin() - ready);
            waiting += w;
            if (w > 1e-6) {
                waitingEmvs++;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("conflicts", (double) conflicts);
        m.put("unscheduledEmvs", (double) unscheduled);
        m.put("totalTripMin", trip);
        m.put("totalEnergyKWh", energy);
        m.put("totalWaitingMin", waiting);
        m.put("waitingEmvs", (double) waitingEmvs);
        m.put("provedInfeasible", s.status() == MotorwaySchedule.Status.PROVED_INFEASIBLE ? 1.0 : 0.0);
        return m;
    }
}
