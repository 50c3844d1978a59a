package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;

/**
 * The three-way comparison of Fig. 14 / Table VIII and the grid-source comparison, as one analysis: for each fleet
 * size N and seed, the grid load, cost and unmet energy of no optimisation (S_G = S̄_G), optimisation without
 * prosumers and Problem 1 with prosumers, and the prosumer optimum's cost under wind, PV and fossil generation.
 * Reported averages (SPEC §7): load reduction = mean of {@code 1 − S_G,with/S̄_G}; cost reduction = mean of
 * {@code 1 − C_with/C_without prosumers}, with the unmet energy beside it; renewables vs fossil both as "% cheaper"
 * ({@code 1 − C_renewable/C_fossil}) and "fossil costs % more" ({@code C_fossil/C_renewable − 1}), labelled.
 */
public final class NetzeroComparison {

    private NetzeroComparison() {
    }

    /** One fleet size and seed. */
    public record Point(int evs, long seed, double demandKWh, double surplusKWh, double loadNoOptimisationKWh,
                        double loadNoProsumersKWh, double loadProsumersKWh, double costNoOptimisation,
                        double costNoProsumers, double costProsumers, double unmetNoOptimisationKWh,
                        double unmetNoProsumersKWh, double unmetProsumersKWh, double costWind, double costPv,
                        double costFossil, double evSupplyTakenKWh) { }

    /** The means over every point. */
    public record Summary(List<Point> points, double loadReductionPct, double loadReductionNoProsumersPct,
                          double costReductionPct, double renewableCheaperThanFossilPct,
                          double fossilCostsMorePct, double meanUnmetNoProsumersKWh, double meanUnmetProsumersKWh) { }

    /**
     * Runs the comparison on fleets of each size in {@code sizes} drawn with the project's vehicle types, {@code runs}
     * seeds each (seed = base + run), every other parameter from {@code base}.
     */
    public static Summary run(Project project, NetzeroParameters base, int[] sizes, int runs, RunContext ctx)
            throws ProjectFileException {
        NetzeroInstanceBuilder builder = new NetzeroInstanceBuilder();
        NetzeroMilp milp = new NetzeroMilp(NetzeroMilp.Parameters.DEFAULT);
        List<Point> points = new ArrayList<>();
        int done = 0;
        for (int n : sizes) {
            for (int r = 0; r < runs; r++) {
                ctx.checkCancelled();
                NetzeroParameters p = base.withFleet(n, base.fleetSeed() + r);
                NetzeroInstance in = builder.buildWith(project, p, null, null);
                points.add(point(in, milp, ctx));
                ctx.progress(++done / (double) (sizes.length * runs), n + " EVs, run " + (r + 1));
            }
        }
        return summarise(points);
    }

    static Point point(NetzeroInstance in, NetzeroMilp milp, RunContext ctx) {
        NetzeroParameters p = in.parameters();
        NetzeroSolution none = new GridOnly(Strategy.NO_OPTIMISATION).solve(in, ctx);
        NetzeroSolution grid = new GridOnly(Strategy.NO_PROSUMERS).solve(in, ctx);
        NetzeroSolution pros = milp.solve(in, ctx);
        double ev = evSupply(in, pros);
        double[] bySource = new double[3];
        for (NetzeroParameters.GridSource g : NetzeroParameters.GridSource.values()) {
            NetzeroInstance other = in.withParameters(with(p, g));
            NetzeroSolution s = milp.solve(other, ctx);
            bySource[g.ordinal()] = NetzeroCosts.gridCost(other.parameters(), s.gridSupplyKWh(), evSupply(other, s));
        }
        return new Point(in.evs().size(), p.fleetSeed(), in.demandKWh(), in.surplusKWh(), none.gridSupplyKWh(),
                grid.gridSupplyKWh(), pros.gridSupplyKWh(), NetzeroCosts.gridCost(p, none.gridSupplyKWh(), 0),
                NetzeroCosts.gridCost(p, grid.gridSupplyKWh(), 0), NetzeroCosts.gridCost(p, pros.gridSupplyKWh(), ev),
                none.unmetKWh(), grid.unmetKWh(), pros.unmetKWh(), bySource[0], bySource[1], bySource[2], ev);
    }

    static Summary summarise(List<Point> points) {
        double load = 0;
        double loadGrid = 0;
        double cost = 0;
        double cheaper = 0;
        double more = 0;
        double unmetGrid = 0;
        double unmetPros = 0;
        for (Point x : points) {
            load += 1 - x.loadProsumersKWh() / x.loadNoOptimisationKWh();
            loadGrid += 1 - x.loadNoProsumersKWh() / x.loadNoOptimisationKWh();
            cost += 1 - x.costProsumers() / x.costNoProsumers();
            double renewable = (x.costWind() + x.costPv()) / 2;
            cheaper += 1 - renewable / x.costFossil();
            more += x.costFossil() / renewable - 1;
            unmetGrid += x.unmetNoProsumersKWh();
            unmetPros += x.unmetProsumersKWh();
        }
        int n = Math.max(1, points.size());
        return new Summary(List.copyOf(points), 100 * load / n, 100 * loadGrid / n, 100 * cost / n,
                100 * cheaper / n, 100 * more / n, unmetGrid / n, unmetPros / n);
    }

    private static double evSupply(NetzeroInstance in, NetzeroSolution s) {
        double ev = 0;
        for (int i : s.taken()) {
            ev += in.evs().get(i).supplyKWh();
        }
        return ev;
    }

    /** The parameters with another grid source. */
    static NetzeroParameters with(NetzeroParameters p, NetzeroParameters.GridSource g) {
        return org.evwb.core.project.RecordValues.withOverrides("netzero", p, java.util.Map.of("gridSource", g));
    }
}
