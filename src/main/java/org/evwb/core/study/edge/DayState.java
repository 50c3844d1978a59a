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
    /** For an unbounded battery: min of level[t'] over t' ≥ t. */
    private final double[] suffixMin;
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
        this.suffixMin = new double[slots + 2];
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

    /** True when slot t may draw {@code newPower} instead of its power with every later level ≥ 0. */
    boolean canDraw(int t, double newPower) {
        double b = next(level[t], t, newPower);
        if (b < -1e-9) {
            return false;
        }
        if (newPower <= power[t]) {
            return true;
        }
        if (Double.isInfinite(cap)) {
            double drop = level[t + 1] - b;
            return drop <= suffixMin[t + 1] + 1e-9;
        }
        for (int u = t + 1; u <= slots; u++) {
            if (b < -1e-9) {
                return false;
            }
            if (Math.abs(b - level[u]) <= 1e-12) {
                return true; // both trajectories clipped at B: the rest is the same
            }
            if (u < slots) {
                b = next(b, u, power[u]);
            }
        }
        return b >= -1e-9;
    }

    /** True when task i may be added at slot t (load ≤ U_max, the battery holds). */
    boolean fits(int i, int t) {
        double w = load[t] + day.tasks().get(i).utilisation();
        return w <= pm.cores() + PowerModel.LOAD_TOLERANCE && canDraw(t, pm.power(w));
    }

    void assign(int i, int t) {
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = t;
        load[t] += task.utilisation();
        revenue += task.revenue();
        power[t] = pm.power(load[t]);
        relevel(t);
    }

    /** Assigns without updating the battery (callers that relevel once afterwards). */
    void assignNoLevel(int i, int t) {
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = t;
        load[t] += task.utilisation();
        revenue += task.revenue();
        power[t] = pm.power(load[t]);
    }

    void unassign(int i) {
        int t = slotOf[i];
        EdgeTask task = day.tasks().get(i);
        slotOf[i] = EdgeSchedule.ServerSchedule.DROPPED;
        load[t] -= task.utilisation();
        if (load[t] < 1e-12) {
            load[t] = 0;
        }
        revenue -= task.revenue();
        power[t] = pm.power(load[t]);
        relevel(t);
    }

    /** Recomputes the levels from slot t on. */
    void relevel(int from) {
        for (int t = from; t < slots; t++) {
            level[t + 1] = next(level[t], t, power[t]);
        }
        if (Double.isInfinite(cap)) {
            suffixMin[slots + 1] = Double.POSITIVE_INFINITY;
            for (int t = slots; t >= 0; t--) {
                suffixMin[t] = Math.min(level[t], suffixMin[t + 1]);
            }
        }
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
