package org.evwb.core.study.edge;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * {@code milp}: the exact schedule of small instances, per server on SCIP. A binary {@code x_{i,t}} per task and slot
 * of its window (slots that can never reach P_static left out, as in the bound), a binary on/off {@code y_t}, the
 * load {@code W_t = Σ u_i·x_{i,t} ≤ min(U_max, P⁻¹(A_t))·y_t} (whole cores: an integer {@code n_t ≥ W_t}), the power
 * {@code P_t ≥ P_static·y_t + c·(3v²·W_t − 2v³·y_t)} for v = 1..U_max, and the battery as in {@link EdgeBound}.
 * Tangents only under-estimate the cubic, so the MILP is a relaxation; SPEC: it is optimal only once the schedule is
 * feasible under the exact P — after each solve a tangent at the slot's own load is added wherever the exact power is
 * higher, and the MILP is solved again, until none is (at most {@code cutRounds} rounds). The MILP's bound is a
 * valid upper bound either way. Instances with more than {@code maxPairs} task–slot pairs per server are refused
 * with a message naming the size and what to use instead.
 */
final class MilpScheduler implements Optimizer<EdgeInstance, EdgeSchedule> {

    /**
     * Parameters of {@code milp}.
     *
     * @param maxPairs         the most binary task–slot pairs per server it accepts
     * @param timeLimitSeconds SCIP's limit per server (the run's limit applies too)
     * @param cutRounds        re-solves with added tangents at most
     */
    public record Parameters(@org.evwb.core.project.Unit(value = "", min = 1) int maxPairs,
                             @org.evwb.core.project.Unit(value = "s", min = 0, minExclusive = true)
                             double timeLimitSeconds,
                             @org.evwb.core.project.Unit(value = "", min = 0) int cutRounds) {
        public static final Parameters DEFAULT = new Parameters(20_000, 30, 20);
    }

    /** SCIP stops when its incumbent is within this share of its bound: "proved" means within it. */
    static final double RELATIVE_GAP = 1e-6;

    private final Parameters params;

