package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.evwb.core.solve.RunContext;

/**
 * {@code snb}, paper 001 Algo. 2 as SPEC §4 states it: slots from last to first; a task enters the queue at slot
 * {@code min(d_i − e, T − 1)} and leaves once {@code t < a_i}; at each slot the queue is scanned highest revenue first
 * (ties: latest arrival, then lowest id) and a task runs when it fits in the utilisation the solar allows,
 * {@code U_t = P⁻¹(S_t)} (whole cores: the integer capacity); a task that does not fit is skipped and the scan goes
 * on. SNB ignores the battery: on a server with one the schedule is the same, and feasible.
 */
final class SnbScheduler {

    /** Highest revenue first, then latest arrival, then lowest id (SPEC's SNB tie rule). */
    static final Comparator<EdgeTask> ORDER = Comparator.comparingDouble(EdgeTask::revenue).reversed()
            .thenComparing(Comparator.comparingInt(EdgeTask::arrivalSlot).reversed())
            .thenComparingInt(EdgeTask::id);

    private SnbScheduler() {
    }

    static DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx) {
        DayState s = new DayState(in, day);
        int slots = day.slots();
        List<List<EdgeTask>> byLast = buckets(slots);
        List<List<EdgeTask>> byArrival = buckets(slots + 1);
        for (EdgeTask t : day.tasks()) {
            byLast.get(t.lastSlot(slots)).add(t);
            byArrival.get(t.arrivalSlot()).add(t);
        }
        TreeSet<EdgeTask> queue = new TreeSet<>(ORDER);
        for (int t = slots - 1; t >= 0; t--) {
            if ((t & 63) == 0 && ctx.isCancelled()) {
                break;
            }
            queue.addAll(byLast.get(t));
            if (t + 1 < slots) {
                byArrival.get(t + 1).forEach(queue::remove); // t < a_i: the task has not arrived yet
            }
            double cap = s.pm.capacity(s.solar[t]);
            if (cap <= 0) {
                continue;
            }
            double w = 0;
            var it = queue.iterator();
            while (it.hasNext()) {
                EdgeTask task = it.next();
                if (w + task.utilisation() <= cap + PowerModel.LOAD_TOLERANCE) {
                    w += task.utilisation();
                    s.assignNoLevel(task.id(), t);
                    it.remove();
                }
            }
        }
        s.relevel(0);
        return s;
    }

    static List<List<EdgeTask>> buckets(int n) {
        List<List<EdgeTask>> b = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            b.add(new ArrayList<>());
        }
        return b;
    }
}
