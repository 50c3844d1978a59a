package org.evwb.core.study.v2g;

import java.util.Arrays;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;

/**
 * Approximate dynamic programming, paper 003 Algo. 1 as SPEC §6 "Decisions from the reference model" states it:
 * forward from the initial state, three aggregate actions per slot — <b>C</b> charges, up to the site limit, the EVs
 * below target that still need the most slots (ties: lowest SoC); <b>I</b> idles; <b>D</b> discharges EVs by spare
 * slots, most first, stopping at the first that would break the completion test — and a state is kept only if a
 * charge-only completion exists: with p_i the slots EV i still needs, r_i the slots the hourly rule locks it out of
 * charging, m = ⌊S / a⌋ EVs at full power a under the site limit S and R slots left,
 * {@code Σ_i max(0, p_i − max(0, τ − r_i)) ≤ m·(R − τ)} for τ = 0…3 and {@code p_i ≤ R − r_i}. States are
 * deduplicated after rounding SoC to 0.1 kWh (SoCs here are kept in tenths of a kWh, so exactly) together with each
 * EV's direction and lock, and each stage keeps the beam of the cheapest {@code beamWidth} states.
 *
 * <p>The step itself is {@link V2gActionStep}, shared with the learned policy. The beam lives in primitive arrays
 * (two pools of states, swapped each stage; an open-addressing table dedupes the candidates in place), so a stage
 * allocates nothing per state; the schedules are the same as those of the object-per-state version before it
 * (tested on seeded nights).
 */

public final class V2gAdp implements Optimizer<V2gInstance, V2gSchedule> {

    public static final String ID = "adp";

    /** Parameters of {@code adp}: the beam (SPEC: 2,000 states per stage). */
    public record Parameters(@Unit(value = "", min = 1, max = 100_000) int beamWidth) {
        public static final Parameters DEFAULT = new Parameters(2000);
    }

    /** The actions in the order the beam's ties are broken by (a state's code: its index here). */
    private static final Action[] ACTIONS = {Action.IDLE, Action.CHARGE, Action.DISCHARGE};

    private final Parameters params;

