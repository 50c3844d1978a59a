package org.evwb.core.study.netzero;

import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * The two baselines of Fig. 14 / Table VIII, both closed forms: {@code no-optimisation} — the grid supplies S̄_G
 * whatever the demand, no EV supplies; {@code no-prosumers} — the grid supplies the least S_G ≤ S̄_G that meets the
 * demand left after wind and PV, no EV supplies. Unmet demand is reported with its size.
 */
public final class GridOnly implements Optimizer<NetzeroInstance, NetzeroSolution> {

    /** Parameters of both: none. */
    public record NoParameters() { }

    private final Strategy strategy;

    public GridOnly(Strategy strategy) {
        if (strategy == Strategy.PROSUMERS) {
            throw new IllegalArgumentException("the prosumer strategy is the milp solver");
        }
        this.strategy = strategy;
    }

    @Override
    public String id() {
        return strategy == Strategy.NO_OPTIMISATION ? "no-optimisation" : "no-prosumers";
    }

    @Override
    public String description() {
        return strategy == Strategy.NO_OPTIMISATION ? "Baseline: the grid supplies S̄_G, no prosumers"
                : "Baseline: optimised grid supply, no prosumers";
    }

    @Override
    public NetzeroSolution solve(NetzeroInstance in, RunContext ctx) {
        double sg = strategy == Strategy.NO_OPTIMISATION ? in.parameters().gridCapKWh()
                : NetzeroCosts.gridToMeet(in, 0);
        return NetzeroSolution.withFigures(in, strategy, sg, new int[0], NetzeroCosts.shortfallKWh(in, sg, 0), null);
    }
}
