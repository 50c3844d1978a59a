package org.evwb.core.study.edge;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * SPEC §4's strengthened LP written as SPEC states it — an on/off {@code y_t ∈ [0, 1]}, {@code W_t ≤ U_max·y_t} and
 * the perspective tangents {@code P_t ≥ P_static·y_t + c·(3v²·W_t − 2v³·y_t)} — the formulation {@link EdgeBound}
 * had before it projected y out, kept here to show the projection did not change the number. With
 * {@code allTangents} every v = 1..U_max is in the LP from the start; otherwise every eighth, and the violated ones
 * next to each slot's {@code W_t/y_t} are added in rounds until none is (the same optimum).
 */
final class PerspectiveBound {

    private PerspectiveBound() {
    }

    private record GroupKey(int arrival, int last, double density) {
    }

    /** The LP optimum of one server. */
    static double server(EdgeInstance in, ServerDay day, boolean allTangents) {
        RunContext ctx = RunContext.of(1);
        int slots = day.slots();
        PowerModel pm = day.server().power();
        double h = in.hoursPerSlot();
        double cap = day.server().batteryWh();
        double[] s = day.solarW();
        double all = 0;
        Map<GroupKey, Integer> index = new HashMap<>();
        List<GroupKey> keys = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (EdgeTask t : day.tasks()) {
            all += t.revenue();
            GroupKey k = new GroupKey(t.arrivalSlot(), t.lastSlot(slots), t.density());
            Integer g = index.get(k);
            if (g == null) {
                index.put(k, keys.size());
                keys.add(k);
                loads.add(t.utilisation());
            } else {
                loads.set(g, loads.get(g) + t.utilisation());
            }
        }
        if (day.tasks().isEmpty()) {
            return 0;
        }
        double[] wCap = new double[slots];
        boolean[] on = new boolean[slots];
        double cum = 0;
        for (int t = 0; t < slots; t++) {
            double a = s[t] + Math.min(cap, cum) / h;
            on[t] = a >= pm.staticPowerW() && a > 0;
            wCap[t] = on[t] ? Math.min(pm.cores(), pm.capacity(a)) : 0;
            on[t] &= wCap[t] > 0;
            cum += s[t] * h;
        }
        double c = pm.cubicCoefficient();
        double ps = pm.staticPowerW();
        int u = pm.cores();
        try (LinearModel m = LinearModel.create(LinearBackend.GLOP)) {
            MPSolver lp = m.solver();
            double inf = MPSolver.infinity();
            MPObjective obj = lp.objective();
            obj.setMaximization();
            MPVariable[] y = new MPVariable[slots];
            MPVariable[] w = new MPVariable[slots];
            MPVariable[] p = new MPVariable[slots];
            MPConstraint[] wRow = new MPConstraint[slots];
            int vars = 0;
            for (int t = 0; t < slots; t++) {
                if (!on[t]) {
                    continue;
                }
                y[t] = lp.makeNumVar(0, 1, "y" + t);
                w[t] = lp.makeNumVar(0, wCap[t], "w" + t);
                p[t] = lp.makeNumVar(0, cap == 0 ? s[t] : inf, "p" + t);
                vars += 3;
                wRow[t] = lp.makeConstraint(0, 0, "W" + t); // Σ z − W = 0
                wRow[t].setCoefficient(w[t], -1);
                MPConstraint onOff = lp.makeConstraint(-inf, 0, "on" + t); // W − U·y ≤ 0
                onOff.setCoefficient(w[t], 1);
                onOff.setCoefficient(y[t], -u);
            }
            for (int g = 0; g < keys.size(); g++) {
                GroupKey k = keys.get(g);
                MPConstraint once = null;
                for (int t = k.arrival(); t <= k.last(); t++) {
                    if (!on[t]) {
                        continue;
                    }
                    if (once == null) {
                        once = lp.makeConstraint(-inf, loads.get(g), "g" + g);
                    }
                    MPVariable z = lp.makeNumVar(0, Math.min(loads.get(g), wCap[t]), "");
                    vars++;
                    once.setCoefficient(z, 1);
                    wRow[t].setCoefficient(z, 1);
                    obj.setCoefficient(z, k.density());
                }
            }
            EdgeBoundBattery.add(lp, in, day, p);
            vars += cap > 0 ? 3 * slots : 0;
            BitSet[] have = new BitSet[slots];
            int[] start = allTangents ? java.util.stream.IntStream.rangeClosed(1, u).toArray() : startingTangents(u);
            for (int t = 0; t < slots; t++) {
                if (on[t]) {
                    have[t] = new BitSet(u + 1);
                    for (int v : start) {
                        addCut(lp, t, v, have[t], y, w, p, ps, c);
                    }
                }
            }
            int rounds = 0;
            double bound = Double.NaN;
            while (true) {
                LinearResult r = m.solve(LinearOptions.DEFAULT, ctx);
                rounds++;
                if (r.status() != LinearResult.Status.OPTIMAL) {
                    throw new AssertionError("the reference LP ended " + r.status());
                }
                bound = r.objective();
                int added = 0;
                // read every value before adding a row: MPSolver forgets the solution once the model changes
                double[] yv = new double[slots];
                double[] wv = new double[slots];
                double[] pv = new double[slots];
                for (int t = 0; t < slots; t++) {
                    if (on[t]) {
                        yv[t] = y[t].solutionValue();
                        wv[t] = w[t].solutionValue();
                        pv[t] = p[t].solutionValue();
                    }
                }
                for (int t = 0; t < slots; t++) {
                    if (!on[t] || yv[t] <= 1e-9 || wv[t] <= 1e-12) {
                        continue;
                    }
                    double x = wv[t] / yv[t];
                    for (int v = Math.max(1, (int) Math.floor(x) - 1); v <= Math.min(u, (int) Math.ceil(x) + 1); v++) {
                        double tangent = ps * yv[t] + c * (3.0 * v * v * wv[t] - 2.0 * v * v * v * yv[t]);
                        if (tangent - pv[t] > 1e-6 && !have[t].get(v)) {
                            addCut(lp, t, v, have[t], y, w, p, ps, c);
                            added++;
                        }
                    }
                }
                if (added == 0) {
                    break;
                }
            }
            return Math.min(bound, all);
        }
    }

    /** Every eighth tangent, and the first and last: the rounds add the rest where they bind. */
    static int[] startingTangents(int u) {
        java.util.TreeSet<Integer> v = new java.util.TreeSet<>();
        v.add(1);
        v.add(u);
        for (int k = 8; k < u; k += 8) {
            v.add(k);
        }
        return v.stream().mapToInt(Integer::intValue).toArray();
    }

    /** P_t − (P_s − 2cv³)·y_t − 3cv²·W_t ≥ 0. */
    private static void addCut(MPSolver lp, int t, int v, BitSet have, MPVariable[] y, MPVariable[] w,
                               MPVariable[] p, double ps, double c) {
        if (have.get(v)) {
            return;
        }
        have.set(v);
        MPConstraint cut = lp.makeConstraint(0, MPSolver.infinity(), "");
        cut.setCoefficient(p[t], 1);
        cut.setCoefficient(y[t], -(ps - 2 * c * v * (double) v * v));
        cut.setCoefficient(w[t], -3 * c * v * (double) v);
    }
}
