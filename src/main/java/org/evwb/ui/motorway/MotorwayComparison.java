package org.evwb.ui.motorway;

import java.util.List;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.platform.SolverComparison;
import org.evwb.ui.platform.SolverComparison.Column;
import org.evwb.ui.platform.SolverComparison.Measure;
import org.evwb.ui.platform.StudyContext;

/**
 * The motorway study's solvers side by side on the open project (the platform's {@link SolverComparison}): feasible
 * or not (the checker's verdict), charging conflicts, unscheduled EMVs, total trip and waiting time, run time, the
 * compute-CO2 estimate and the QUBO size of the QUBO solvers. A new project clears it.
 */
final class MotorwayComparison {

    static final String ID = "motorway-compare";

    static final List<Measure> MEASURES = List.of(
            new Measure("feasible", "Feasible (checked)", "1 = conflict-free, all EMVs charge", false,
                    r -> r.feasible() ? 1 : 0),
            new Measure("conflicts", "Charging conflicts", "conflicts", false, Measure.objective("conflicts")),
            new Measure("unscheduled", "Unscheduled EMVs", "EMVs", false, Measure.objective("unscheduledEmvs")),
            new Measure("trip", "Total trip time", "min", false, Measure.objective("totalTripMin")),
            new Measure("waiting", "Total waiting", "min", false, Measure.objective("totalWaitingMin")),
            new Measure("time", "Run time", "wall time [ms]", true, r -> r.wallSeconds() * 1000),
            new Measure("co2", "Compute CO2 (estimate)", "CO2 [mg], estimate", false,
                    r -> r.computeCarbon() == null ? Double.NaN : r.computeCarbon().co2Kg() * 1e6),
            new Measure("qubo", "QUBO size (QUBO solvers)", "variables", false, Measure.objective("quboVariables")));

    /** The objectives as the study declares them (label, unit, decimals), the same as on the run cards. */
    private static final ObjectiveFormat FORMAT = ObjectiveFormat.of(new MotorwayStudy());

    static final List<Column> COLUMNS = List.of(
            Column.objective(FORMAT, "conflicts"),
            Column.objective(FORMAT, "unscheduledEmvs"),
            Column.objective(FORMAT, "totalTripMin"),
            Column.objective(FORMAT, "totalWaitingMin"),
            Column.objective(FORMAT, "quboVariables"),
            Column.objective(FORMAT, "quboCouplers"),
            Column.objective(FORMAT, "quboHigherOrderTerms"),
            Column.objective(FORMAT, "objectiveBound"),
            Column.objective(FORMAT, "relativeGap"));

    static final String CAPTION = "Every motorway solver with its defaults on this project (seed 1), each checked by "
            + "the study's checker. Charging conflicts are overlaps at a charger (Model I) or over a station's "
            + "capacity (Model II) only; an EMV without a charging slot is counted apart as unscheduled. CO2 is the "
            + "SPEC §1 estimate from CPU and wall time. QUBO size: the GCM QUBO of anneal, tabu, exact and random; "
            + "the station model with higher-order terms for qaoa.";

    private MotorwayComparison() {
    }

    static SolverComparison create(StudyContext ctx) {
        SolverComparison c = new SolverComparison(ctx, MotorwayStudy.ID, ID, MEASURES, COLUMNS, CAPTION);
        ctx.subscriptions().listen(ctx.state().projectProperty(), (o, a, p) -> c.clear());
        return c;
    }
}
