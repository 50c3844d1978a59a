package org.evwb.core.study.v2g;

import java.util.Arrays;
import java.util.List;

/**
 * The fleet as the learned policy steps it, slot by slot, with the three aggregate actions of {@code adp} and the
 * same rules (SPEC §6 "Decisions from the reference model"): <b>C</b> charges, up to the site limit, the EVs below
 * target that still need the most slots (ties: lowest SoC); <b>I</b> idles; <b>D</b> discharges EVs by spare slots,
 * most first, stopping at the first that would break the charge-only completion test; a state that fails the test is
 * refused. SoCs are tenths of a kWh, as in {@link V2gAdp}, so replaying an {@code adp} schedule's actions here gives
 * that schedule back exactly (tested): the policy is judged against the same moves the teacher could make. Both step
 * through {@link V2gActionStep}, and {@code adp} takes its fixed data (the 0.1 kWh grid, the site limit in EVs, the
 * direction locks) from here.
 */
public final class V2gPolicyFleet {

    /** The three aggregate actions, in the order the classifier numbers them. */
    public enum Action {
        CHARGE("C"), IDLE("I"), DISCHARGE("D");

        private final String letter;

        Action(String letter) {
            this.letter = letter;
        }

        /** C, I or D, as the paper writes them. */
        public String letter() {
            return letter;
        }

        /** The feasible action nearest to this one when it is refused: C and D fall back to I first. */
        public List<Action> fallbacks() {
            return switch (this) {
                case CHARGE -> List.of(IDLE, DISCHARGE);
                case IDLE -> List.of(CHARGE, DISCHARGE);
                case DISCHARGE -> List.of(IDLE, CHARGE);
            };
        }

        /** The action a slot of a schedule took: C when any EV charges, D when any discharges, else I. */
        public static Action of(V2gSchedule s, int k) {
            boolean up = false;
            boolean down = false;
            for (double[] row : s.energyKWh()) {
                up |= row[k] > V2gChecker.IDLE_KWH;
                down |= row[k] < -V2gChecker.IDLE_KWH;
            }
            return up ? CHARGE : down ? DISCHARGE : IDLE;
        }
    }

    final V2gInstance in;
    final int d;
    final int n;
    final int[] cap;
    final int[] floor;
    final int[] target;
    final int[] up;
    final int[] down;
    /** EVs at full power the site limit allows per slot. */
    final int m;
    final boolean rule;

    public V2gPolicyFleet(V2gInstance in) {
        this.in = in;
        d = in.evCount();
        n = in.slotCount();
        cap = new int[d];
        floor = new int[d];
        target = new int[d];
        up = new int[d];
        down = new int[d];
        int maxUp = 1;
        for (int i = 0; i < d; i++) {
            V2gEv ev = in.evs().get(i);
            cap[i] = (int) Math.floor(ev.capacityKWh() * 10 + 1e-6);
            floor[i] = (int) Math.ceil(ev.floorKWh() * 10 - 1e-6);
            target[i] = (int) Math.ceil(ev.targetKWh() * 10 - 1e-6);
            // the 0.1 kWh grid: a power limit off it is rounded down, so a schedule never exceeds it
            up[i] = (int) Math.floor(in.maxChargePerSlotKWh(i) * 10 + 1e-6);
            down[i] = (int) Math.floor(in.maxDischargePerSlotKWh(i) * 10 + 1e-6);
            maxUp = Math.max(maxUp, up[i]);
        }
        m = in.hasSiteLimit() ? (int) Math.floor(in.siteLimitPerSlotKWh() * 10 / maxUp + 1e-9) : d;
        rule = in.directionRule();
    }

    /** The fleet at the start of a slot: SoC in tenths of a kWh, direction (+1, −1, 0 before any activity), last change. */
    public record State(int k, int[] soc, byte[] dir, int[] lastChange) { }

    /** The fleet at 18:00. */
    public State start() {
        int[] soc = new int[d];
        for (int i = 0; i < d; i++) {
            soc[i] = (int) Math.round(in.evs().get(i).initialKWh() * 10);
        }
        int[] last = new int[d];
        Arrays.fill(last, Integer.MIN_VALUE / 2);
        return new State(0, soc, new byte[d], last);
    }

    int need(int i, int soc) {
        return soc >= target[i] ? 0 : (target[i] - soc + up[i] - 1) / up[i];
    }

    int chargeLock(int i, byte dir, int last, int k) {
        return rule && dir < 0 ? Math.max(0, last + V2gInstance.RULE_WINDOW - k) : 0;
    }

    int dischargeLock(byte dir, int last, int k) {
        return rule && dir > 0 ? Math.max(0, last + V2gInstance.RULE_WINDOW - k) : 0;
    }

    /** The completion test at the start of slot k: a charge-only completion exists. */
    boolean holds(int[] soc, byte[] dir, int[] last, int k) {
        int left = n - k;
        long[] sums = new long[4];
        for (int i = 0; i < d; i++) {
            int p = need(i, soc[i]);
            int r = chargeLock(i, dir[i], last[i], k);
            if (p > left - r) {
                return false;
            }
            for (int t = 0; t < 4; t++) {
                sums[t] += Math.max(0, p - Math.max(0, t - r));
            }
        }
        for (int t = 0; t <= Math.min(3, left); t++) {
            if (sums[t] > (long) m * (left - t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The state after action {@code a} in the state's slot, or null when the action is refused: the same step
     * {@code adp} takes ({@link V2gActionStep}).
     */
    public State apply(State s, Action a) {
        int k = s.k();
        int[] soc = s.soc().clone();
        byte[] dir = s.dir().clone();
        int[] last = s.lastChange().clone();
        V2gActionStep step = new V2gActionStep(this);
        step.prepare(soc, dir, last, k);
        return step.apply(soc, dir, last, k, a) == V2gActionStep.REFUSED ? null : new State(k + 1, soc, dir, last);
    }

    /** The state after slot k of a schedule (its energies on the 0.1 kWh grid), directions as the rule counts them. */
    public State after(State s, V2gSchedule schedule) {
        int k = s.k();
        int[] soc = s.soc().clone();
        byte[] dir = s.dir().clone();
        int[] last = s.lastChange().clone();
        for (int i = 0; i < d; i++) {
            double mu = schedule.energyKWh()[i][k];
            soc[i] += (int) Math.round(mu * 10);
            if (Math.abs(mu) > V2gChecker.IDLE_KWH) {
                V2gActionStep.turn(dir, last, i, (byte) (mu > 0 ? 1 : -1), k);
            }
        }
        return new State(k + 1, soc, dir, last);
    }

    /** Energy per EV (kWh) between two consecutive states. */
    public static double[] energy(State from, State to) {
        double[] mu = new double[from.soc().length];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = (to.soc()[i] - from.soc()[i]) / 10.0;
        }
        return mu;
    }

}
