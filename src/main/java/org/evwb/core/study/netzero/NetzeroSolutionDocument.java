package org.evwb.core.study.netzero;

import java.util.List;
import org.evwb.core.project.OptionalField;

/**
 * A netzero solution in result files ({@code solution} of the result JSON): the strategy, S_G, unmet demand, C_G, CO2,
 * EV supply taken, the MILP's end, and every EV with its consumption, demand, supply, utility and whether its offer
 * is taken. Figures are kept as read: the checker recomputes each.
 */
public record NetzeroSolutionDocument(
        Strategy strategy,
        double gridSupplyKWh,
        double unmetDemandKWh,
        @OptionalField Double gridCost,
        @OptionalField Double co2Kg,
        @OptionalField Double evSupplyKWh,
        @OptionalField NetzeroSolution.SolveInfo solve,
        List<Ev> evs) {

    /** One EV's row; {@code station}: the station it charges at (absent in files before stations were assigned). */
    public record Ev(String id, boolean taken, @OptionalField Double consumptionKWh, @OptionalField Double demandKWh,
                     @OptionalField Double supplyKWh, @OptionalField Double utility, @OptionalField String station) { }
}
