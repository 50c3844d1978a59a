package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.RunContext;

/**
 * The comparison dashboard of one instance (Fig. 14, Table VIII): grid load S_G, cost C_G and CO2 (m_G·S_G) of the
 * three strategies under the instance's grid source, and of Problem 1 under each grid source (wind, PV, fossil), with
 * the Table VIII figures of this instance beside the paper's and beside our mean over 7 fleet sizes × 30 seeds
 * (docs/studies/netzero.md, "Reproduced figures").
 *
 * @param strategies        no optimisation, no prosumers, with prosumers (the instance's grid source)
 * @param sources           with prosumers under wind, PV and fossil generation
 * @param loadReductionPct  1 − S_G,with prosumers / S̄_G (Table VIII, grid load)
 * @param costReductionPct  1 − C_with / C_without prosumers (Fig. 14(b))
 * @param fossilCostsMorePct C_fossil / mean(C_wind, C_PV) − 1 (the paper's "lower average cost")
 */
public record NetzeroDashboard(List<Bar> strategies, List<Bar> sources, double loadReductionPct,
                               double costReductionPct, double fossilCostsMorePct) {

    /** The paper's Table VIII grid-load reduction, %. */
    public static final double PAPER_LOAD_REDUCTION_PCT = 38.21;
    /** The paper's Fig. 14(b) cost reduction, %. */
    public static final double PAPER_COST_REDUCTION_PCT = 5.3;
    /** The paper's renewables-vs-fossil figure ("fossil costs % more"), %. */
    public static final double PAPER_FOSSIL_MORE_PCT = 50.97;
    /** Our means over 7 fleet sizes × 30 seeds, as docs/studies/netzero.md records them, %. */
    public static final double OURS_LOAD_REDUCTION_PCT = 38.73;
    public static final double OURS_COST_REDUCTION_PCT = 5.94;
    public static final double OURS_FOSSIL_MORE_PCT = 52.02;

    public NetzeroDashboard {
        strategies = List.copyOf(strategies);
        sources = List.copyOf(sources);
    }

    /**
     * One bar group: a strategy or grid source, the instance it was solved on and its solution (for the checker),
     * and the figures drawn.
     */
    public record Bar(String label, NetzeroInstance instance, NetzeroSolution solution, double gridLoadKWh,
                      double cost, double co2Kg, double unmetKWh) {

        static Bar of(String label, NetzeroInstance in, NetzeroSolution s) {
            double ev = 0;
            for (int i : s.taken()) {
                ev += in.evs().get(i).supplyKWh();
            }
            NetzeroParameters p = in.parameters();
            return new Bar(label, in, s, s.gridSupplyKWh(), NetzeroCosts.gridCost(p, s.gridSupplyKWh(), ev),
                    p.co2KgPerKWh() * s.gridSupplyKWh(), s.unmetKWh());
        }
    }

    /** Solves the five cases on {@code in} (three baseline/MILP runs and two more grid sources; milp on defaults). */
    public static NetzeroDashboard of(NetzeroInstance in, RunContext ctx) {
        NetzeroMilp milp = new NetzeroMilp(NetzeroMilp.Parameters.DEFAULT);
        List<Bar> strategies = new ArrayList<>();
        ctx.progress(0, "no optimisation");
        strategies.add(Bar.of("no optimisation", in, new GridOnly(Strategy.NO_OPTIMISATION).solve(in, ctx)));
        strategies.add(Bar.of("no prosumers", in, new GridOnly(Strategy.NO_PROSUMERS).solve(in, ctx)));
        ctx.progress(0.2, "with prosumers (milp)");
        strategies.add(Bar.of("with prosumers", in, milp.solve(in, ctx)));
        List<Bar> sources = new ArrayList<>();
        int k = 0;
        for (NetzeroParameters.GridSource g : NetzeroParameters.GridSource.values()) {
            ctx.checkCancelled();
            ctx.progress(0.4 + 0.2 * k++, "with prosumers, " + g.name().toLowerCase(java.util.Locale.ROOT)
                    + " grid");
            NetzeroInstance other = g == in.parameters().gridSource() ? in
                    : in.withParameters(NetzeroComparison.with(in.parameters(), g));
            sources.add(Bar.of(g.name().toLowerCase(java.util.Locale.ROOT), other, g == in.parameters().gridSource()
                    ? strategies.get(2).solution() : milp.solve(other, ctx)));
        }
        double cap = in.parameters().gridCapKWh();
        double load = cap > 0 ? 100 * (1 - strategies.get(2).gridLoadKWh() / cap) : 0;
        double cost = strategies.get(1).cost() > 0 ? 100 * (1 - strategies.get(2).cost() / strategies.get(1).cost())
                : 0;
        double renewable = (sources.get(0).cost() + sources.get(1).cost()) / 2;
        double more = renewable > 0 ? 100 * (sources.get(2).cost() / renewable - 1) : 0;
        ctx.progress(1, "done");
        return new NetzeroDashboard(strategies, sources, load, cost, more);
    }

    /** Table VIII's rows: figure, this instance, our 7 × 30 mean, the paper. */
    public List<TableRow> tableViii() {
        return List.of(
                new TableRow("grid load reduction, prosumers vs no optimisation (Table VIII)", loadReductionPct,
                        OURS_LOAD_REDUCTION_PCT, PAPER_LOAD_REDUCTION_PCT),
                new TableRow("cost reduction, prosumers vs optimisation without (Fig. 14(b))", costReductionPct,
                        OURS_COST_REDUCTION_PCT, PAPER_COST_REDUCTION_PCT),
                new TableRow("fossil costs % more than wind/PV (\"lower average cost\")", fossilCostsMorePct,
                        OURS_FOSSIL_MORE_PCT, PAPER_FOSSIL_MORE_PCT));
    }

    /** One Table VIII row, %. */
    public record TableRow(String figure, double thisProjectPct, double oursMeanPct, double paperPct) { }
}
