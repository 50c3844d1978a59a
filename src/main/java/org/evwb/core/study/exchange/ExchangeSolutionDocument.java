package org.evwb.core.study.exchange;

import java.util.List;
import org.evwb.core.project.OptionalField;
import org.evwb.core.qubo.study.QuboRunStats;

/**
 * An exchange matching as result files hold it ({@code $.solution}, docs/studies/exchange.md): the social welfare the
 * solver reports, the buyer–seller pairs by participant id, what everyone else trades with the grid, and for the
 * QUBO sampler run how its sample was obtained. Reading needs the pairs' ids and the welfare; energies, flows and
 * grid trades may be left out, and the checker recomputes every one that is given (an edited figure is a violation).
 *
 * @param socialWelfare the solver's reported SW (the checker compares it with its own)
 * @param gridTrades    per participant not fully served by its partner: the energy traded with the grid
 * @param qubo          statistics of a QUBO sampler run ({@code solution.qubo}), absent for the other solvers
 * @param edgeTasks     every base station's edge-computing task with its Theorem 1 bounds, in seconds (written for
 *                      every run; absent in files written before; the checker recomputes and compares them)
 */
public record ExchangeSolutionDocument(
        double socialWelfare,
        List<Pair> pairs,
        @OptionalField List<GridTrade> gridTrades,
        @OptionalField QuboRunStats qubo,
        @OptionalField List<EdgeTasks.EdgeTask> edgeTasks) {

    /** A matched buyer and seller (base station or vehicle ids) and the energy from seller to buyer. */
    public record Pair(String buyer, String seller, @OptionalField Double energyKWh, @OptionalField FlowType flow) { }

    /** A participant's trade with the grid ({@code V2G}, {@code G2V}, {@code T2G}, {@code G2T}). */
    public record GridTrade(String participant, @OptionalField Double energyKWh, @OptionalField FlowType flow) { }
}
