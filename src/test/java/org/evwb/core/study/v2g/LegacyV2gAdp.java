package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * The {@code adp} implementation as it was before its state moved to primitive arrays (a copy of {@link V2gAdp} at
 * that point): the reference the tests and the benchmark compare the current one against, schedule for schedule.
 * Approximate dynamic programming, paper 003 Algo. 1 as SPEC §6 "Decisions from the reference model" states it:
 * forward from the initial state, three aggregate actions per slot — <b>C</b> charges, up to the site limit, the EVs
 * below target that still need the most slots (ties: lowest SoC); <b>I</b> idles; <b>D</b> discharges EVs by spare
 * slots, most first, stopping at the first that would break the completion test — and a state is kept only if a
 * charge-only completion exists: with p_i the slots EV i still needs, r_i the slots the hourly rule locks it out of
 * charging, m = ⌊S / a⌋ EVs at full power a under the site limit S and R slots left,
 * {@code Σ_i max(0, p_i − max(0, τ − r_i)) ≤ m·(R − τ)} for τ = 0…3 and {@code p_i ≤ R − r_i}. States are
 * deduplicated after rounding SoC to 0.1 kWh (SoCs here are kept in tenths of a kWh, so exactly) together with each
 * EV's direction and lock, and each stage keeps the beam of the cheapest {@code beamWidth} states.
 */
public final class LegacyV2gAdp implements Optimizer<V2gInstance, V2gSchedule> {

    public static final String ID = "adp-legacy";


    private static final byte IDLE = 0;
    private static final byte CHARGE = 1;
    private static final byte DISCHARGE = 2;

    private final V2gAdp.Parameters params;

    /** Sort keys pack (priority, SoC in tenths, index) into one long: 21 bits each. */
    private static final int MAX_KEY = 1 << 19;
    private static final int MAX_SOC = (1 << 21) - 1;
    private static final long INDEX_MASK = (1L << 21) - 1;

    public LegacyV2gAdp(V2gAdp.Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Approximate DP (paper Algo. 1, forward): aggregate actions charge / idle / discharge, beam of cheapest "
                + "states";
    }

    /** One state of the fleet at the start of a slot. */
    private record State(int[] soc, byte[] dir, int[] lastChange, double cost, int parent, byte action) { }

    /** The completion test's sums for one state at the start of slot k: T_τ and whether every p_i ≤ R − r_i. */
    private static final class Completion {
        final long[] sums = new long[4];
        int bad;
    }

    private static Completion completion(V2gPolicyFleet f, int[] soc, byte[] dir, int[] last, int k) {
        Completion c = new Completion();
        for (int i = 0; i < f.d; i++) {
            add(f, c, i, soc[i], dir[i], last[i], k, 1);
        }
        return c;
    }

    private static void add(V2gPolicyFleet f, Completion c, int i, int soc, byte dir, int last, int k, int sign) {
        int p = f.need(i, soc);
        int r = f.chargeLock(i, dir, last, k);
        for (int t = 0; t < 4; t++) {
            c.sums[t] += sign * Math.max(0, p - Math.max(0, t - r));
        }
        if (p > f.n - k - r) {
            c.bad += sign;
        }
    }

