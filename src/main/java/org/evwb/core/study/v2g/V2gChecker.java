package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.Violation;

/**
 * The independent checker of study {@code v2g}: recomputes every SoC trajectory and the cost from the schedule and
 * the instance, never from a solver's figures. Checks per EV and slot the SoC within [floor, capacity] and the power
 * limits, the final SoC against the target, the site limit (when set), the hourly direction rule (L3, SPEC §6
 * Decisions: idling keeps the direction, an EV's first activity sets it without counting a change, at most one
 * change in any 4 consecutive slots), and the reported cost. Violations of one kind are capped at
 * {@value #MAX_PER_KIND} messages plus a count, so a broken schedule of 300 EVs stays readable.
 */
public final class V2gChecker implements Checker<V2gInstance, V2gSchedule> {

    /** Numerical slack of energies and SoCs (kWh): well below the 0.1 kWh data grid, above solver round-off. */
    public static final double TOL_KWH = 1e-6;
    /** An energy of at most this size is idling for the direction rule. */
    public static final double IDLE_KWH = 1e-6;
    static final int MAX_PER_KIND = 5;

    @Override
    public List<Violation> check(V2gInstance in, V2gSchedule s) {
        List<Violation> out = new ArrayList<>();
        int n = in.slotCount();
        if (s.evCount() != in.evCount()) {
            out.add(new Violation("shape", "the schedule has " + s.evCount() + " EVs, the depot " + in.evCount()));
            return out;
        }
        Counter soc = new Counter("soc-range", out);
        Counter power = new Counter("power-limit", out);
        Counter fin = new Counter("final-soc", out);
        Counter rule = new Counter("direction-rule", out);
        Counter site = new Counter("site-limit", out);
        double[] charge = new double[n];
        double[] discharge = new double[n];
        double[] net = new double[n];
        for (int i = 0; i < in.evCount(); i++) {
            V2gEv ev = in.evs().get(i);
            double[] row = s.energyKWh()[i];
            if (row.length != n) {
                out.add(new Violation("shape", "EV " + ev.id() + " has " + row.length + " slots, the night " + n));
                continue;
            }
            double level = ev.initialKWh();
            double maxIn = ev.maxChargeKW() * in.slotHours();
            double maxOut = ev.maxDischargeKW() * in.slotHours();
            int dir = 0; // +1 charging, -1 discharging, 0 not yet active
            int lastChange = Integer.MIN_VALUE / 2;
            for (int k = 0; k < n; k++) {
                double mu = row[k];
                if (!Double.isFinite(mu)) {
                    power.add("EV " + ev.id() + " slot " + k + ": energy is not a number");
                    continue;
                }
                if (mu > maxIn + TOL_KWH) {
                    power.add("EV " + ev.id() + " slot " + k + ": charges " + mu + " kWh, at most " + maxIn
                            + " kWh (" + ev.maxChargeKW() + " kW)");
                }
                if (-mu > maxOut + TOL_KWH) {
                    power.add("EV " + ev.id() + " slot " + k + ": discharges " + -mu + " kWh, at most " + maxOut
                            + " kWh (" + ev.maxDischargeKW() + " kW)");
                }
                level += mu;
                if (level < ev.floorKWh() - TOL_KWH || level > ev.capacityKWh() + TOL_KWH) {
                    soc.add("EV " + ev.id() + " after slot " + k + ": SoC " + round(level) + " kWh outside [floor "
                            + ev.floorKWh() + ", capacity " + ev.capacityKWh() + "]");
                }
                if (mu > 0) {
                    charge[k] += mu;
                } else {
                    discharge[k] -= mu;
                }
                net[k] += mu;
                if (in.directionRule() && Math.abs(mu) > IDLE_KWH) {
                    int d = mu > 0 ? 1 : -1;
                    if (dir != 0 && d != dir) {
                        if (k - lastChange < V2gInstance.RULE_WINDOW) {
                            rule.add("EV " + ev.id() + ": changes direction in slot " + lastChange + " and again in "
                                    + "slot " + k + " (at most once in any " + V2gInstance.RULE_WINDOW + " slots)");
                        }
                        lastChange = k;
                    }
                    dir = d;
                }
            }
            if (level < ev.targetKWh() - TOL_KWH) {
                fin.add("EV " + ev.id() + ": final SoC " + round(level) + " kWh below the required " + ev.targetKWh()
                        + " kWh");
            }
        }
        if (in.hasSiteLimit()) {
            double cap = in.siteLimitPerSlotKWh();
            for (int k = 0; k < n; k++) {
                if (charge[k] > cap + TOL_KWH * in.evCount()) {
                    site.add("slot " + k + ": the fleet charges " + round(charge[k]) + " kWh, the site limit is "
                            + round(cap) + " kWh (" + in.siteLimitKW() + " kW)");
                }
                if (discharge[k] > cap + TOL_KWH * in.evCount()) {
                    site.add("slot " + k + ": the fleet discharges " + round(discharge[k]) + " kWh, the site limit is "
                            + round(cap) + " kWh (" + in.siteLimitKW() + " kW)");
                }
            }
        }
        for (Counter c : List.of(soc, power, fin, rule, site)) {
            c.close();
        }
        if (out.stream().noneMatch(v -> v.constraint().equals("shape"))) {
            double cost = 0;
            for (int k = 0; k < n; k++) {
                MarketSlot m = in.slots().get(k);
                double x = m.volumeKWh() + net[k];
                cost += x >= 0 ? m.priceRate() * x : m.excessRate() * -x;
            }
            ReportedFigures.number(out, "$.solution.costReported", s.reportedCost(), cost, "¤");
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** Keeps the first few messages of a kind and says how many more there were. */
    private static final class Counter {
        private final String kind;
        private final List<Violation> out;
        private int count;

        Counter(String kind, List<Violation> out) {
            this.kind = kind;
            this.out = out;
        }

        void add(String message) {
            if (++count <= MAX_PER_KIND) {
                out.add(new Violation(kind, message));
            }
        }

        void close() {
            if (count > MAX_PER_KIND) {
                out.add(new Violation(kind, (count - MAX_PER_KIND) + " more of this kind"));
            }
        }
    }
}
