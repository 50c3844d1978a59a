package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.evwb.core.solve.RunContext;

/**
 * Problem 1 solved exactly in its own structure. With one price for every offer the cost of a choice depends only on
 * the energy W = Σ S_i·x_i it takes: {@code f(W) = (p_G + m_G·PC)·S_G(W) + p_EV·W + M·u(W)} with S_G(W) the least
 * grid supply that meets the rest and u(W) the shortfall. f is piecewise linear in W with breakpoints where the
 * demand left is met (W = need) and where the grid's cap starts to bind (W = need − (1 − loss)·S̄_G). On each linear
 * piece [b, b'] the best achievable W is an extreme one: the least subset sum ≥ b when f rises there, the largest
 * ≤ b' when it falls. So Problem 1 is one subset-sum per piece — the min-weight covering subset-sum of the regime
 * where S̄_G binds and offers are dearer than the grid.
 *
 * <p>Each subset-sum is a depth-first branch and bound over the offers sorted by size (bound: what is left cannot
 * raise the sum past the best), stopped as soon as the sum is within the energy that the relative gap allows at the
 * piece's slope. The bound reported beside it is provable: each piece's continuous minimum (the LP relaxation of
 * that piece: fractional offers reach any W), raised to the exact optimum of a piece searched to the end. Pieces are
 * searched cheapest bound first and skipped once the incumbent is within the gap of every remaining bound. A piece
 * whose search exceeds the node budget stays open with its LP bound, and the caller decides (MPSolver).
 */
final class OfferCover {

    /** The cost of taking W kWh of offers, f(W) above. */
    interface Cost extends DoubleUnaryOperator { }

    /**
     * What the search found.
     *
     * @param taken      indices into the weights of the offers taken
     * @param energy     their total, W
     * @param objective  f(W)
     * @param bound      a proven lower bound on the optimum of f over every subset
     * @param nodes      branch-and-bound nodes visited over every piece
     * @param stopped    the run was cancelled (or ran out of time) during the search
     */
    record Result(int[] taken, double energy, double objective, double bound, long nodes, boolean stopped) {
        /** Relative gap between the objective and the bound, as OR-Tools states it (0 when both are 0). */
        double relativeGap() {
            double d = Math.max(0, objective - bound);
            return d == 0 ? 0 : d / Math.max(Math.abs(objective), 1e-12);
        }
    }

    private final double[] weights;
    private final Cost cost;
    private final double relativeGap;
    private final long nodeBudget;
    private final double[] breakpoints;

    /**
     * @param weights     the offers' energies S_i, kWh, each ≥ 0
     * @param breakpoints where f changes slope (any order; those outside [0, Σ S_i] are ignored)
     * @param cost        f
     * @param relativeGap the gap the result must be proven within
     * @param nodeBudget  nodes one piece's search may visit before it is left open
     */
    OfferCover(double[] weights, double[] breakpoints, Cost cost, double relativeGap, long nodeBudget) {
        this.weights = weights.clone();
        this.cost = cost;
        this.relativeGap = relativeGap;
        this.nodeBudget = nodeBudget;
        this.breakpoints = breakpoints.clone();
    }

    /** A linear piece of f: [lo, hi], its slope and the continuous minimum on it. */
    private record Piece(double lo, double hi, double slope, double lpBound) { }

