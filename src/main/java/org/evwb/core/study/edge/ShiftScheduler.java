package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.evwb.core.solve.RunContext;

/**
 * {@code sib-offline} (paper Algo. 4) and {@code sfb-offline} (Algo. 6) on the battery, both from the {@code snb}
 * schedule and both keeping the schedule feasible at every step ({@link DayState#fits}). docs/studies/edge.md states
 * the reading in full:
 * <ol>
 *   <li><b>Fill.</b> SNB leaves the solar it cannot use in the battery. Slots are visited lowest power first (ties:
 *   earlier slot) and each takes the best waiting tasks (SNB's order) that fit — load ≤ U_max, the battery ≥ 0 in
 *   every later slot — skipping those that do not; repeated until a pass adds nothing.</li>
 *   <li><b>Shift, SIB (Algo. 4).</b> Repeatedly: at the highest-power slot t_max drop its least-revenue task (it goes
 *   back to the waiting tasks), then add the best waiting tasks at the lowest-power slot after t_max that takes any
 *   (of the {@value #LATER_SLOTS_TRIED} lowest-power later slots with waiting tasks);
 *   kept when the revenue rises, undone otherwise (then t_max is not tried again).</li>
 *   <li><b>Shift, SFB (Algo. 6).</b> Repeatedly: t_max the highest-power slot, t_b the nearest later slot whose power
 *   is below the average power P̄ (over all slots); the energy to move is
 *   {@code min(B − b_{t_max+1}, (P_tmax − P̄)·Δ/60, (P̄ − P_tb)·Δ/60)}; least-revenue tasks at t_max are dropped until
 *   that much is saved, then the best waiting tasks are added at t_b; kept when the revenue rises, undone
 *   otherwise.</li>
 * </ol>
 * Without a battery no energy moves, and both return Algo. 2's schedule. Both stop when no slot is left to try, after {@code maxMoves} moves, or at the time limit (keeping the best).
 */
final class ShiftScheduler {

    enum Mode { SIB, SFB }

    /** Algo. 4 tries the lowest-power later slots with waiting tasks, at most this many per move. */
    static final int LATER_SLOTS_TRIED = 8;

    private ShiftScheduler() {
    }