    public V2gAdp(Parameters params) {
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

    /**
     * States of one stage, side by side in flat arrays (state j's EVs at {@code j·d … j·d + d − 1}): SoC in tenths
     * of a kWh, direction, last change, and per state its cost so far, its parent's place in the previous beam and
     * the action that made it.
     */
    private static final class Pool {
        final int d;
        int[] soc = new int[0];
        byte[] dir = new byte[0];
        int[] last = new int[0];
        double[] cost = new double[0];
        int[] parent = new int[0];
        byte[] act = new byte[0];
        int size;

        Pool(int d) {
            this.d = d;
        }

        void ensure(int states) {
            if (cost.length >= states) {
                return;
            }
            int c = Math.max(states, cost.length * 2);
            soc = Arrays.copyOf(soc, c * d);
            dir = Arrays.copyOf(dir, c * d);
            last = Arrays.copyOf(last, c * d);
            cost = Arrays.copyOf(cost, c);
            parent = Arrays.copyOf(parent, c);
            act = Arrays.copyOf(act, c);
        }

        void put(int j, int[] s, byte[] r, int[] l, double c, int p, byte a) {
            System.arraycopy(s, 0, soc, j * d, d);
            System.arraycopy(r, 0, dir, j * d, d);
            System.arraycopy(l, 0, last, j * d, d);
            cost[j] = c;
            parent[j] = p;
            act[j] = a;
        }

        void get(int j, int[] s, byte[] r, int[] l) {
            System.arraycopy(soc, j * d, s, 0, d);
            System.arraycopy(dir, j * d, r, 0, d);
            System.arraycopy(last, j * d, l, 0, d);
        }
    }

    @Override
    public V2gSchedule solve(V2gInstance in, RunContext ctx) {
        V2gFeasibility.require(in);
        V2gPolicyFleet f = new V2gPolicyFleet(in);
        V2gPolicyFleet.State start = f.start();
        if (!f.holds(start.soc(), start.dir(), start.lastChange(), 0)) {
            throw new IllegalArgumentException("no feasible schedule: the site limit of " + in.siteLimitKW()
                    + " kW cannot charge every EV to its target in " + f.n + " slots even charging from the first "
                    + "slot (completion test at 18:00); raise siteLimitKW or lower the targets");
        }
        int d = f.d;
        V2gActionStep step = new V2gActionStep(f);
        int[] pSoc = new int[d];
        byte[] pDir = new byte[d];
        int[] pLast = new int[d];
        int[] wSoc = new int[d];
        byte[] wDir = new byte[d];
        int[] wLast = new int[d];
        Pool cur = new Pool(d);
        Pool next = new Pool(d);
        cur.ensure(1);
        cur.put(0, start.soc(), start.dir(), start.lastChange(), 0, -1, (byte) 0);
        cur.size = 1;
        int[] beam = {0};
        int[] table = new int[0];
        // per stage only each kept state's parent and action: the states themselves would need ~170 MB at d = 200
        int[][] parents = new int[f.n + 1][];
        byte[][] acts = new byte[f.n + 1][];
        for (int k = 0; k < f.n; k++) {
            if (ctx.isCancelled()) {
                throw new CancelledException();
            }
            ctx.progress((double) k / f.n, "adp: slot " + k + " of " + f.n + ", " + beam.length + " states");
            next.ensure(3 * beam.length);
            next.size = 0;
            int tableSize = Integer.highestOneBit(Math.max(4, 6 * beam.length - 1)) << 1;
            if (table.length < tableSize) {
                table = new int[tableSize];
            } else {
                Arrays.fill(table, 0);
            }
            int mask = table.length - 1;
            MarketSlot slot = in.slots().get(k);
            for (int s = 0; s < beam.length; s++) {
                if ((s & 63) == 0 && ctx.isCancelled()) {
                    throw new CancelledException();
                }
                cur.get(beam[s], pSoc, pDir, pLast);
                step.prepare(pSoc, pDir, pLast, k);
                double parentCost = cur.cost[beam[s]];
                for (byte a = 0; a < ACTIONS.length; a++) {
                    System.arraycopy(pSoc, 0, wSoc, 0, d);
                    System.arraycopy(pDir, 0, wDir, 0, d);
                    System.arraycopy(pLast, 0, wLast, 0, d);
                    int net = step.apply(wSoc, wDir, wLast, k, ACTIONS[a]);
                    if (net == V2gActionStep.REFUSED) {
                        continue;
                    }
                    double cost = parentCost + slot.cost(slot.volumeKWh() + net / 10.0);
                    // dedupe: of equal keys the cheapest stays, the first made on a tie (lowest parent, action)
                    int h = hash(f, wSoc, wDir, wLast, k + 1) & mask;
                    while (true) {
                        int e = table[h] - 1;
                        if (e < 0) {
                            next.put(next.size, wSoc, wDir, wLast, cost, s, a);
                            table[h] = ++next.size;
                            break;
                        }
                        if (sameKey(f, next, e, wSoc, wDir, wLast, k + 1)) {
                            if (cost < next.cost[e]) {
                                next.put(e, wSoc, wDir, wLast, cost, s, a);
                            }
                            break;
                        }
                        h = (h + 1) & mask;
                    }
                }
            }
            if (next.size == 0) {
                throw new IllegalArgumentException("no feasible schedule found: every state of the beam failed the "
                        + "completion test at slot " + k);
            }
            beam = cheapest(next, params.beamWidth());
            parents[k + 1] = new int[beam.length];
            acts[k + 1] = new byte[beam.length];
            for (int j = 0; j < beam.length; j++) {
                parents[k + 1][j] = next.parent[beam[j]];
                acts[k + 1][j] = next.act[beam[j]];
            }
            Pool t = cur;
            cur = next;
            next = t;
        }
        // the cheapest final state (the beam is sorted); replay its actions from the start: the step is deterministic
        byte[] actions = new byte[f.n];
        int j = 0;
        for (int k = f.n; k >= 1; k--) {
            actions[k - 1] = acts[k][j];
            j = parents[k][j];
        }
        double[][] mu = new double[d][f.n];
        System.arraycopy(start.soc(), 0, wSoc, 0, d);
        System.arraycopy(start.dir(), 0, wDir, 0, d);
        System.arraycopy(start.lastChange(), 0, wLast, 0, d);
        double[] fleet = new double[f.n];
        for (int k = 0; k < f.n; k++) {
            System.arraycopy(wSoc, 0, pSoc, 0, d);
            step.prepare(wSoc, wDir, wLast, k);
            step.apply(wSoc, wDir, wLast, k, ACTIONS[actions[k]]);
            for (int i = 0; i < d; i++) {
                mu[i][k] = (wSoc[i] - pSoc[i]) / 10.0;
            }
        }
        for (double[] row : mu) {
            for (int k = 0; k < f.n; k++) {
                fleet[k] += row[k];
            }
        }
        return new V2gSchedule(mu, in.cost(fleet), null, "adp, beam " + params.beamWidth());
    }

    /** The places of the pool's cheapest states, at most {@code width}, by cost, then parent, then action. */
    private static int[] cheapest(Pool p, int width) {
        Integer[] order = new Integer[p.size];
        for (int j = 0; j < p.size; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(p.cost[x], p.cost[y]);
            if (c == 0) {
                c = Integer.compare(p.parent[x], p.parent[y]);
            }
            return c != 0 ? c : Byte.compare(p.act[x], p.act[y]);
        });
        int[] kept = new int[Math.min(width, p.size)];
        for (int j = 0; j < kept.length; j++) {
            kept[j] = order[j];
        }
        return kept;
    }

    /** Dedupe key: SoC (tenths of a kWh), and under the hourly rule each EV's direction and remaining lock. */
    private static int hash(V2gPolicyFleet f, int[] soc, byte[] dir, int[] last, int k) {
        int h = 1;
        for (int i = 0; i < f.d; i++) {
            h = 31 * h + soc[i];
        }
        if (f.rule) {
            for (int i = 0; i < f.d; i++) {
                h = 31 * h + dir[i] * 17 + lock(last[i], k);
            }
        }
        // spread the bits: the table is indexed by the low ones
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    private static boolean sameKey(V2gPolicyFleet f, Pool p, int e, int[] soc, byte[] dir, int[] last, int k) {
        int o = e * f.d;
        for (int i = 0; i < f.d; i++) {
            if (p.soc[o + i] != soc[i]) {
                return false;
            }
        }
        if (f.rule) {
            for (int i = 0; i < f.d; i++) {
                if (p.dir[o + i] != dir[i] || lock(p.last[o + i], k) != lock(last[i], k)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int lock(int last, int k) {
        return Math.max(0, last + V2gInstance.RULE_WINDOW - k);
    }
}
