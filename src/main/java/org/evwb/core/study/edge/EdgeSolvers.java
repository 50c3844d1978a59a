package org.evwb.core.study.edge;

import java.util.List;
import org.evwb.core.solve.SolverSpec;

/** Every solver of study {@code edge}, with its parameters record. */
final class EdgeSolvers {

    /** Parameters of a solver that has none. */
    public record NoParameters() { }

    private EdgeSolvers() {
    }

    static List<SolverSpec<EdgeInstance, EdgeSchedule>> all() {
        return List.of(
                SolverSpec.of("snb", "Paper Algo. 2: slots last to first, highest revenue first within the solar "
                        + "capacity (ignores the battery)", new NoParameters(), p -> new PerServerSolver("snb",
                        "Algo. 2", SnbScheduler::schedule)),
                forward(ForwardScheduler.Policy.NP_EDF, "Baseline: slack-aware non-preemptive earliest deadline "
                        + "first"),
                forward(ForwardScheduler.Policy.ASAP_HUF, "Baseline: as soon as possible, highest utilisation "
                        + "first"),
                forward(ForwardScheduler.Policy.ASAP_LUF, "Baseline: as soon as possible, lowest utilisation first"),
                forward(ForwardScheduler.Policy.EXECUTE_ON_ARRIVAL, "Baseline: each task in its arrival slot or "
                        + "never"));
    }

    private static SolverSpec<EdgeInstance, EdgeSchedule> forward(ForwardScheduler.Policy policy, String text) {
        return SolverSpec.of(policy.id, text, new NoParameters(), p -> new PerServerSolver(policy.id, text,
                (in, day, ctx) -> ForwardScheduler.schedule(in, day, ctx, policy)));
    }
}
