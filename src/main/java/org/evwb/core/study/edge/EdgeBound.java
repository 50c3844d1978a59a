package org.evwb.core.study.edge;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * SPEC §4's strengthened LP upper bound on the revenue, per server on GLOP, summed. Assignments are relaxed and
 * aggregated: tasks with the same arrival, last slot and revenue per core form a group g, and {@code z_{g,t}} is the
 * load of g run in slot t ({@code Σ_t z_{g,t} ≤ Σ_{i∈g} u_i}) — the same bound as one variable per task, since the
 * revenue of a group is linear in its load. Per slot {@code W_t = Σ_g z_{g,t} ≤ P⁻¹(A_t)} with
 * {@code A_t = S_t + 60·min(B, Σ_{τ<t} S_τ·Δ/60)/Δ}, slots with {@code A_t < P_static} off (no variables), the battery
 * balance (η_c, η_d) and {@code P_t ≤ S_t + 60·b_t/Δ}.
 *
 * <p>SPEC's on/off {@code y_t ∈ [0, 1]} with {@code W_t ≤ U_max·y_t} and the perspective tangents
 * {@code P_t ≥ P_static·y_t + c·(3v²·W_t − 2v³·y_t)}, v = 1..U_max, are not built as such: y_t appears nowhere else,
 * and projecting it out leaves exactly {@code P_t ≥ H(W_t)}, H the convex envelope of {@link PowerHull} (the proof is
 * there). H is piecewise linear and convex, so {@code W_t = Σ_j δ_{t,j}}, {@code 0 ≤ δ_{t,j} ≤ x_{j+1} − x_j},
 * {@code P_t ≥ H(0) + Σ_j slope_j·δ_{t,j}} states it (increasing slopes fill in order). The LP has the same optimum
 * as SPEC's with all U_max tangents, in one solve: the tangents used to be added in rounds, five or six GLOP solves at
 * 100,000 tasks with a battery. The bound reported is min(LP, Σ r_i).
 */
public final class EdgeBound {

    /**
     * The bound of an instance.
     *
     * @param revenueBound the bound on the total revenue (NaN when the LP did not finish)
     * @param perServer    the bound of each server
     * @param seconds      wall time of the LPs
     * @param variables    LP columns over all servers
     * @param rounds       LP solves (the largest over the servers; 1 since the on/off variables are projected out)
     * @param status       "optimal", or why not
     */
    public record Result(double revenueBound, List<Double> perServer, double seconds, int variables, int rounds,
                         String status) {
        public boolean proved() {
            return !Double.isNaN(revenueBound);
        }
    }

    public Result solve(EdgeInstance in, RunContext ctx) {
        long t0 = System.nanoTime();
        List<Double> per = new ArrayList<>();
        double total = 0;
        int vars = 0;
        int rounds = 0;
        String status = "optimal";
        for (ServerDay day : in.servers()) {
            double[] r = server(in, day, ctx);
            per.add(r[0]);
            total += r[0];
            vars += (int) r[1];
            rounds = Math.max(rounds, (int) r[2]);
            if (Double.isNaN(r[0])) {
                status = ctx.isCancelled() ? "cancelled" : "the LP did not finish";
            }
        }
        return new Result(total, per, (System.nanoTime() - t0) / 1e9, vars, rounds, status);
    }

    private record GroupKey(int arrival, int last, double density) {
    }

    /** {bound, variables, rounds} of one server. */
    double[] server(EdgeInstance in, ServerDay day, RunContext ctx) {
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
            return new double[] {0, 0, 0};
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
        PowerHull hull = PowerHull.of(pm);
        try (LinearModel m = LinearModel.create(LinearBackend.GLOP)) {
            MPSolver lp = m.solver();
            double inf = MPSolver.infinity();
            MPObjective obj = lp.objective();
            obj.setMaximization();
            MPVariable[] p = new MPVariable[slots];
            MPConstraint[] wRow = new MPConstraint[slots];
            int vars = 0;
            for (int t = 0; t < slots; t++) {
                if (!on[t]) {
                    continue;
                }
                p[t] = lp.makeNumVar(0, cap == 0 ? s[t] : inf, "p" + t);
                vars++;
                wRow[t] = lp.makeConstraint(0, 0, "W" + t); // Σ_g z − Σ_j δ = 0
                MPConstraint power = lp.makeConstraint(hull.p()[0], inf, "P" + t); // P − Σ_j slope_j·δ ≥ H(0)
                power.setCoefficient(p[t], 1);
                // pieces past the slot's capacity cannot be used: W_t ≤ wCap is the sum of the pieces made
                double room = wCap[t];
                for (int j = 0; j < hull.pieces() && room > 0; j++) {
                    double len = hull.x()[j + 1] - hull.x()[j];
                    MPVariable d = lp.makeNumVar(0, Math.min(len, room), "");
                    room -= len;
                    vars++;
                    wRow[t].setCoefficient(d, -1);
                    power.setCoefficient(d, -hull.slope(j));
                }
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
            LinearResult r = m.solve(LinearOptions.DEFAULT, ctx);
            if (r.status() != LinearResult.Status.OPTIMAL) {
                return new double[] {Double.NaN, vars, 1};
            }
            return new double[] {Math.min(r.objective(), all), vars, 1};
        }
    }
}
