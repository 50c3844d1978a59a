package org.evwb.ui.edge;

import java.util.Arrays;
import org.evwb.core.study.edge.EdgeChecker;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeTask;
import org.evwb.core.study.edge.ServerDay;

/**
 * One server's day as the day chart draws it, computed off the FX thread: per slot the solar input, the power the
 * schedule draws, the battery level at the end of the slot and the load, all recomputed by the study's checker from
 * the schedule (never read from the solver), and the tasks run in each slot as a compact index (tasks of slot t are
 * {@code order[start[t]] … order[start[t + 1] − 1]}), so a click on a slot of a 100,000-task day lists its tasks at
 * once.
 *
 * @param day      the server's day
 * @param hoursPerSlot Δ/60
 * @param powerW   P_t
 * @param batteryWh b_{t+1}, the level at the end of slot t
 * @param loadCores W_t
 * @param revenue  the schedule's revenue on this server (recomputed)
 * @param tasksRun tasks run
 */
record DayFigures(ServerDay day, double hoursPerSlot, double[] powerW, double[] batteryWh, double[] loadCores,
                  double revenue, int tasksRun, int[] start, int[] order) {

    /** The figures of {@code ss} on {@code day} (ss null: nothing run). */
    static DayFigures of(EdgeInstance in, ServerDay day, EdgeSchedule.ServerSchedule ss) {
        EdgeSchedule.ServerSchedule s = ss != null && ss.taskCount() == day.tasks().size() ? ss
                : EdgeSchedule.ServerSchedule.empty(day.server().id(), day.tasks().size());
        EdgeChecker.ServerFigures f = new EdgeChecker().figures(in, day, s);
        int slots = day.slots();
        int[] start = new int[slots + 1];
        int n = s.taskCount();
        for (int i = 0; i < n; i++) {
            int t = s.slotOf(i);
            if (t >= 0 && t < slots) {
                start[t + 1]++;
            }
        }
        for (int t = 0; t < slots; t++) {
            start[t + 1] += start[t];
        }
        int[] fill = Arrays.copyOf(start, slots);
        int[] order = new int[start[slots]];
        for (int i = 0; i < n; i++) {
            int t = s.slotOf(i);
            if (t >= 0 && t < slots) {
                order[fill[t]++] = i;
            }
        }
        double[] battery = Arrays.copyOfRange(f.batteryWh(), 1, slots + 1);
        return new DayFigures(day, in.hoursPerSlot(), f.powerW(), battery, f.loadCores(), f.revenue(), f.tasksRun(),
                start, order);
    }

    int slots() {
        return day.slots();
    }

    /** The slot's start in hours of the day. */
    double hourOf(int slot) {
        return slot * hoursPerSlot;
    }

    /** The slot an hour of the day falls in, clamped to the day. */
    int slotAt(double hour) {
        return Math.max(0, Math.min(slots() - 1, (int) Math.floor(hour / hoursPerSlot)));
    }

    /** The tasks run in slot t. */
    EdgeTask[] tasksIn(int t) {
        EdgeTask[] out = new EdgeTask[start[t + 1] - start[t]];
        for (int k = 0; k < out.length; k++) {
            out[k] = day.tasks().get(order[start[t] + k]);
        }
        return out;
    }

    /** The clock time of a slot's start, e.g. "08:15". */
    String clock(int slot) {
        long minutes = Math.round(slot * hoursPerSlot * 60);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
