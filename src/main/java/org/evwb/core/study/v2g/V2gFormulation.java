package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The MILP of study {@code v2g} (SPEC §6), written once onto a {@link MipSink}. Per EV group g and slot k: charge
 * c ≥ 0, discharge e ≥ 0 and SoC s with {@code s_k = s_{k−1} + c_k − e_k} in [floor, capacity] and the last SoC at
 * least the target. Per slot the net position {@code x_k = v_k + Σ_g (c − e) = p_k − n_k} with p, n ≥ 0 and the cost
 * {@code Σ ρ_k p_k + σ_k n_k}: exact for {@code max(0, ·)} wherever ρ_k + σ_k ≥ 0 (no binary, no big-M — an optimum
 * never has p and n both positive there), and one binary z_k (p ≤ P·z, n ≤ N·(1 − z)) in a slot with ρ_k + σ_k &lt; 0.
 * Site limit: Σ c ≤ S and Σ e ≤ S per slot. Direction rule (L3): per EV a direction bit b (c ≤ a·b,
 * e ≤ a·(1 − b)), change t = b_k XOR b_{k−1} (all four inequalities, so the LP relaxation is tight on t),
 * {@code Σ_{j=k}^{k+3} t_j ≤ 1}, and a change only in a slot with at least ε of activity in the new direction, so
 * idling keeps the direction exactly as the checker reads it.
 *
 * <p><b>Aggregation.</b> Without the direction rule, EVs with identical data form one group whose bounds are m times
 * an EV's; splitting the group's energy evenly (on the integer grid: cumulative amounts split floor/ceil) gives every
 * EV a feasible schedule of the same cost, so the aggregation is exact (L0: the whole fleet is one group).
 *
 * <p><b>Units.</b> Energies are in units of {@code unitKWh}: 1 kWh for MPSolver, 0.05 kWh for CP-SAT (the lcm grid of
 * the 0.1 kWh SoCs and 0.25 kWh steps of 1 kW for 15 min). On CP-SAT the volumes are rounded to that grid; the
 * reported bound is lowered by the most that rounding can change the cost ({@link #boundCorrection}), so it stays a
 * proven bound for the market as given.
 */
final class V2gFormulation {

    private final V2gInstance in;
    private final MipSink sink;
    private final double q;
    private final List<int[]> groups = new ArrayList<>();
    private final int n;
    private int[][] c;
    private int[][] e;
    private int[][] s;
    private int[] p;
    private int[] neg;
    private int[] z;
    private int[][] b;
    private int[][] t;
    private double correction;
    private int[][] fixedDirections;

    /**
     * Fixes each EV's direction per slot (+1 charge, −1 discharge) instead of choosing it: the direction rule's
     * binaries become bounds (the model is then an LP), and a change of direction needs activity in the new one.
     * The pattern must itself keep the rule (at most one change in any 4 slots).
     */
    void fixDirections(int[][] directions) {
        this.fixedDirections = directions;
    }

    private boolean relaxSides;
    private int[] fixedSides;

    /** The negative-price binaries z_k relaxed to [0, 1]: the LP relaxation, a proven bound. */
    void relaxSides() {
        this.relaxSides = true;
    }

    /** The negative-price binaries fixed (1: buy, 0: excess), indexed by slot; the model is then an LP. */
    void fixSides(int[] sides) {
        this.fixedSides = sides;
    }

    /** Per slot 1 when the schedule leaves the market buying (x_k &gt; 0), else 0. */
    static int[] sidesOf(V2gInstance in, double[][] mu) {
        int n = in.slotCount();
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double x = in.slots().get(k).volumeKWh();
            for (double[] row : mu) {
                x += row[k];
            }
            out[k] = x > 0 ? 1 : 0;
        }
        return out;
    }

    V2gFormulation(V2gInstance in, MipSink sink, boolean aggregate) {
        this.in = in;
        this.sink = sink;
        this.q = sink.integral() ? 0.05 : 1;
        this.n = in.slotCount();
        boolean[] used = new boolean[in.evCount()];
        for (int i = 0; i < in.evCount(); i++) {
            if (used[i]) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            members.add(i);
            used[i] = true;
            if (aggregate && !in.directionRule()) {
                for (int j = i + 1; j < in.evCount(); j++) {
                    if (!used[j] && in.evs().get(j).sameAs(in.evs().get(i))) {
                        members.add(j);
                        used[j] = true;
                    }
                }
            }
            groups.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    int groupCount() {
        return groups.size();
    }

    /** How much lower the true optimum may be than the model's because of rounded volumes (¤); 0 for MPSolver. */
    double boundCorrection() {
        return correction;
    }

    void build() {
        int gs = groups.size();
        c = new int[gs][n];
        e = new int[gs][n];
        s = new int[gs][n];
        double eps = sink.integral() ? 1 : 0.01;
        for (int g = 0; g < gs; g++) {
            int m = groups.get(g).length;
            V2gEv ev = in.evs().get(groups.get(g)[0]);
            double up = m * in.maxChargePerSlotKWh(groups.get(g)[0]) / q;
            double down = m * in.maxDischargePerSlotKWh(groups.get(g)[0]) / q;
            for (int k = 0; k < n; k++) {
                c[g][k] = sink.var(0, up, sink.integral());
                e[g][k] = sink.var(0, down, sink.integral());
                double lo = m * (k == n - 1 ? Math.max(ev.floorKWh(), ev.targetKWh()) : ev.floorKWh()) / q;
                s[g][k] = sink.var(sink.integral() ? Math.ceil(lo - 1e-9) : lo, m * ev.capacityKWh() / q,
                        sink.integral());
                if (k == 0) {
                    sink.row(new int[]{s[g][0], c[g][0], e[g][0]}, new double[]{1, -1, 1}, m * ev.initialKWh() / q,
                            m * ev.initialKWh() / q);
                } else {
                    sink.row(new int[]{s[g][k], s[g][k - 1], c[g][k], e[g][k]}, new double[]{1, -1, -1, 1}, 0, 0);
                }
            }
        }
        p = new int[n];
        neg = new int[n];
        z = new int[n];
        double maxIn = 0;
        double maxOut = 0;
        for (int i = 0; i < in.evCount(); i++) {
            maxIn += in.maxChargePerSlotKWh(i);
            maxOut += in.maxDischargePerSlotKWh(i);
        }
        if (in.hasSiteLimit()) {
            maxIn = Math.min(maxIn, in.siteLimitPerSlotKWh());
            maxOut = Math.min(maxOut, in.siteLimitPerSlotKWh());
        }
        List<Integer> objVars = new ArrayList<>();
        List<Double> objCoefs = new ArrayList<>();
        correction = 0;
        for (int k = 0; k < n; k++) {
            MarketSlot m = in.slots().get(k);
            double v = m.volumeKWh() / q;
            if (sink.integral()) {
                double r = Math.round(v);
                correction += Math.max(Math.abs(m.priceRate()), m.excessRate()) * Math.abs(v - r) * q;
                v = r;
            }
            double pUb = Math.max(0, v + maxIn / q);
            double nUb = Math.max(0, -v + maxOut / q);
            p[k] = sink.var(0, sink.integral() ? Math.ceil(pUb) : pUb, sink.integral());
            neg[k] = sink.var(0, sink.integral() ? Math.ceil(nUb) : nUb, sink.integral());
            int[] idx = new int[2 + 2 * gs];
            double[] co = new double[idx.length];
            idx[0] = p[k];
            co[0] = 1;
            idx[1] = neg[k];
            co[1] = -1;
            for (int g = 0; g < gs; g++) {
                idx[2 + 2 * g] = c[g][k];
                co[2 + 2 * g] = -1;
                idx[3 + 2 * g] = e[g][k];
                co[3 + 2 * g] = 1;
            }
            sink.row(idx, co, v, v);
            z[k] = -1;
            if (!m.convex()) {
                // ρ + σ < 0: buying and excess at once would pay; one binary picks the side
                z[k] = fixedSides != null ? sink.var(fixedSides[k], fixedSides[k], false)
                        : sink.var(0, 1, !relaxSides);
                sink.row(new int[]{p[k], z[k]}, new double[]{1, -Math.ceil(pUb)}, Double.NEGATIVE_INFINITY, 0);
                sink.row(new int[]{neg[k], z[k]}, new double[]{1, Math.ceil(nUb)}, Double.NEGATIVE_INFINITY,
                        Math.ceil(nUb));
            }
            objVars.add(p[k]);
            objCoefs.add(m.priceRate() * q);
            objVars.add(neg[k]);
            objCoefs.add(m.excessRate() * q);
            if (in.hasSiteLimit()) {
                int[] ci = new int[gs];
                int[] ei = new int[gs];
                double[] ones = new double[gs];
                for (int g = 0; g < gs; g++) {
                    ci[g] = c[g][k];
                    ei[g] = e[g][k];
                    ones[g] = 1;
                }
                double cap = in.siteLimitPerSlotKWh() / q;
                sink.row(ci, ones, 0, sink.integral() ? Math.floor(cap + 1e-9) : cap);
                sink.row(ei, ones, 0, sink.integral() ? Math.floor(cap + 1e-9) : cap);
            }
        }
        if (in.directionRule() && fixedDirections != null) {
            for (int g = 0; g < gs; g++) {
                int[] dirs = fixedDirections[groups.get(g)[0]];
                for (int k = 0; k < n; k++) {
                    sink.row(new int[]{dirs[k] > 0 ? e[g][k] : c[g][k]}, new double[]{1}, 0, 0);
                    if (k > 0 && dirs[k] != dirs[k - 1]) {
                        sink.row(new int[]{dirs[k] > 0 ? c[g][k] : e[g][k]}, new double[]{1}, eps,
                                Double.POSITIVE_INFINITY);
                    }
                }
            }
        } else if (in.directionRule()) {
            b = new int[gs][n];
            t = new int[gs][n];
            for (int g = 0; g < gs; g++) {
                int i = groups.get(g)[0];
                double up = in.maxChargePerSlotKWh(i) / q;
                double down = in.maxDischargePerSlotKWh(i) / q;
                for (int k = 0; k < n; k++) {
                    b[g][k] = sink.var(0, 1, true);
                    sink.row(new int[]{c[g][k], b[g][k]}, new double[]{1, -up}, Double.NEGATIVE_INFINITY, 0);
                    sink.row(new int[]{e[g][k], b[g][k]}, new double[]{1, down}, Double.NEGATIVE_INFINITY, down);
                    if (k == 0) {
                        continue;
                    }
                    t[g][k] = sink.var(0, 1, true);
                    int bk = b[g][k];
                    int bj = b[g][k - 1];
                    int tk = t[g][k];
                    sink.row(new int[]{tk, bk, bj}, new double[]{1, -1, 1}, 0, Double.POSITIVE_INFINITY);
                    sink.row(new int[]{tk, bk, bj}, new double[]{1, 1, -1}, 0, Double.POSITIVE_INFINITY);
                    sink.row(new int[]{tk, bk, bj}, new double[]{1, -1, -1}, Double.NEGATIVE_INFINITY, 0);
                    sink.row(new int[]{tk, bk, bj}, new double[]{1, 1, 1}, Double.NEGATIVE_INFINITY, 2);
                    // a change needs activity in the new direction: c ≥ ε(t + b − 1), e ≥ ε(t − b)
                    sink.row(new int[]{c[g][k], tk, bk}, new double[]{1, -eps, -eps}, -eps, Double.POSITIVE_INFINITY);
                    sink.row(new int[]{e[g][k], tk, bk}, new double[]{1, -eps, eps}, 0, Double.POSITIVE_INFINITY);
                }
                for (int k = 1; k + V2gInstance.RULE_WINDOW - 1 < n; k++) {
                    int[] w = new int[V2gInstance.RULE_WINDOW];
                    double[] ones = new double[w.length];
                    for (int j = 0; j < w.length; j++) {
                        w[j] = t[g][k + j];
                        ones[j] = 1;
                    }
                    sink.row(w, ones, 0, 1);
                }
            }
        }
        sink.objective(objVars.stream().mapToInt(Integer::intValue).toArray(),
                objCoefs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Gives the solver {@code schedule} (on the model's grid) as its starting solution. */
    void hint(V2gSchedule schedule) {
        double[] fleet = new double[n];
        for (int g = 0; g < groups.size(); g++) {
            double level = 0;
            for (int i : groups.get(g)) {
                level += in.evs().get(i).initialKWh();
            }
            int first = groups.get(g)[0];
            int dir = 0;
            int[] dirs = new int[n];
            for (int k = 0; k < n; k++) {
                double ci = 0;
                double ei = 0;
                for (int i : groups.get(g)) {
                    double mu = schedule.energy(i, k);
                    ci += Math.max(0, mu);
                    ei += Math.max(0, -mu);
                }
                level += ci - ei;
                fleet[k] += ci - ei;
                sink.hint(c[g][k], ci / q);
                sink.hint(e[g][k], ei / q);
                sink.hint(s[g][k], level / q);
                double mu = schedule.energy(first, k);
                if (Math.abs(mu) > V2gChecker.IDLE_KWH) {
                    dir = mu > 0 ? 1 : -1;
                }
                dirs[k] = dir;
            }
            if (b != null) {
                // before its first activity an EV holds the direction it first takes
                int firstDir = 1;
                for (int k = 0; k < n; k++) {
                    if (dirs[k] != 0) {
                        firstDir = dirs[k];
                        break;
                    }
                }
                for (int k = 0; k < n; k++) {
                    int d = dirs[k] == 0 ? firstDir : dirs[k];
                    dirs[k] = d;
                    sink.hint(b[g][k], d > 0 ? 1 : 0);
                    if (k > 0) {
                        sink.hint(t[g][k], dirs[k] != dirs[k - 1] ? 1 : 0);
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            double v = in.slots().get(k).volumeKWh() / q;
            if (sink.integral()) {
                v = Math.round(v);
            }
            double x = v + fleet[k] / q;
            sink.hint(p[k], Math.max(0, x));
            sink.hint(neg[k], Math.max(0, -x));
            if (z[k] >= 0) {
                sink.hint(z[k], x > 0 ? 1 : 0);
            }
        }
    }

    /** The schedule of a solution ({@code value}: a variable's value), each group's energy split over its EVs. */
    double[][] schedule(IntToDoubleFunction value) {
        double[][] mu = new double[in.evCount()][n];
        for (int g = 0; g < groups.size(); g++) {
            int[] members = groups.get(g);
            int m = members.length;
            long before = 0;
            for (int k = 0; k < n; k++) {
                double net = value.applyAsDouble(c[g][k]) - value.applyAsDouble(e[g][k]);
                if (sink.integral()) {
                    // cumulative amounts split floor/ceil: each EV's SoC stays within its bounds (see class doc)
                    long after = before + Math.round(net);
                    for (int j = 0; j < m; j++) {
                        long share = Math.floorDiv(after + j, m) - Math.floorDiv(before + j, m);
                        mu[members[j]][k] = Math.round(share * q * 1e6) / 1e6;
                    }
                    before = after;
                } else {
                    double each = net / m;
                    for (int j = 0; j < m; j++) {
                        mu[members[j]][k] = Math.abs(each) < 1e-7 ? 0 : each;
                    }
                }
            }
        }
        return mu;
    }
}
