package org.evwb.core.study.edge;

import java.util.List;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.SolverSpec;

/** Every solver of study {@code edge}, with its parameters record. */
final class EdgeSolvers {

    /** Parameters of a solver that has none. */
    public record NoParameters() { }

    /** Parameters of {@code sib-offline}, {@code sfb-offline} and {@code bound}: moves of the shift phase at most. */
    public record ShiftParameters(@Unit(value = "", min = 0) int maxMoves) {
        public static final ShiftParameters DEFAULT = new ShiftParameters(2000);
    }

    /**
     * Parameters of {@code online}.
     *
     * @param plan     the offline plan: auto (by the battery), snb, sib-offline or sfb-offline
     * @param maxMoves moves of the plan's shift phase at most
     */
    public record OnlineParameters(String plan, @Unit(value = "", min = 0) int maxMoves) {
        public static final OnlineParameters DEFAULT = new OnlineParameters("auto", 2000);

        public OnlineParameters {
            plan = plan == null ? "auto" : plan;
            if (!List.of("auto", "snb", "sib-offline", "sfb-offline").contains(plan)) {
                throw new IllegalArgumentException("plan must be auto, snb, sib-offline or sfb-offline, was " + plan);
            }
        }
    }

    private EdgeSolvers() {
    }

    static List<SolverSpec<EdgeInstance, EdgeSchedule>> all() {
        return List.of(
                SolverSpec.of("snb", "Paper Algo. 2: slots last to first, highest revenue first within the solar "
                        + "capacity (ignores the battery)", new NoParameters(), p -> new PerServerSolver("snb",
                        "Algo. 2", SnbScheduler::schedule)),
                SolverSpec.of("sib-offline", "Paper Algo. 4: from snb, spend the stored surplus, then shift load "
                        + "from the highest-power slot to the lowest-power later one", ShiftParameters.DEFAULT,
                        p -> new PerServerSolver("sib-offline", "Algo. 4", (in, day, ctx) -> ShiftScheduler
                                .schedule(in, day, ctx, ShiftScheduler.Mode.SIB, p.maxMoves()))),
                SolverSpec.of("sfb-offline", "Paper Algo. 6: from snb, spend the stored surplus, then move energy "
                        + "from the highest-power slot to the nearest later slot below the average",
                        ShiftParameters.DEFAULT, p -> new PerServerSolver("sfb-offline", "Algo. 6",
                                (in, day, ctx) -> ShiftScheduler.schedule(in, day, ctx, ShiftScheduler.Mode.SFB,
                                        p.maxMoves()))),
                SolverSpec.of("online", "Paper Algo. 5: the offline plan of the predicted day followed against the "
                        + "actual one (min-heap drops, max-heap adds)", OnlineParameters.DEFAULT,
                        p -> new PerServerSolver("online", "Algo. 5", (in, day, ctx) -> OnlineScheduler
                                .schedule(in, day, ctx, p.plan(), p.maxMoves()))),
                forward(ForwardScheduler.Policy.NP_EDF, "Baseline: slack-aware non-preemptive earliest deadline "
                        + "first"),
                forward(ForwardScheduler.Policy.ASAP_HUF, "Baseline: as soon as possible, highest utilisation "
                        + "first"),
                forward(ForwardScheduler.Policy.ASAP_LUF, "Baseline: as soon as possible, lowest utilisation first"),
                forward(ForwardScheduler.Policy.EXECUTE_ON_ARRIVAL, "Baseline: each task in its arrival slot or "
                        + "never"),
                SolverSpec.of("max-flow", "The special case u = r = 1, no battery: tasks → slots max flow (OR-Tools),"
                        + " optimal", new NoParameters(), p -> new PerServerSolver("max-flow", "max flow",
                        MaxFlowScheduler::schedule)),
                SolverSpec.of("bound", "SPEC's strengthened LP upper bound (GLOP), with the best offline schedule",
                        ShiftParameters.DEFAULT, p -> new BoundSolver(p.maxMoves())),
                SolverSpec.of("milp", "Exact: binary assignment on SCIP, tangents added until the exact power "
                        + "holds (small instances)", MilpScheduler.Parameters.DEFAULT, MilpScheduler::new));
    }

    private static SolverSpec<EdgeInstance, EdgeSchedule> forward(ForwardScheduler.Policy policy, String text) {
        return SolverSpec.of(policy.id, text, new NoParameters(), p -> new PerServerSolver(policy.id, text,
                (in, day, ctx) -> ForwardScheduler.schedule(in, day, ctx, policy)));
    }
}
