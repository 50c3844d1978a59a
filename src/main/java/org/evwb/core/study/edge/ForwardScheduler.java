package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evwb.core.solve.RunContext;

/**
 * The paper's baselines: slots from first to last, each task started in the current slot when it fits — the load at
 * most U_max and the power at most what the sun and the battery give now ({@code S_t + η_d·60·b_t/Δ}) — in a
 * policy's order; the battery takes every surplus. docs/studies/edge.md states each policy:
 * <ul>
 *   <li>{@code execute-on-arrival}: a task runs in its arrival slot or never (in id order);</li>
 *   <li>{@code asap-huf}: as soon as possible, highest utilisation first (then id);</li>
 *   <li>{@code asap-luf}: as soon as possible, lowest utilisation first (then id);</li>
 *   <li>{@code np-edf}: non-preemptive earliest deadline first (then id), slack-aware: a task that may still wait
 *   starts only on the sun alone ({@code P ≤ S_t}); a task at its last slot may use the battery.</li>
 * </ul>
 */
final class ForwardScheduler {

    enum Policy {
        EXECUTE_ON_ARRIVAL("execute-on-arrival", Comparator.comparingInt(EdgeTask::id)),
        ASAP_HUF("asap-huf", Comparator.comparingDouble(EdgeTask::utilisation).reversed()
                .thenComparingInt(EdgeTask::id)),
        ASAP_LUF("asap-luf", Comparator.comparingDouble(EdgeTask::utilisation).thenComparingInt(EdgeTask::id)),
        NP_EDF("np-edf", Comparator.comparingInt(EdgeTask::deadlineSlot).thenComparingInt(EdgeTask::id));

        final String id;
        final Comparator<EdgeTask> order;

        Policy(String id, Comparator<EdgeTask> order) {
            this.id = id;
            this.order = order;
        }
    }

    private ForwardScheduler() {
    }

    static DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx, Policy policy) {
        DayState s = new DayState(in, day);
        int slots = day.slots();
        List<List<EdgeTask>> byArrival = SnbScheduler.buckets(slots);
        day.tasks().forEach(t -> byArrival.get(t.arrivalSlot()).add(t));
        List<EdgeTask> waiting = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            if ((t & 63) == 0 && ctx.isCancelled()) {
                break;
            }
            final int now = t;
            if (policy == Policy.EXECUTE_ON_ARRIVAL) {
                waiting = new ArrayList<>(byArrival.get(t));
            } else {
                waiting.removeIf(task -> task.lastSlot(slots) < now);
                waiting.addAll(byArrival.get(t));
            }
            waiting.sort(policy.order);
            double budget = s.budget(t);
            double w = 0;
            List<EdgeTask> left = new ArrayList<>(waiting.size());
            for (EdgeTask task : waiting) {
                double nw = w + task.utilisation();
                double p = s.pm.power(nw);
                double limit = policy == Policy.NP_EDF && task.lastSlot(slots) > t ? Math.min(budget, s.solar[t])
                        : budget;
                if (nw <= s.pm.cores() + PowerModel.LOAD_TOLERANCE && p <= limit) {
                    w = nw;
                    s.assignNoLevel(task.id(), t);
                } else {
                    left.add(task);
                }
            }
            waiting = left;
            s.level[t + 1] = s.next(s.level[t], t, s.power[t]);
        }
        s.relevel(0);
        return s;
    }
}
