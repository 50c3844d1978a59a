package org.evwb.core.study.v2g;

import java.util.List;
import org.evwb.core.project.OptionalField;

/**
 * A v2g schedule in plain terms for result files: per EV (by vehicle id) its energy per slot in kWh (&gt; 0 charging,
 * &lt; 0 discharging), and the figures the solver reported.
 *
 * @param costReported the solver's cost (¤); the checker recomputes it from the project's market data
 * @param lowerBound   a proven lower bound on the optimal cost (¤), milp only
 * @param method       how the schedule was made
 * @param evs          one row per EV
 */
public record V2gSolutionDocument(
        @OptionalField Double costReported,
        @OptionalField Double lowerBound,
        @OptionalField String method,
        List<EvRow> evs) {

    /** One EV's energies, one per slot. */
    public record EvRow(String ev, List<Double> energyKWh) { }
}