    static DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx, Mode mode, int maxMoves) {
        DayState s = SnbScheduler.schedule(in, day, ctx);
        if (day.server().noBattery()) {
            return s; // no energy can move between slots: Algo. 2's schedule is the answer
        }
        int slots = s.slots;
        // waiting tasks per slot of their window, best first
        List<TreeSet<EdgeTask>> waiting = new ArrayList<>(slots);
        for (int t = 0; t < slots; t++) {
            waiting.add(new TreeSet<>(SnbScheduler.ORDER));
        }
        for (EdgeTask task : day.tasks()) {
            if (s.slotOf[task.id()] == EdgeSchedule.ServerSchedule.DROPPED) {
                addWaiting(waiting, task, slots);
            }
        }
        fill(s, waiting, ctx);
        boolean[] tried = new boolean[slots];
        for (int move = 0; move < maxMoves && !ctx.shouldStop(); move++) {
            int tMax = -1;
            for (int t = 0; t < slots; t++) {
                if (!tried[t] && s.load[t] > 0 && (tMax < 0 || s.power[t] > s.power[tMax])) {
                    tMax = t;
                }
            }
            if (tMax < 0) {
                break;
            }
            boolean kept = mode == Mode.SIB ? sibMove(s, waiting, tMax) : sfbMove(s, waiting, tMax);
            if (!kept) {
                tried[tMax] = true;
            }
        }
        return s;
    }

    private static void addWaiting(List<TreeSet<EdgeTask>> waiting, EdgeTask task, int slots) {
        for (int t = task.arrivalSlot(); t <= task.lastSlot(slots); t++) {
            waiting.get(t).add(task);
        }
    }

    private static void removeWaiting(List<TreeSet<EdgeTask>> waiting, EdgeTask task, int slots) {
        for (int t = task.arrivalSlot(); t <= task.lastSlot(slots); t++) {
            waiting.get(t).remove(task);
        }
    }

    /** Step 1: the surplus the battery holds, spent lowest-power slot first. */
    private static void fill(DayState s, List<TreeSet<EdgeTask>> waiting, RunContext ctx) {
        for (int pass = 0; pass < 3; pass++) {
            Integer[] order = new Integer[s.slots];
            for (int t = 0; t < s.slots; t++) {
                order[t] = t;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble((Integer t) -> s.power[t])
                    .thenComparingInt(t -> t));
            int added = 0;
            for (int t : order) {
                if (ctx.shouldStop()) {
                    return;
                }
                added += addBest(s, waiting, t, Double.POSITIVE_INFINITY).size();
            }
            if (added == 0) {
                return;
            }
        }
    }

    /** Adds the best waiting tasks that fit at t (skipping those that do not), up to {@code maxTasks}; returns them. */
    private static List<EdgeTask> addBest(DayState s, List<TreeSet<EdgeTask>> waiting, int t, double maxTasks) {
        List<EdgeTask> added = new ArrayList<>();
        if (waiting.get(t).isEmpty()) {
            return added;
        }
        List<EdgeTask> candidates = new ArrayList<>(waiting.get(t));
        for (EdgeTask task : candidates) {
            if (added.size() >= maxTasks) {
                break;
            }
            if (s.fits(task.id(), t)) {
                s.assign(task.id(), t);
                removeWaiting(waiting, task, s.slots);
                added.add(task);
            }
        }
        return added;
    }

    /** Algo. 4's move; true when kept. */
    private static boolean sibMove(DayState s, List<TreeSet<EdgeTask>> waiting, int tMax) {
        double before = s.revenue;
        EdgeTask drop = leastRevenue(s, tMax);
        if (drop == null) {
            return false;
        }
        s.unassign(drop.id());
        addWaiting(waiting, drop, s.slots);
        List<EdgeTask> added = new ArrayList<>();
        for (int t : lowestPowerLater(s, waiting, tMax)) {
            List<EdgeTask> a = addBest(s, waiting, t, Double.POSITIVE_INFINITY);
            if (!a.isEmpty()) {
                added.addAll(a);
                break;
            }
        }
        if (s.revenue > before + 1e-12) {
            return true;
        }
        undo(s, waiting, added, drop, tMax);
        return false;
    }

    /**
     * The {@value #LATER_SLOTS_TRIED} slots after tMax with waiting tasks of lowest power (ties: earlier slot), lowest
     * first: one scan keeping the best few, where sorting every later slot on every move cost O(T log T) a move.
     * Trying one that takes nothing changes neither powers nor waiting tasks, so choosing them up front is the same.
     */
    private static int[] lowestPowerLater(DayState s, List<TreeSet<EdgeTask>> waiting, int tMax) {
        int[] best = new int[LATER_SLOTS_TRIED];
        int n = 0;
        for (int t = tMax + 1; t < s.slots; t++) {
            if (waiting.get(t).isEmpty() || (n == best.length && !(s.power[t] < s.power[best[n - 1]]))) {
                continue; // a later slot of equal power loses the tie
            }
            int k = n < best.length ? n++ : n - 1;
            while (k > 0 && s.power[t] < s.power[best[k - 1]]) {
                best[k] = best[k - 1];
                k--;
            }
            best[k] = t;
        }
        return java.util.Arrays.copyOf(best, n);
    }

    /** Algo. 6's move; true when kept. */
    private static boolean sfbMove(DayState s, List<TreeSet<EdgeTask>> waiting, int tMax) {
        double mean = 0;
        for (double p : s.power) {
            mean += p;
        }
        mean /= s.slots;
        int tb = -1;
        for (int t = tMax + 1; t < s.slots; t++) {
            if (s.power[t] < mean) {
                tb = t;
                break;
            }
        }
        if (tb < 0 || s.power[tMax] <= mean) {
            return false;
        }
        double room = Double.isInfinite(s.cap) ? Double.POSITIVE_INFINITY : s.cap - s.level[tMax + 1];
        double amountWh = Math.min(room, Math.min((s.power[tMax] - mean) * s.h, (mean - s.power[tb]) * s.h));
        if (!(amountWh > 0)) {
            return false;
        }
        double before = s.revenue;
        double p0 = s.power[tMax];
        List<EdgeTask> dropped = new ArrayList<>();
        while ((p0 - s.power[tMax]) * s.h < amountWh) {
            EdgeTask d = leastRevenue(s, tMax);
            if (d == null) {
                break;
            }
            s.unassign(d.id());
            addWaiting(waiting, d, s.slots);
            dropped.add(d);
        }
        List<EdgeTask> added = addBest(s, waiting, tb, Double.POSITIVE_INFINITY);
        if (s.revenue > before + 1e-12) {
            return true;
        }
        for (EdgeTask a : added) {
            s.unassign(a.id());
            addWaiting(waiting, a, s.slots);
        }
        for (EdgeTask d : dropped) {
            removeWaiting(waiting, d, s.slots);
            s.assign(d.id(), tMax);
        }
        return false;
    }

    private static void undo(DayState s, List<TreeSet<EdgeTask>> waiting, List<EdgeTask> added, EdgeTask drop,
                             int tMax) {
        for (EdgeTask a : added) {
            s.unassign(a.id());
            addWaiting(waiting, a, s.slots);
        }
        removeWaiting(waiting, drop, s.slots);
        s.assign(drop.id(), tMax);
    }

    /** The least-revenue task at t (ties: earliest arrival, then highest id — the reverse of SNB's order). */
    private static EdgeTask leastRevenue(DayState s, int t) {
        EdgeTask worst = null;
        for (int i : s.runs.get(t)) {
            EdgeTask task = s.day.tasks().get(i);
            if (worst == null || SnbScheduler.ORDER.compare(task, worst) > 0) {
                worst = task;
            }
        }
        return worst;
    }
}
