package org.evwb.core.study.netzero;

import java.util.Arrays;
import java.util.List;

/**
 * A grid's answer for one hour: how much it generates (S_G), whose offers it takes, and how much demand stays unmet
 * (a priced slack, never a bare "infeasible"). The figures it reports about itself ({@link Reported}, null in a
 * solution made without them) are recomputed by {@link NetzeroChecker}.
 *
 * @param strategy      which of the three strategies made it
 * @param gridSupplyKWh S_G
 * @param taken         indices of the EVs whose S_i the grid takes, ascending
 * @param unmetKWh      demand left unmet, kWh (0 when eq. (12) holds)
 * @param reported      the solution's own figures, or null
 * @param solve         how the MILP ended (null for the closed-form strategies)
 */
public record NetzeroSolution(Strategy strategy, double gridSupplyKWh, int[] taken, double unmetKWh,
                              Reported reported, SolveInfo solve) {

    public NetzeroSolution {
        taken = taken.clone();
        Arrays.sort(taken);
    }

    /**
     * The figures a solution states: C_G (eq. (10)), CO2 = m_G·S_G, Σ S_i taken, and per EV its consumption, demand,
     * supply and utility (every EV, in instance order).
     */
    public record Reported(double gridCost, double co2Kg, double evSupplyKWh, List<EvFigures> evs) {
        public Reported {
            evs = evs == null ? List.of() : List.copyOf(evs);
        }
    }

    /** One EV's reported figures; {@code station} the id of the station it charges at (null: not stated). */
    public record EvFigures(String id, double consumptionKWh, double demandKWh, double supplyKWh, double utility,
                            String station) {
        public EvFigures(String id, double consumptionKWh, double demandKWh, double supplyKWh, double utility) {
            this(id, consumptionKWh, demandKWh, supplyKWh, utility, null);
        }
    }

    /** The MILP's end: status, objective with the slack's price, relative gap, wall seconds. */
    public record SolveInfo(String backend, String status, double objective, double relativeGap,
                            double wallSeconds) { }

    @Override
    public int[] taken() {
        return taken.clone();
    }

    public boolean isTaken(int ev) {
        return Arrays.binarySearch(taken, ev) >= 0;
    }

    /** The same decisions with the instance's figures as the reported ones. */
    public static NetzeroSolution withFigures(NetzeroInstance in, Strategy strategy, double gridSupplyKWh,
                                              int[] taken, double unmetKWh, SolveInfo solve) {
        double ev = 0;
        for (int i : taken) {
            ev += in.evs().get(i).supplyKWh();
        }
        NetzeroParameters p = in.parameters();
        List<EvFigures> figs = in.evs().stream().map(e -> new EvFigures(e.id(), e.consumptionKWh(), e.demandKWh(),
                e.supplyKWh(), e.utility(), e.station() < 0 ? null : in.stations().get(e.station()).id())).toList();
        Reported r = new Reported(NetzeroCosts.gridCost(p, gridSupplyKWh, ev), p.co2KgPerKWh() * gridSupplyKWh, ev,
                figs);
        return new NetzeroSolution(strategy, gridSupplyKWh, taken, unmetKWh, r, solve);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetzeroSolution s && strategy == s.strategy && gridSupplyKWh == s.gridSupplyKWh
                && Arrays.equals(taken, s.taken) && unmetKWh == s.unmetKWh
                && java.util.Objects.equals(reported, s.reported);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(strategy, gridSupplyKWh, Arrays.hashCode(taken), unmetKWh);
    }

    @Override
    public String toString() {
        return "NetzeroSolution[" + strategy + ", S_G=" + gridSupplyKWh + " kWh, " + taken.length + " offers taken, "
                + "unmet " + unmetKWh + " kWh]";
    }
}
