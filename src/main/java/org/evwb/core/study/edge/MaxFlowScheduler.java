package org.evwb.core.study.edge;

import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.FlowNetwork;
import org.evwb.core.solve.ortools.MaxFlowResult;

/**
 * {@code max-flow}: SPEC §4's special case, solved exactly. When every task has u = 1 and r = 1 and the server has no
 * battery, a schedule is a flow source → task (capacity 1) → each slot of its window (1) → sink, the slot's capacity
 * the number of whole tasks the solar allows, {@code k_t} = the largest integer k ≤ U_max with P(k) ≤ S_t + 1e-9 W
 * (for fluid and whole cores alike, the load being whole); the maximum flow is the most tasks, the revenue's optimum
 * (paper §IV-B1). Any other instance is refused, naming the first task or server outside the case.
 */
final class MaxFlowScheduler {

    private MaxFlowScheduler() {
    }

    /** Why the day is not the special case, or null when it is. */
    static String notSpecialCase(ServerDay day) {
        if (!day.server().noBattery()) {
            return "server '" + day.server().id() + "' has a battery (" + day.server().batteryKind().name()
                    .toLowerCase(java.util.Locale.ROOT) + ", " + day.server().batteryWh() + " Wh)";
        }
        for (EdgeTask t : day.tasks()) {
            if (t.utilisation() != 1 || t.revenue() != 1) {
                return "task " + t.id() + " of server '" + day.server().id() + "' has u = " + t.utilisation()
                        + " and r = " + t.revenue();
            }
        }
        return null;
    }

    static DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx) {
        String why = notSpecialCase(day);
        if (why != null) {
            throw new IllegalArgumentException("max-flow solves only SPEC's special case — every task u = 1 and "
                    + "r = 1, no battery — but " + why + ". Use a recipe with utilisation 1 (mean 1, std 0, min 1, "
                    + "max 1), the study parameter revenue = UNIT and batteryKind none, or another solver (snb, "
                    + "sfb-offline, bound)");
        }
        int n = day.tasks().size();
        int slots = day.slots();
        PowerModel pm = day.server().power();
        int source = 0;
        int sink = n + slots + 1;
        FlowNetwork net = new FlowNetwork();
        int[] firstArc = new int[n];
        for (EdgeTask t : day.tasks()) {
            net.addArc(source, 1 + t.id(), 1);
            firstArc[t.id()] = net.arcCount();
            for (int s = t.arrivalSlot(); s <= t.lastSlot(slots); s++) {
                net.addArc(1 + t.id(), 1 + n + s, 1);
            }
        }
        for (int s = 0; s < slots; s++) {
            net.addArc(1 + n + s, sink, pm.wholeCapacity(day.solarW()[s]));
        }
        DayState state = new DayState(in, day);
        if (n == 0) {
            return state;
        }
        MaxFlowResult r = net.maxFlow(source, sink, ctx);
        for (EdgeTask t : day.tasks()) {
            int arc = firstArc[t.id()];
            for (int s = t.arrivalSlot(); s <= t.lastSlot(slots); s++, arc++) {
                if (r.arcFlow(arc) > 0) {
                    state.assignNoLevel(t.id(), s);
                }
            }
        }
        state.relevel(0);
        return state;
    }
}