    Result solve(RunContext ctx) {
        int n = weights.length;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> weights[k]).reversed());
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = weights[order[k]];
        }
        double total = Arrays.stream(w).sum();
        List<Piece> pieces = pieces(total);
        // incumbent: the best of taking nothing and everything
        boolean[] best = new boolean[n];
        double bestW = 0;
        double bestF = cost.applyAsDouble(0);
        if (cost.applyAsDouble(total) < bestF) {
            Arrays.fill(best, true);
            bestW = total;
            bestF = cost.applyAsDouble(total);
        }
        double[] lb = pieces.stream().mapToDouble(Piece::lpBound).toArray();
        boolean[] searched = new boolean[pieces.size()];
        long nodes = 0;
        boolean stopped = false;
        Search search = new Search(w, nodeBudget, ctx);
        while (!stopped) {
            int next = -1;
            for (int k = 0; k < pieces.size(); k++) {
                if (!searched[k] && (next < 0 || lb[k] < lb[next] || lb[k] == lb[next]
                        && Math.abs(pieces.get(k).slope()) < Math.abs(pieces.get(next).slope()))) {
                    next = k;
                }
            }
            if (next < 0 || bestF - lb[next] <= relativeGap * Math.abs(bestF)) {
                break; // every piece left is within the gap of the incumbent
            }
            Piece pc = pieces.get(next);
            searched[next] = true;
            double tol = pc.slope() == 0 ? pc.hi() - pc.lo()
                    : relativeGap * Math.max(Math.abs(lb[next]), 1e-9) / Math.abs(pc.slope()) * 0.999;
            tol = Math.min(tol, pc.hi() - pc.lo());
            Search.Found f;
            double closest;
            if (pc.slope() >= 0) { // the least sum >= lo: the complement of the largest sum <= total - lo
                f = search.maxAtMost(total - pc.lo(), tol);
                f = f.complement(total);
                closest = f.sum() - pc.lo();
            } else { // the largest sum <= hi
                f = search.maxAtMost(pc.hi(), tol);
                closest = pc.hi() - f.sum();
            }
            nodes += f.nodes();
            stopped = f.stopped();
            double fv = cost.applyAsDouble(f.sum());
            if (fv < bestF) {
                bestF = fv;
                bestW = f.sum();
                best = f.in();
            }
            boolean inPiece = f.sum() >= pc.lo() - 1e-9 && f.sum() <= pc.hi() + 1e-9;
            if (f.exhausted() || (closest <= 1e-12 && inPiece)) {
                // searched to the end: the piece's best is f's value there, or it has no subset sum at all
                lb[next] = inPiece ? fv : Double.POSITIVE_INFINITY;
            }
            // an early stop within tol keeps the LP bound: the incumbent is within the gap of it by tol's choice
        }
        double bound = Double.POSITIVE_INFINITY;
        for (double v : lb) {
            bound = Math.min(bound, v);
        }
        bound = Math.min(bound, bestF);
        List<Integer> taken = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (best[k]) {
                taken.add(order[k]);
            }
        }
        return new Result(taken.stream().mapToInt(Integer::intValue).sorted().toArray(), bestW, bestF, bound, nodes,
                stopped);
    }

    private List<Piece> pieces(double total) {
        double[] b = Arrays.stream(breakpoints).filter(v -> v > 0 && v < total).toArray();
        double[] all = new double[b.length + 2];
        System.arraycopy(b, 0, all, 1, b.length);
        all[all.length - 1] = total;
        Arrays.sort(all);
        List<Piece> out = new ArrayList<>();
        for (int k = 0; k + 1 < all.length; k++) {
            double lo = all[k];
            double hi = all[k + 1];
            if (hi <= lo) {
                continue;
            }
            double flo = cost.applyAsDouble(lo);
            double fhi = cost.applyAsDouble(hi);
            out.add(new Piece(lo, hi, (fhi - flo) / (hi - lo), Math.min(flo, fhi)));
        }
        return out;
    }

    /** Depth-first branch and bound for the largest subset sum within a capacity, offers sorted largest first. */
    static final class Search {
        private static final int POLL_NODES = 1 << 14;
        /** Any fixed seed: the result must not depend on the run. */
        private static final long SHUFFLE_SEED = 20_04L;
        private final double[] w;
        private final double[] suffix;
        private final long budget;
        private final RunContext ctx;
        private boolean[] cur;
        private boolean[] bestIn;
        private double best;
        private double cap;
        private double tol;
        private long nodes;
        private boolean abort;
        private boolean stopped;

        /** One search's answer: the subset (by sorted index), its sum, and how the search ended. */
        record Found(boolean[] in, double sum, long nodes, boolean exhausted, boolean stopped) {
            Found complement(double total) {
                boolean[] c = new boolean[in.length];
                for (int k = 0; k < c.length; k++) {
                    c[k] = !in[k];
                }
                return new Found(c, total - sum, nodes, exhausted, stopped);
            }
        }

        Search(double[] sortedDescending, long budget, RunContext ctx) {
            this.w = sortedDescending;
            this.budget = budget;
            this.ctx = ctx;
            suffix = new double[w.length + 1];
            for (int k = w.length - 1; k >= 0; k--) {
                suffix[k] = suffix[k + 1] + w[k];
            }
        }

        /** The largest subset sum ≤ {@code capacity}, stopped once within {@code tolerance} of it. */
        Found maxAtMost(double capacity, double tolerance) {
            cap = capacity;
            tol = tolerance;
            cur = new boolean[w.length];
            bestIn = new boolean[w.length];
            best = 0;
            nodes = 0;
            abort = false;
            stopped = false;
            if (cap >= 0) {
                greedy();
            }
            if (cap - best > tol && cap >= 0) {
                exchange();
            }
            if (cap - best > tol && cap >= 0 && !stopped) {
                dfs(0, 0); // the exchange's best as the incumbent prunes most of the tree
            }
            boolean exhausted = !abort && !stopped && cap - best > tol;
            return new Found(bestIn, best, nodes, exhausted, stopped);
        }

        /**
         * Each offer that still fits, in a fixed shuffled order and then largest first: the shuffle leaves offers of
         * every size both in and out, which the exchange moves need (largest first alone leaves only the smallest
         * out, and near-equal small offers cannot make up a slack bigger than their spread).
         */
        private void greedy() {
            double sum = 0;
            Integer[] order = new Integer[w.length];
            for (int k = 0; k < w.length; k++) {
                order[k] = k;
            }
            java.util.Collections.shuffle(Arrays.asList(order), new java.util.Random(SHUFFLE_SEED));
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < w.length; j++) {
                    int k = pass == 0 ? order[j] : j;
                    if (!bestIn[k] && sum + w[k] <= cap) {
                        bestIn[k] = true;
                        sum += w[k];
                    }
                }
            }
            best = sum;
        }

        /**
         * Exchange moves on the incumbent: take out up to two offers and put in up to two others so the sum grows
         * by the most that still fits — a move found by one sort of the "put in" sums and a binary search per "take
         * out" sum. Each round shrinks the slack by about the number of pairs, so a few rounds reach the gap.
         */
        private void exchange() {
            for (int round = 0; round < 16 && cap - best > tol; round++) {
                if (ctx.shouldStop()) { // a round sorts every pair: seconds at thousands of offers
                    stopped = true;
                    return;
                }
                List<Integer> inList = new ArrayList<>();
                List<Integer> outList = new ArrayList<>();
                for (int k = 0; k < w.length; k++) {
                    (bestIn[k] ? inList : outList).add(k);
                }
                double[][] add = combos(outList); // {sum, a, b} with -1 for no offer
                Arrays.sort(add, Comparator.comparingDouble(r -> r[0]));
                double[] addSums = Arrays.stream(add).mapToDouble(r -> r[0]).toArray();
                double[][] rem = combos(inList);
                double slack = cap - best;
                double gain = 0;
                double[] bestRem = null;
                double[] bestAdd = null;
                for (int i = 0; i < rem.length; i++) {
                    double[] r = rem[i];
                    if ((i & 4095) == 4095 && ctx.shouldStop()) {
                        stopped = true;
                        return;
                    }
                    int at = upperIndex(addSums, r[0] + slack);
                    if (at >= 0) {
                        double g = addSums[at] - r[0];
                        if (g > gain) {
                            gain = g;
                            bestRem = r;
                            bestAdd = add[at];
                        }
                    }
                }
                nodes += rem.length;
                if (bestRem == null) {
                    return;
                }
                flip(bestRem, false);
                flip(bestAdd, true);
                double sum = 0;
                for (int k = 0; k < w.length; k++) {
                    sum += bestIn[k] ? w[k] : 0;
                }
                if (sum > cap || sum <= best) { // rounding: keep the incumbent as it was
                    flip(bestAdd, false);
                    flip(bestRem, true);
                    return;
                }
                best = sum;
            }
        }

        private void flip(double[] combo, boolean value) {
            for (int j = 1; j < 3; j++) {
                if (combo[j] >= 0) {
                    bestIn[(int) combo[j]] = value;
                }
            }
        }

        /** Every choice of zero, one or two offers of {@code ks}: {sum, first, second}. */
        private double[][] combos(List<Integer> ks) {
            int m = ks.size();
            double[][] out = new double[1 + m + m * (m - 1) / 2][];
            int c = 0;
            out[c++] = new double[] {0, -1, -1};
            for (int a = 0; a < m; a++) {
                int ka = ks.get(a);
                out[c++] = new double[] {w[ka], ka, -1};
                for (int b = a + 1; b < m; b++) {
                    int kb = ks.get(b);
                    out[c++] = new double[] {w[ka] + w[kb], ka, kb};
                }
            }
            return out;
        }

        /** The index of the largest value ≤ {@code x} in ascending {@code a}, or -1. */
        private static int upperIndex(double[] a, double x) {
            int lo = 0;
            int hi = a.length - 1;
            int at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= x) {
                    at = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return at;
        }

        private boolean done() {
            return abort || stopped || cap - best <= tol;
        }

        private void dfs(int k, double sum) {
            if (sum > best) {
                best = sum;
                System.arraycopy(cur, 0, bestIn, 0, cur.length);
                if (cap - best <= tol) {
                    return;
                }
            }
            if (k == w.length || sum + suffix[k] <= best) {
                return; // what is left cannot beat the best
            }
            if (sum + suffix[k] <= cap) { // everything left fits: the best this branch can do
                Arrays.fill(cur, k, w.length, true);
                best = sum + suffix[k];
                System.arraycopy(cur, 0, bestIn, 0, cur.length);
                Arrays.fill(cur, k, w.length, false);
                return;
            }
            if (++nodes >= budget) {
                abort = true;
                return;
            }
            if ((nodes & (POLL_NODES - 1)) == 1 && ctx.shouldStop()) {
                stopped = true;
                return;
            }
            if (sum + w[k] <= cap) {
                cur[k] = true;
                dfs(k + 1, sum + w[k]);
                cur[k] = false;
                if (done()) {
                    return;
                }
            }
            dfs(k + 1, sum);
        }
    }
}