    private static boolean holds(V2gPolicyFleet f, Completion c, int k) {
        int left = f.n - k;
        if (c.bad > 0) {
            return false;
        }
        for (int t = 0; t <= Math.min(3, left); t++) {
            if (c.sums[t] > (long) f.m * (left - t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public V2gSchedule solve(V2gInstance in, RunContext ctx) {
        V2gFeasibility.require(in);
        V2gPolicyFleet f = new V2gPolicyFleet(in);
        int[] soc0 = new int[f.d];
        for (int i = 0; i < f.d; i++) {
            soc0[i] = (int) Math.round(in.evs().get(i).initialKWh() * 10);
        }
        int[] last0 = new int[f.d];
        Arrays.fill(last0, Integer.MIN_VALUE / 2);
        State start = new State(soc0, new byte[f.d], last0, 0, -1, IDLE);
        if (!holds(f, completion(f, soc0, start.dir(), last0, 0), 0)) {
            throw new IllegalArgumentException("no feasible schedule: the site limit of " + in.siteLimitKW()
                    + " kW cannot charge every EV to its target in " + f.n + " slots even charging from the first "
                    + "slot (completion test at 18:00); raise siteLimitKW or lower the targets");
        }
        // per stage only each kept state's parent and action: the states themselves would need ~170 MB at d = 200
        int[][] parents = new int[f.n + 1][];
        byte[][] acts = new byte[f.n + 1][];
        List<State> beam = List.of(start);
        for (int k = 0; k < f.n; k++) {
            if (ctx.isCancelled()) {
                throw new CancelledException();
            }
            ctx.progress((double) k / f.n, "adp: slot " + k + " of " + f.n + ", " + beam.size() + " states");
            Map<Key, State> next = new HashMap<>();
            for (int s = 0; s < beam.size(); s++) {
                if ((s & 63) == 0 && ctx.isCancelled()) {
                    throw new CancelledException();
                }
                for (byte a = IDLE; a <= DISCHARGE; a++) {
                    State t = apply(f, beam.get(s), s, a, k);
                    if (t != null) {
                        next.merge(new Key(t, f, k + 1), t, (x, y) -> x.cost() <= y.cost() ? x : y);
                    }
                }
            }
            if (next.isEmpty()) {
                throw new IllegalArgumentException("no feasible schedule found: every state of the beam failed the "
                        + "completion test at slot " + k);
            }
            List<State> all = new ArrayList<>(next.values());
            all.sort(Comparator.comparingDouble(State::cost).thenComparingInt(State::parent)
                    .thenComparingInt(State::action));
            beam = all.size() > params.beamWidth() ? List.copyOf(all.subList(0, params.beamWidth())) : all;
            parents[k + 1] = new int[beam.size()];
            acts[k + 1] = new byte[beam.size()];
            for (int j = 0; j < beam.size(); j++) {
                parents[k + 1][j] = beam.get(j).parent();
                acts[k + 1][j] = beam.get(j).action();
            }
        }
        // the cheapest final state (the beam is sorted); replay its actions from the start: apply() is deterministic
        byte[] actions = new byte[f.n];
        int j = 0;
        for (int k = f.n; k >= 1; k--) {
            actions[k - 1] = acts[k][j];
            j = parents[k][j];
        }
        double[][] mu = new double[f.d][f.n];
        State cur = start;
        for (int k = 0; k < f.n; k++) {
            State t = apply(f, cur, 0, actions[k], k);
            for (int i = 0; i < f.d; i++) {
                mu[i][k] = (t.soc()[i] - cur.soc()[i]) / 10.0;
            }
            cur = t;
        }
        double[] fleet = new double[f.n];
        for (double[] row : mu) {
            for (int k = 0; k < f.n; k++) {
                fleet[k] += row[k];
            }
        }
        return new V2gSchedule(mu, in.cost(fleet), null, "adp, beam " + params.beamWidth());
    }

    /** The state after action {@code a} in slot k, or null when it fails the completion test. */
    private static State apply(V2gPolicyFleet f, State s, int index, byte a, int k) {
        int[] soc = s.soc().clone();
        byte[] dir = s.dir().clone();
        int[] last = s.lastChange().clone();
        long net = 0;
        if (a == CHARGE) {
            // order: most slots still needed first, ties lowest SoC, then index — as one sortable long per EV
            long[] keys = new long[f.d];
            int count = 0;
            for (int i = 0; i < f.d; i++) {
                if (soc[i] < f.target[i] && soc[i] < f.cap[i] && f.chargeLock(i, dir[i], last[i], k) == 0) {
                    keys[count++] = ((long) (MAX_KEY - f.need(i, soc[i])) << 42) | ((long) soc[i] << 21) | i;
                }
            }
            if (count == 0) {
                return null;
            }
            Arrays.sort(keys, 0, count);
            for (int j = 0; j < Math.min(f.m, count); j++) {
                int i = (int) (keys[j] & INDEX_MASK);
                int amount = Math.min(f.up[i], f.cap[i] - soc[i]);
                soc[i] += amount;
                net += amount;
                turn(dir, last, i, (byte) 1, k);
            }
        }
        Completion c = completion(f, soc, dir, last, k + 1);
        if (a == DISCHARGE) {
            int left = f.n - k - 1;
            // order: most spare slots first, ties highest SoC, then index
            long[] keys = new long[f.d];
            int count = 0;
            for (int i = 0; i < f.d; i++) {
                if (soc[i] > f.floor[i] && f.dischargeLock(dir[i], last[i], k) == 0) {
                    int spare = left - f.chargeLock(i, dir[i], last[i], k + 1) - f.need(i, soc[i]);
                    keys[count++] = ((long) (MAX_KEY - Math.max(-MAX_KEY, Math.min(MAX_KEY, spare))) << 42)
                            | ((long) (MAX_SOC - soc[i]) << 21) | i;
                }
            }
            Arrays.sort(keys, 0, count);
            int taken = 0;
            for (int j = 0; j < count; j++) {
                int i = (int) (keys[j] & INDEX_MASK);
                if (taken >= f.m) {
                    break;
                }
                int amount = Math.min(f.down[i], soc[i] - f.floor[i]);
                byte oldDir = dir[i];
                int oldLast = last[i];
                add(f, c, i, soc[i], oldDir, oldLast, k + 1, -1);
                soc[i] -= amount;
                turn(dir, last, i, (byte) -1, k);
                add(f, c, i, soc[i], dir[i], last[i], k + 1, 1);
                if (!holds(f, c, k + 1)) {
                    // undo and stop: the first EV that would break the completion test ends D
                    add(f, c, i, soc[i], dir[i], last[i], k + 1, -1);
                    soc[i] += amount;
                    dir[i] = oldDir;
                    last[i] = oldLast;
                    add(f, c, i, soc[i], dir[i], last[i], k + 1, 1);
                    break;
                }
                net -= amount;
                taken++;
            }
            if (taken == 0) {
                return null;
            }
        }
        if (!holds(f, c, k + 1)) {
            return null;
        }
        MarketSlot m = f.in.slots().get(k);
        double cost = s.cost() + m.cost(m.volumeKWh() + net / 10.0);
        return new State(soc, dir, last, cost, index, a);
    }

    /** Records EV i's activity in direction {@code d} in slot k: a change when it had the other direction. */
    private static void turn(byte[] dir, int[] last, int i, byte d, int k) {
        if (dir[i] != 0 && dir[i] != d) {
            last[i] = k;
        }
        dir[i] = d;
    }

    /** Dedupe key: SoC (tenths of a kWh), and under the hourly rule each EV's direction and remaining lock. */
    private static final class Key {
        private final int[] soc;
        private final byte[] dir;
        private final int[] lock;
        private final int hash;

        Key(State s, V2gPolicyFleet f, int k) {
            soc = s.soc();
            if (f.rule) {
                dir = s.dir();
                lock = new int[f.d];
                for (int i = 0; i < f.d; i++) {
                    lock[i] = Math.max(0, s.lastChange()[i] + V2gInstance.RULE_WINDOW - k);
                }
            } else {
                dir = null;
                lock = null;
            }
            hash = Arrays.hashCode(soc) * 31 + Arrays.hashCode(dir) * 17 + Arrays.hashCode(lock);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key x && hash == x.hash && Arrays.equals(soc, x.soc) && Arrays.equals(dir, x.dir)
                    && Arrays.equals(lock, x.lock);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
