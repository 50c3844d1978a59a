package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.solve.RunContext;

/**
 * {@code online}, paper Algo. 5: an offline plan made on the predicted day ({@code snb}, {@code sib-offline} or
 * {@code sfb-offline} by the server's battery, or the one named), followed slot by slot against the actual day. At
 * slot t the power budget is the plan's power plus the solar surprise, {@code P_plan(t) + (S_t − Ŝ_t)}, never above
 * what the sun and the battery give now ({@code S_t + η_d·60·b_t/Δ}). The planned tasks that arrived as predicted
 * form the executing set (a min-heap by revenue); while the load is above U_max or its power above the budget, the
 * least-revenue one is dropped back to the queue (Case 1). Then the queue — a max-heap by revenue of the tasks that
 * have arrived, are not run and not planned for a later slot — gives its best tasks while they fit the budget
 * (Case 2; a task that does not fit is skipped). The battery follows the actual power.
 */
final class OnlineScheduler {

    private OnlineScheduler() {
    }

    static DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx, String plan, int maxMoves) {
        ServerDay predicted = day.predicted();
        String method = plan.equals("auto") ? auto(day) : plan;
        DayState offline = switch (method) {
            case "snb" -> SnbScheduler.schedule(in, predicted, ctx);
            case "sib-offline" -> ShiftScheduler.schedule(in, predicted, ctx, ShiftScheduler.Mode.SIB, maxMoves);
            case "sfb-offline" -> ShiftScheduler.schedule(in, predicted, ctx, ShiftScheduler.Mode.SFB, maxMoves);
            default -> throw new IllegalArgumentException("plan must be auto, snb, sib-offline or sfb-offline, was "
                    + plan);
        };
        int slots = day.slots();
        int predictedCount = predicted.tasks().size();
        int[] planSlot = new int[day.tasks().size()];
        java.util.Arrays.fill(planSlot, EdgeSchedule.ServerSchedule.DROPPED);
        List<List<EdgeTask>> plannedAt = SnbScheduler.buckets(slots);
        for (EdgeTask actual : day.tasks()) {
            int i = actual.id();
            if (i < predictedCount && offline.slotOf[i] != EdgeSchedule.ServerSchedule.DROPPED
                    && predicted.tasks().get(i).equals(actual)) {
                planSlot[i] = offline.slotOf[i];
                plannedAt.get(planSlot[i]).add(actual);
            }
        }
        List<List<EdgeTask>> byArrival = SnbScheduler.buckets(slots);
        day.tasks().forEach(t -> byArrival.get(t.arrivalSlot()).add(t));
        DayState s = new DayState(in, day);
        PriorityQueue<EdgeTask> queue = new PriorityQueue<>(SnbScheduler.ORDER);
        for (int t = 0; t < slots; t++) {
            if ((t & 63) == 0 && ctx.isCancelled()) {
                break;
            }
            for (EdgeTask a : byArrival.get(t)) {
                if (planSlot[a.id()] == EdgeSchedule.ServerSchedule.DROPPED) {
                    queue.add(a);
                }
            }
            double budget = Math.max(0, Math.min(s.budget(t),
                    offline.power[t] + day.solarW()[t] - day.predictedSolarW()[t]));
            PriorityQueue<EdgeTask> executing = new PriorityQueue<>(SnbScheduler.ORDER.reversed());
            double w = 0;
            for (EdgeTask p : plannedAt.get(t)) {
                executing.add(p);
                w += p.utilisation();
            }
            while (!executing.isEmpty() && (w > s.pm.cores() + PowerModel.LOAD_TOLERANCE
                    || s.pm.power(w) > budget + PowerModel.POWER_TOLERANCE_W)) {
                EdgeTask d = executing.poll();
                w -= d.utilisation();
                planSlot[d.id()] = EdgeSchedule.ServerSchedule.DROPPED;
                queue.add(d);
            }
            if (executing.isEmpty()) {
                w = 0;
            }
            List<EdgeTask> skipped = new ArrayList<>();
            while (!queue.isEmpty()) {
                EdgeTask q = queue.poll();
                if (q.lastSlot(slots) < t || s.slotOf[q.id()] != EdgeSchedule.ServerSchedule.DROPPED) {
                    continue; // expired, or already run
                }
                double nw = w + q.utilisation();
                if (nw <= s.pm.cores() + PowerModel.LOAD_TOLERANCE && s.pm.power(nw) <= budget + PowerModel.POWER_TOLERANCE_W) {
                    executing.add(q);
                    w = nw;
                } else {
                    skipped.add(q);
                }
            }
            queue.addAll(skipped);
            for (EdgeTask e : executing) {
                s.assignNoLevel(e.id(), t);
            }
            s.level[t + 1] = s.next(s.level[t], t, s.power[t]);
        }
        s.relevel(0);
        return s;
    }

    /** The offline plan for a server's battery: none → snb, infinite → sib-offline, finite → sfb-offline. */
    static String auto(ServerDay day) {
        if (day.server().noBattery()) {
            return "snb";
        }
        return day.server().batteryKind() == BatteryKind.INFINITE ? "sib-offline" : "sfb-offline";
    }
}
