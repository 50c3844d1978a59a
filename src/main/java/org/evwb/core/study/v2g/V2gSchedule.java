package org.evwb.core.study.v2g;

import java.util.Arrays;

/**
 * A schedule for the fleet: energy μ_{i,k} (kWh, &gt; 0 charging, &lt; 0 discharging) per EV i and slot k, with the
 * figures the solver reports about it (each may be null; the checker recomputes the cost, never trusts it).
 *
 * @param energyKWh    [ev][slot] energy per slot
 * @param reportedCost the cost the solver computed (¤), or null
 * @param lowerBound   a proven lower bound on the optimal cost (¤) when the solver has one (milp), or null
 * @param method       how the schedule was made, one line (e.g. "cp-sat, ADP warm start, gap 1.2 %"), or null
 */
public record V2gSchedule(double[][] energyKWh, Double reportedCost, Double lowerBound, String method) {

    public V2gSchedule {
        energyKWh = deepCopy(energyKWh);
    }

    /** Energy of EV {@code ev} in slot {@code k}. */
    public double energy(int ev, int k) {
        return energyKWh[ev][k];
    }

    public int evCount() {
        return energyKWh.length;
    }

    /** The fleet's energy per slot, Σ_i μ_{i,k}. */
    public double[] fleetKWhPerSlot(int slots) {
        double[] f = new double[slots];
        for (double[] row : energyKWh) {
            for (int k = 0; k < Math.min(slots, row.length); k++) {
                f[k] += row[k];
            }
        }
        return f;
    }

    /** SoC of EV {@code ev} at the end of each slot, from its initial SoC. */
    public double[] socKWh(V2gInstance in, int ev) {
        double[] row = energyKWh[ev];
        double[] soc = new double[row.length];
        double s = in.evs().get(ev).initialKWh();
        for (int k = 0; k < row.length; k++) {
            s += row[k];
            soc[k] = s;
        }
        return soc;
    }

    /** Relative gap between the reported cost and the lower bound, NaN when either is missing. */
    public double relativeGap() {
        if (reportedCost == null || lowerBound == null) {
            return Double.NaN;
        }
        double diff = Math.max(0, reportedCost - lowerBound);
        return diff <= 1e-9 * Math.max(1, Math.abs(reportedCost)) ? 0 : diff / Math.max(1e-9, Math.abs(reportedCost));
    }

    public V2gSchedule withFigures(Double cost, Double bound, String how) {
        return new V2gSchedule(energyKWh, cost, bound, how);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof V2gSchedule s && Arrays.deepEquals(energyKWh, s.energyKWh)
                && java.util.Objects.equals(reportedCost, s.reportedCost)
                && java.util.Objects.equals(lowerBound, s.lowerBound) && java.util.Objects.equals(method, s.method);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(energyKWh) * 31 + java.util.Objects.hash(reportedCost, lowerBound, method);
    }

    @Override
    public String toString() {
        return "V2gSchedule[" + energyKWh.length + " EVs, cost " + reportedCost + ", bound " + lowerBound + "]";
    }
}
