package org.evwb.core.study.motorway;

import java.util.List;
import org.evwb.core.project.OptionalField;
import org.evwb.core.qubo.study.QuboRunStats;

/**
 * A motorway schedule as result files hold it ({@code $.solution}, docs/studies/motorway.md): the solver's status
 * and its own conflict count, per EMV its mode (1 = slowest), station, charger and charging interval, and for QUBO
 * solvers the run statistics. Names are informative; reading needs the ids, mode and times, and the checker
 * recomputes every figure the document reports (mode speed and consumption, the conflict count, the QUBO statistics).
 *
 * @param status            what the solver claims (absent: {@code unknown})
 * @param reportedConflicts conflicts the solver believes its schedule has (absent: {@code -1}, it does not say)
 * @param qubo              statistics of a QUBO run ({@code solution.qubo}), absent for the other solvers
 * @param cpsat             a {@code cpsat} run with an objective: CP-SAT's objective value, bound and gap
 *                          ({@code solution.cpsat}), absent otherwise
 */
public record MotorwaySolutionDocument(
        @OptionalField MotorwaySchedule.Status status,
        @OptionalField Integer reportedConflicts,
        List<Assignment> assignments,
        @OptionalField QuboRunStats qubo,
        @OptionalField MotorwaySchedule.CpSatObjective cpsat) {

    /** One EMV's charging, by project ids; {@code mode} counts from 1 (the slowest driving mode of its type). */
    public record Assignment(
            String vehicle,
            @OptionalField String vehicleName,
            int mode,
            @OptionalField Double speedKmh,
            @OptionalField Double consumptionWhPerKm,
            String station,
            @OptionalField String stationName,
            @OptionalField String charger,
            double startMin,
            double endMin) { }
}
