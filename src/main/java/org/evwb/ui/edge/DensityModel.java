package org.evwb.ui.edge;

import java.util.List;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeTask;
import org.evwb.core.study.edge.ServerDay;

/**
 * A server's task day aggregated for the heat strip: per bucket of slots the tasks that arrive, the tasks whose last
 * slot falls in it (their deadline) and the tasks the schedule runs there. One pass over the tasks, off the FX
 * thread; the view then draws at most {@link #MAX_BUCKETS} × 3 cells whatever the number of tasks.
 *
 * @param serverId      the server
 * @param slotsPerBucket slots per bucket
 * @param hoursPerSlot  Δ/60
 * @param arrivals      tasks arriving per bucket
 * @param deadlines     tasks whose last slot is in the bucket
 * @param runs          tasks run per bucket (all 0 without a schedule)
 * @param tasks         tasks of the day
 * @param scheduled     true when a schedule was aggregated
 */
record DensityModel(String serverId, int slotsPerBucket, double hoursPerSlot, int[] arrivals, int[] deadlines,
                    int[] runs, int tasks, boolean scheduled) {

    /** At most this many buckets (5-minute buckets of a 1-minute day). */
    static final int MAX_BUCKETS = 288;

    static DensityModel of(ServerDay day, EdgeSchedule.ServerSchedule ss, double hoursPerSlot) {
        int slots = day.slots();
        int per = Math.max(1, (slots + MAX_BUCKETS - 1) / MAX_BUCKETS);
        int buckets = (slots + per - 1) / per;
        int[] arr = new int[buckets];
        int[] dl = new int[buckets];
        int[] run = new int[buckets];
        List<EdgeTask> ts = day.tasks();
        boolean scheduled = ss != null && ss.taskCount() == ts.size();
        for (int i = 0; i < ts.size(); i++) {
            EdgeTask t = ts.get(i);
            arr[Math.min(buckets - 1, t.arrivalSlot() / per)]++;
            dl[Math.min(buckets - 1, t.lastSlot(slots) / per)]++;
            if (scheduled) {
                int s = ss.slotOf(i);
                if (s >= 0 && s < slots) {
                    run[s / per]++;
                }
            }
        }
        return new DensityModel(day.server().id(), per, hoursPerSlot, arr, dl, run, ts.size(), scheduled);
    }

    int buckets() {
        return arrivals.length;
    }

    double bucketHours() {
        return slotsPerBucket * hoursPerSlot;
    }

    /** The largest count of a row (1 at least, so shares are defined). */
    static int max(int[] row) {
        int m = 1;
        for (int v : row) {
            m = Math.max(m, v);
        }
        return m;
    }
}
