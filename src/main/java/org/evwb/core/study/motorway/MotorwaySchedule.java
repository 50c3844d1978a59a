package org.evwb.core.study.motorway;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.evwb.core.qubo.study.QuboRunStats;

/**
 * A solution of the motorway study: per EMV the driving mode, station, charger, and charging start and end.
 * Everything is named by project ids so that the checker can judge it against the project data alone.
 *
 * @param status            what the solver says about it; {@link Status#PROVED_INFEASIBLE} comes with no assignments
 *                          and means the solver proved that no conflict-free schedule exists
 * @param reportedConflicts the number of conflicts the solver itself believes its schedule has ({@code -1}: it does
 *                          not say); tests compare it with the checker's count
 * @param quboStats         what a QUBO sampler solver measured over its reads (model size, unresolved conflicts per
 *                          read, QAOA probabilities); {@code null} for {@code cpsat}, {@code greedy} and schedules
 *                          from files that have none
 * @param cpsatObjective    for a {@code cpsat} run with an objective: CP-SAT's objective value, best bound and gap
 *                          (null otherwise)
 */
public record MotorwaySchedule(List<Assignment> assignments, Status status, int reportedConflicts,
                               QuboRunStats quboStats, CpSatObjective cpsatObjective) {

    public MotorwaySchedule {
        assignments = List.copyOf(assignments);
        status = status == null ? Status.UNKNOWN : status;
    }

    /** A schedule from a solver that is not QUBO-based (no per-read statistics). */
    public MotorwaySchedule(List<Assignment> assignments, Status status, int reportedConflicts) {
        this(assignments, status, reportedConflicts, null, null);
    }

    /** A schedule with QUBO statistics (or none) and no CP-SAT objective. */
    public MotorwaySchedule(List<Assignment> assignments, Status status, int reportedConflicts,
                            QuboRunStats quboStats) {
        this(assignments, status, reportedConflicts, quboStats, null);
    }

    /**
     * What CP-SAT says about the objective it optimised (SPEC §5, beyond the paper), in the objective's unit: the
     * schedule's value as CP-SAT counts it (rounded to its 0.1 s / 0.1 Wh clock), the best bound it proved, and the
     * relative gap {@code (value − bound) / max(|value|, 1e-9)} — 0 when the schedule is proved optimal. A run that
     * stops at its time limit reports how far from optimal its schedule can at most be.
     *
     * @param objective the objective's id as the study parameter writes it ({@code trip_time}, …)
     * @param unit      {@code min}, {@code kWh} or {@code EMVs}
     */
    public record CpSatObjective(String objective, String unit, double value, double bound, double relativeGap) { }

    /**
     * One EMV's charging: mode index into its type's driving modes (0 = slowest), station and charger ids, charging
     * interval, and the speed and consumption the solution reports for that mode (null: not reported). The checker
     * recomputes the reported figures from the vehicle type.
     */
    public record Assignment(String vehicleId, int mode, String stationId, String chargerId, double startMin,
                             double endMin, Double speedKmh, Double consumptionWhPerKm) {

        /** An assignment that reports no mode figures. */
        public Assignment(String vehicleId, int mode, String stationId, String chargerId, double startMin,
                          double endMin) {
            this(vehicleId, mode, stationId, chargerId, startMin, endMin, null, null);
        }
    }

    /** What the solver claims. The checker, not the solver, decides feasibility. Written in lower case. */
    public enum Status {
        /** Produced by a heuristic; no claim. */
        @JsonProperty("heuristic") HEURISTIC,
        /** A solver found this schedule but did not prove it optimal for the objective. */
        @JsonProperty("feasible") FEASIBLE,
        /** The solver proved this schedule optimal for the objective. */
        @JsonProperty("optimal") OPTIMAL,
        /** The solver proved that no conflict-free schedule exists; there are no assignments. */
        @JsonProperty("proved_infeasible") PROVED_INFEASIBLE,
        /** The solver stopped (time limit, cancel) before finding a schedule. */
        @JsonProperty("no_solution") NO_SOLUTION,
        /** Read from a file without a status. */
        @JsonProperty("unknown") UNKNOWN
    }

    public static MotorwaySchedule provedInfeasible() {
        return new MotorwaySchedule(List.of(), Status.PROVED_INFEASIBLE, -1);
    }
}