    MilpScheduler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return "milp";
    }

    @Override
    public String description() {
        return "Exact binary assignment on SCIP (small instances)";
    }

    @Override
    public EdgeSchedule solve(EdgeInstance in, RunContext ctx) {
        for (ServerDay day : in.servers()) {
            long pairs = pairs(in, day);
            if (pairs > params.maxPairs()) {
                throw new IllegalArgumentException("milp: server '" + day.server().id() + "' has " + pairs
                        + " task–slot pairs (" + day.tasks().size() + " tasks); milp takes at most "
                        + params.maxPairs() + " (parameter maxPairs). Use bound for a provable upper bound and "
                        + "sfb-offline, sib-offline or snb for a schedule, or a smaller task recipe (tasksPerDay)");
            }
        }
        List<EdgeSchedule.ServerSchedule> out = new ArrayList<>();
        double total = 0;
        double bound = 0;
        List<String> notes = new ArrayList<>();
        for (ServerDay day : in.servers()) {
            double[] b = new double[1];
            DayState s = server(in, day, ctx, b, notes);
            out.add(s.toSchedule());
            total += s.revenue;
            bound += b[0];
        }
        return new EdgeSchedule(out, total, Double.isNaN(bound) ? null : bound, String.join("; ", notes));
    }

    static boolean[] onSlots(EdgeInstance in, ServerDay day, double[] wCap) {
        int slots = day.slots();
        PowerModel pm = day.server().power();
        boolean[] on = new boolean[slots];
        double cum = 0;
        double h = in.hoursPerSlot();
        for (int t = 0; t < slots; t++) {
            double a = day.solarW()[t] + Math.min(day.server().batteryWh(), cum) / h;
            wCap[t] = a >= pm.staticPowerW() && a > 0 ? Math.min(pm.cores(), pm.capacity(a)) : 0;
            on[t] = wCap[t] > 0;
            cum += day.solarW()[t] * h;
        }
        return on;
    }

    static long pairs(EdgeInstance in, ServerDay day) {
        double[] wCap = new double[day.slots()];
        boolean[] on = onSlots(in, day, wCap);
        long n = 0;
        for (EdgeTask t : day.tasks()) {
            for (int s = t.arrivalSlot(); s <= t.lastSlot(day.slots()); s++) {
                n += on[s] ? 1 : 0;
            }
        }
        return n;
    }

    private DayState server(EdgeInstance in, ServerDay day, RunContext ctx, double[] boundOut, List<String> notes) {
        int slots = day.slots();
        PowerModel pm = day.server().power();
        double h = in.hoursPerSlot();
        double cap = day.server().batteryWh();
        double[] s = day.solarW();
        double[] wCap = new double[slots];
        boolean[] on = onSlots(in, day, wCap);
        double c = pm.cubicCoefficient();
        double ps = pm.staticPowerW();
        int u = pm.cores();
        boolean whole = in.wholeCores();
        DayState state = new DayState(in, day);
        try (LinearModel m = LinearModel.create(LinearBackend.SCIP)) {
            MPSolver mip = m.solver();
            double inf = MPSolver.infinity();
            MPObjective obj = mip.objective();
            obj.setMaximization();
            MPVariable[] y = new MPVariable[slots];
            MPVariable[] w = new MPVariable[slots];
            MPVariable[] load = new MPVariable[slots]; // what the cubic is of: W_t, or n_t for whole cores
            MPVariable[] p = new MPVariable[slots];
            MPConstraint[] wRow = new MPConstraint[slots];
            for (int t = 0; t < slots; t++) {
                if (!on[t]) {
                    continue;
                }
                y[t] = mip.makeBoolVar("y" + t);
                w[t] = mip.makeNumVar(0, wCap[t], "w" + t);
                p[t] = mip.makeNumVar(0, cap == 0 ? s[t] : inf, "p" + t);
                wRow[t] = mip.makeConstraint(0, 0, "W" + t);
                wRow[t].setCoefficient(w[t], -1);
                MPConstraint onOff = mip.makeConstraint(-inf, 0, "on" + t);
                onOff.setCoefficient(w[t], 1);
                onOff.setCoefficient(y[t], -wCap[t]);
                if (whole) {
                    load[t] = mip.makeIntVar(0, u, "n" + t);
                    MPConstraint ge = mip.makeConstraint(0, inf, "nw" + t);
                    ge.setCoefficient(load[t], 1);
                    ge.setCoefficient(w[t], -1);
                    MPConstraint le = mip.makeConstraint(-inf, 0, "ny" + t);
                    le.setCoefficient(load[t], 1);
                    le.setCoefficient(y[t], -u);
                } else {
                    load[t] = w[t];
                }
                for (int v = 1; v <= u; v++) {
                    cut(mip, t, v, y, load, p, ps, c);
                }
            }
            List<EdgeTask> tasks = day.tasks();
            MPVariable[][] x = new MPVariable[tasks.size()][];
            for (EdgeTask task : tasks) {
                int first = task.arrivalSlot();
                int last = task.lastSlot(slots);
                x[task.id()] = new MPVariable[last - first + 1];
                MPConstraint once = null;
                for (int t = first; t <= last; t++) {
                    if (!on[t]) {
                        continue;
                    }
                    if (once == null) {
                        once = mip.makeConstraint(-inf, 1, "once" + task.id());
                    }
                    MPVariable v = mip.makeBoolVar("");
                    x[task.id()][t - first] = v;
                    once.setCoefficient(v, 1);
                    wRow[t].setCoefficient(v, task.utilisation());
                    obj.setCoefficient(v, task.revenue());
                }
            }
            EdgeBoundBattery.add(mip, in, day, p);
            LinearOptions opts = new LinearOptions(params.timeLimitSeconds(), RELATIVE_GAP);
            LinearResult r = null;
            for (int round = 0; round <= params.cutRounds(); round++) {
                r = m.solve(opts, ctx);
                if (!r.hasSolution()) {
                    break;
                }
                List<double[]> cuts = new ArrayList<>(); // read all values before the model changes
                for (int t = 0; t < slots; t++) {
                    if (on[t] && y[t].solutionValue() > 0.5) {
                        double lv = load[t].solutionValue();
                        double exact = ps + c * lv * lv * lv;
                        if (p[t].solutionValue() < exact - 1e-7) {
                            cuts.add(new double[] {t, lv});
                        }
                    }
                }
                if (!cuts.isEmpty() && (r.status() != LinearResult.Status.OPTIMAL || ctx.shouldStop()
                        || round == params.cutRounds())) {
                    break; // keep this solution readable: the repair makes it exact
                }
                for (double[] k : cuts) {
                    cut(mip, (int) k[0], k[1], y, load, p, ps, c);
                }
                int added = cuts.size();
                if (added == 0 || r.status() != LinearResult.Status.OPTIMAL || ctx.shouldStop()) {
                    break;
                }
            }
            if (r == null || !r.hasSolution()) {
                boundOut[0] = r != null && !Double.isNaN(r.bestBound()) ? r.bestBound() : Double.NaN;
                notes.add(day.server().id() + ": SCIP found no schedule (" + (r == null ? "not run" : r.status())
                        + "); nothing scheduled");
                return state;
            }
            for (EdgeTask task : tasks) {
                MPVariable[] row = x[task.id()];
                for (int k = 0; k < row.length; k++) {
                    if (row[k] != null && row[k].solutionValue() > 0.5) {
                        state.assignNoLevel(task.id(), task.arrivalSlot() + k);
                    }
                }
            }
            state.relevel(0);
            // SCIP's best bound holds for the relaxation, so for the true optimum too
            boundOut[0] = Double.isNaN(r.bestBound()) ? r.objective() : Math.max(r.objective(), r.bestBound());
            int repaired = Repair.forward(state);
            boolean proved = r.status() == LinearResult.Status.OPTIMAL && repaired == 0
                    && state.revenue >= r.objective() - 1e-7 * Math.max(1, Math.abs(r.objective()));
            notes.add(day.server().id() + ": " + (proved ? "optimal (proved)" : r.status().name().toLowerCase(
                    java.util.Locale.ROOT) + (repaired > 0 ? ", " + repaired + " tasks dropped to meet the exact "
                    + "power" : "") + ", gap to the MILP bound " + String.format(java.util.Locale.ROOT, "%.4f",
                    (boundOut[0] - state.revenue) / Math.max(1e-12, boundOut[0]))));
            return state;
        }
    }

    /** The perspective tangent at v (any v > 0): P_t − (P_s − 2cv³)·y_t − 3cv²·L_t ≥ 0. */
    private static void cut(MPSolver mip, int t, double v, MPVariable[] y, MPVariable[] load, MPVariable[] p,
                            double ps, double c) {
        MPConstraint cut = mip.makeConstraint(0, MPSolver.infinity(), "");
        cut.setCoefficient(p[t], 1);
        cut.setCoefficient(y[t], -(ps - 2 * c * v * v * v));
        cut.setCoefficient(load[t], -3 * c * v * v);
    }
}
