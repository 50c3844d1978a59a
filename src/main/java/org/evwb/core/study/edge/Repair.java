package org.evwb.core.study.edge;

/**
 * Makes a schedule feasible under the exact power by dropping tasks: slots first to last, while a slot's load is
 * above U_max or its power above what the sun and the battery give ({@code S_t + η_d·60·b_t/Δ}), its least-revenue
 * task is dropped. Used after a MILP stopped before its tangents were exact.
 */
final class Repair {

    private Repair() {
    }

    /** Drops tasks until the schedule is feasible; returns how many were dropped. */
    static int forward(DayState s) {
        int dropped = 0;
        for (int t = 0; t < s.slots; t++) {
            while (!s.runs.get(t).isEmpty() && (s.load[t] > s.pm.cores() + PowerModel.LOAD_TOLERANCE
                    || s.power[t] > s.budget(t) + 1e-9)) {
                EdgeTask worst = null;
                for (int i : s.runs.get(t)) {
                    EdgeTask task = s.day.tasks().get(i);
                    if (worst == null || SnbScheduler.ORDER.compare(task, worst) > 0) {
                        worst = task;
                    }
                }
                s.unassign(worst.id());
                dropped++;
            }
        }
        return dropped;
    }
}
