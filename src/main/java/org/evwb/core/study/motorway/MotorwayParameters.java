package org.evwb.core.study.motorway;

import org.evwb.core.project.OptionalField;
import org.evwb.core.project.Unit;

/**
 * The study's parameters (SPEC §5). Every field has a default; a project's study configuration overrides any of them
 * by name ({@code MotorwayStudy.parameters()}, the platform's one merge).
 *
 * @param motorwayId   the motorway section studied; {@code null}: the project's first motorway
 * @param reserveKWh   energy an EMV must still have when it reaches its station (paper: 0)
 * @param model        Model I (each charger is a charging point, GCM) or Model II (the station is, SCM)
 * @param stationRule  under Model II, how the checker judges a station: the exact capacity rule or the paper's
 *                     pairwise rule (which rejects some feasible schedules, paper Fig. 7)
 * @param weightA      weight of the one-hot term of the QUBO, eq. (19)
 * @param weightB      weight of the conflict term of the QUBO, eqs. (20)–(21)
 * @param allowWaiting beyond the paper: an EMV may wait at its station for a free charger
 * @param objective    what the exact solver optimises over feasible schedules (paper: feasibility only)
 */
public record MotorwayParameters(
        @OptionalField String motorwayId,
        @Unit(value = "kWh", min = 0) double reserveKWh,
        ChargingPointModel model,
        StationRule stationRule,
        @Unit(value = "", min = 0, minExclusive = true) double weightA,
        @Unit(value = "", min = 0, minExclusive = true) double weightB,
        boolean allowWaiting,
        Objective objective) {

    public static final MotorwayParameters DEFAULT = new MotorwayParameters(null, 0, ChargingPointModel.CHARGER,
            StationRule.EXACT_CAPACITY, 1, 1, false, Objective.FEASIBILITY);

    /** Model I (paper §2.3.1) or Model II (paper §2.3.2). */
    public enum ChargingPointModel {
        /** Model I: each charger is a machine; conflicts per charger (GCM). */
        CHARGER,
        /** Model II: a station runs up to b_j jobs at once (SCM). */
        STATION
    }

    /** How a station-as-charging-point schedule is judged. */
    public enum StationRule {
        /** Never more than b_j EMVs charging at the station at any instant (exact). */
        EXACT_CAPACITY,
        /** The paper's rule: each EMV overlaps at most b_j − 1 other EMVs at the station (too strict). */
        PAPER_PAIRWISE
    }

    /** What {@code cpsat} minimises among conflict-free schedules. */
    public enum Objective {
        FEASIBILITY, TRIP_TIME, ENERGY, WAITING_TIME, WAITING_EMVS
    }

    public MotorwayParameters {
        model = model == null ? ChargingPointModel.CHARGER : model;
        stationRule = stationRule == null ? StationRule.EXACT_CAPACITY : stationRule;
        objective = objective == null ? Objective.FEASIBILITY : objective;
        if (!(reserveKWh >= 0) || Double.isInfinite(reserveKWh)) {
            throw new IllegalArgumentException("reserveKWh must be a finite number >= 0, was " + reserveKWh);
        }
        if (!(weightA > 0) || !(weightB > 0) || Double.isInfinite(weightA) || Double.isInfinite(weightB)) {
            throw new IllegalArgumentException("weightA and weightB must be finite numbers > 0, were " + weightA
                    + " and " + weightB);
        }
    }

    public MotorwayParameters withModel(ChargingPointModel m) {
        return new MotorwayParameters(motorwayId, reserveKWh, m, stationRule, weightA, weightB, allowWaiting,
                objective);
    }

    public MotorwayParameters withStationRule(StationRule r) {
        return new MotorwayParameters(motorwayId, reserveKWh, model, r, weightA, weightB, allowWaiting, objective);
    }

    public MotorwayParameters withWaiting(boolean allow, Objective o) {
        return new MotorwayParameters(motorwayId, reserveKWh, model, stationRule, weightA, weightB, allow, o);
    }

    public MotorwayParameters withReserveKWh(double r) {
        return new MotorwayParameters(motorwayId, r, model, stationRule, weightA, weightB, allowWaiting, objective);
    }
}
