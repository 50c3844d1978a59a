package org.evwb.core.study.edge;

import java.util.Arrays;

/**
 * A server's schedule under construction, for the solvers: the slot of every task, the load and power per slot and
 * the battery level b_t it leads to, with a fast test of whether one slot's power may rise (the battery then must
 * stay ≥ 0 in every later slot). Not the checker: it only keeps the solvers' schedules feasible as they build them.
 */
final class DayState {

    final ServerDay day;
    final PowerModel pm;
    final int slots;
    final double h;
    final double etaC;
    final double etaD;
    final double cap;
    final double[] solar;
    final int[] slotOf;
    final double[] load;
    final double[] power;
    /** b_t at the start of slot t, t = 0..T. */
    final double[] level;
    /** Energy the battery spilled (clipped at B) in the step into level t. */
    private final double[] spillInto;
    /** min of level[t..c], c the first index ≥ t with a spill into it (or T). */
    private final double[] segMin;
    /** That c, or −1 when no spill follows. */
    private final int[] nextSpill;
    /** The tasks run in each slot. */
    final java.util.List<java.util.List<Integer>> runs;
    double revenue;

    DayState(EdgeInstance in, ServerDay day) {
        this.day = day;
        this.pm = day.server().power();
        this.slots = day.slots();
        this.h = in.hoursPerSlot();
        this.etaC = in.params().chargeEfficiency();
        this.etaD = in.params().dischargeEfficiency();
        this.cap = day.server().batteryWh();
        this.solar = day.solarW();
        this.slotOf = new int[day.tasks().size()];
        Arrays.fill(slotOf, EdgeSchedule.ServerSchedule.DROPPED);
        this.load = new double[slots];
        this.power = new double[slots];
        this.level = new double[slots + 1];
        this.spillInto = new double[slots + 1];
        this.segMin = new double[slots + 1];
        this.nextSpill = new int[slots + 1];
        this.runs = new java.util.ArrayList<>(slots);
        for (int t = 0; t < slots; t++) {
            runs.add(new java.util.ArrayList<>());
        }
        relevel(0);
    }

    /** The battery after slot t at power p from level b. */
    double next(double b, int t, double p) {
        double s = solar[t];
        double n = p <= s ? b + etaC * (s - p) * h : b - (p - s) * h / etaD;
        return Math.min(cap, n);
    }

    /** The most power slot t may draw now, given its level (solar plus what the battery can give). */
    double budget(int t) {
        return solar[t] + etaD * level[t] / h;
    }

    /**
     * True when slot t may draw {@code newPower} instead of its power with every later level ≥ 0. A lower level at
     * t + 1 stays lower by the same amount until the battery spills (clips at B), which absorbs up to the spill.
     */
    boolean canDraw(int t, double newPower) {
        double b = next(level[t], t, newPower);
        if (b < -1e-9) {
            return false;
        }
        double r = level[t + 1] - b;
        // a spill in slot t's own step is already netted out of b (the min with B): it must not absorb r twice
        int pos = spillInto[t + 1] > 0 ? t + 2 : t + 1;
        while (r > 1e-12 && pos <= slots) {
            if (r > segMin[pos] + 1e-9) {
                return false;
            }
            int c = nextSpill[pos];
            if (c < 0) {
                return true;
            }
            r -= spillInto[c];
            pos = c + 1;
        }
        return true;
    }

    /** True when task i may be added at slot t (load ≤ U_max, the battery holds). */
    boolean fits(int i, int t) {
        double w = load[t] + day.tasks().get(i).utilisation();
        return w <= pm.cores() + PowerModel.LOAD_TOLERANCE && canDraw(t, pm.power(w));
    }

    void assign(int i, int t) {
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = t;
        runs.get(t).add(i);
        load[t] += task.utilisation();
        revenue += task.revenue();
        power[t] = pm.power(load[t]);
        update(t);
    }

    /** Assigns without updating the battery (callers that relevel once afterwards). */
    void assignNoLevel(int i, int t) {
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = t;
        runs.get(t).add(i);
        load[t] += task.utilisation();
        revenue += task.revenue();
        power[t] = pm.power(load[t]);
    }

    void unassign(int i) {
        int t = slotOf[i];
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = EdgeSchedule.ServerSchedule.DROPPED;
        runs.get(t).remove(Integer.valueOf(i));
        load[t] -= task.utilisation();
        if (load[t] < 1e-12) {
            load[t] = 0;
        }
        revenue -= task.revenue();
        power[t] = pm.power(load[t]);
        update(t);
    }

    /** Recomputes the levels from slot t on, and the spill segments. */
    void relevel(int from) {
        for (int t = from; t < slots; t++) {
            double s = solar[t];
            double p = power[t];
            double n = p <= s ? level[t] + etaC * (s - p) * h : level[t] - (p - s) * h / etaD;
            spillInto[t + 1] = n > cap ? n - cap : 0;
            level[t + 1] = Math.min(cap, n);
        }
        int c = -1;
        double m = Double.POSITIVE_INFINITY;
        for (int t = slots; t >= 0; t--) {
            if (spillInto[t] > 0) {
                c = t;
                m = level[t];
            } else {
                m = Math.min(m, level[t]);
            }
            segMin[t] = m;
            nextSpill[t] = c;
        }
    }

    /**
     * What {@link #relevel} computes after slot {@code changed}'s power changed, for a state whose levels and spill
     * segments were consistent before: the levels are recomputed forward only until one and its spill come out
     * bit-for-bit as they were (every later one then is too: the recursion reads nothing else), and the spill
     * segments backward only over what that touched. The same numbers as a full pass, in far fewer steps when the
     * battery spills or empties soon after the slot (the shift heuristics change one slot at a time, ~10⁵ times).
     */
    private void update(int changed) {
        int hi = -1; // the highest level index that changed
        for (int t = changed; t < slots; t++) {
            double s = solar[t];
            double p = power[t];
            double n = p <= s ? level[t] + etaC * (s - p) * h : level[t] - (p - s) * h / etaD;
            double spill = n > cap ? n - cap : 0;
            double lev = Math.min(cap, n);
            if (same(lev, level[t + 1]) && same(spill, spillInto[t + 1])) {
                break;
            }
            level[t + 1] = lev;
            spillInto[t + 1] = spill;
            hi = t + 1;
        }
        if (hi < 0) {
            return;
        }
        int c = hi < slots ? nextSpill[hi + 1] : -1;
        double m = hi < slots ? segMin[hi + 1] : Double.POSITIVE_INFINITY;
        for (int t = hi; t >= 0; t--) {
            if (spillInto[t] > 0) {
                c = t;
                m = level[t];
            } else {
                m = Math.min(m, level[t]);
            }
            if (t <= changed && same(m, segMin[t]) && nextSpill[t] == c) {
                return; // nothing below depends on what changed
            }
            segMin[t] = m;
            nextSpill[t] = c;
        }
    }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    double energyWh() {
        double e = 0;
        for (double p : power) {
            e += p * h;
        }
        return e;
    }

    EdgeSchedule.ServerSchedule toSchedule() {
        return new EdgeSchedule.ServerSchedule(day.server().id(), slotOf, revenue, energyWh());
    }
}
