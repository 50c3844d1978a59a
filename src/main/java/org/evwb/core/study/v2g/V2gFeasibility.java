package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a fleet cannot be scheduled at all, in words a fleet operator can act on: an EV whose required final SoC is out
 * of reach at full power within the night, or a site limit too small for the whole fleet's charging need. Every
 * solver asks this before it starts, so an infeasible night fails with the reasons, never a bare "infeasible".
 */
public final class V2gFeasibility {

    /** Unreachable EVs named one by one; the rest are counted. */
    private static final int SHOWN = 5;

    private V2gFeasibility() {
    }

    /** The reasons the instance has no feasible schedule that these simple counts can prove; empty when none. */
    public static List<String> reasons(V2gInstance in) {
        List<String> out = new ArrayList<>();
        int unreachable = 0;
        int n = in.slotCount();
        double need = 0;
        for (int i = 0; i < in.evCount(); i++) {
            V2gEv ev = in.evs().get(i);
            double gap = ev.targetKWh() - ev.initialKWh();
            double reach = n * in.maxChargePerSlotKWh(i);
            if (ev.targetKWh() > ev.capacityKWh() + V2gChecker.TOL_KWH) {
                out.add("EV " + ev.id() + ": required final SoC " + ev.targetKWh() + " kWh is above its capacity "
                        + ev.capacityKWh() + " kWh");
            } else if (gap > reach + V2gChecker.TOL_KWH && ++unreachable <= SHOWN) {
                out.add("EV " + ev.id() + ": needs " + round(gap) + " kWh (from " + ev.initialKWh() + " to "
                        + ev.targetKWh() + " kWh) but can take at most " + round(reach) + " kWh in " + n
                        + " slots at " + ev.maxChargeKW() + " kW");
            }
            need += Math.max(0, gap);
        }
        if (unreachable > SHOWN) {
            out.add("and " + (unreachable - SHOWN) + " more EVs that cannot reach their targets");
        }
        if (in.hasSiteLimit() && need > n * in.siteLimitPerSlotKWh() + V2gChecker.TOL_KWH) {
            out.add("the fleet needs " + round(need) + " kWh in total but the site limit of " + in.siteLimitKW()
                    + " kW lets at most " + round(n * in.siteLimitPerSlotKWh()) + " kWh in over " + n
                    + " slots; raise siteLimitKW or lower the targets");
        }
        return out;
    }

    /** Throws {@link IllegalArgumentException} listing every reason when there is one. */
    public static void require(V2gInstance in) {
        List<String> r = reasons(in);
        if (!r.isEmpty()) {
            throw new IllegalArgumentException("no feasible schedule: " + String.join("; ", r));
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
