package org.evwb.core.study.netzero;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPVariable;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * Problem 1 of paper 004 (eqs. (10)–(12)) as a MILP on OR-Tools' MPSolver: minimise
 * {@code (p_G + m_G·PC)·S_G + p_EV·Σ S_i·x_i + M·u} over S_G ∈ [0, S̄_G] (C1), x_i ∈ {0, 1} for the offers C2 admits
 * (C2 is a filter: U_i does not depend on the decision), and the unmet-demand slack u ≥ 0 priced M above every unit
 * cost, subject to {@code (1 − loss)·S_G + Σ S_i·x_i + u ≥ Σ D_i − Σ S_w − Σ S_v} (C3 with the slack). With one price
 * for every offer it is nearly a sort (SPEC §7); it becomes a subset-sum when the cap binds or offers exceed demand,
 * hence the gap 1e-6 and a time limit. After the solve S_G is set to the least that meets the rest (the optimum given
 * the chosen offers), so the reported unmet energy is exactly the shortfall.
 */
public final class NetzeroMilp implements Optimizer<NetzeroInstance, NetzeroSolution> {

    /** Parameters of {@code milp}. */
    public record Parameters(LinearBackend backend, double relativeGap, double timeLimitSeconds) {
        public static final Parameters DEFAULT = new Parameters(LinearBackend.SCIP, 1e-6, 10);

        public Parameters {
            backend = backend == null ? LinearBackend.SCIP : backend;
            if (!backend.integer()) {
                throw new IllegalArgumentException("backend must be a MILP backend (SCIP or CBC), was " + backend);
            }
            if (!(relativeGap >= 0) || !(timeLimitSeconds > 0)) {
                throw new IllegalArgumentException("relativeGap must be >= 0 and timeLimitSeconds > 0");
            }
        }
    }

    private final Parameters params;

    public NetzeroMilp(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return "milp";
    }

    @Override
    public String description() {
        return "Problem 1: grid supply and EV offers by MILP (OR-Tools " + params.backend() + ")";
    }

    @Override
    public NetzeroSolution solve(NetzeroInstance in, RunContext ctx) {
        NetzeroParameters p = in.parameters();
        int[] offers = in.eligible();
        double need = in.demandKWh() - in.renewableKWh();
        if (need <= 0) { // renewables cover the road: nothing to buy
            return NetzeroSolution.withFigures(in, Strategy.PROSUMERS, 0, new int[0], 0, null);
        }
        ctx.progress(0, "building the MILP: " + offers.length + " admitted offers, " + Math.round(need)
                + " kWh to meet");
        try (LinearModel m = LinearModel.create(params.backend())) {
            var solver = m.solver();
            MPVariable sg = solver.makeNumVar(0, p.gridCapKWh(), "S_G");
            MPVariable u = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "unmet");
            MPVariable[] x = new MPVariable[offers.length];
            MPConstraint balance = solver.makeConstraint(need, Double.POSITIVE_INFINITY, "balance");
            balance.setCoefficient(sg, 1 - p.lossShare());
            balance.setCoefficient(u, 1);
            MPObjective obj = solver.objective();
            obj.setCoefficient(sg, p.gridUnitCost());
            obj.setCoefficient(u, p.unmetPenalty());
            for (int k = 0; k < offers.length; k++) {
                double s = in.evs().get(offers[k]).supplyKWh();
                x[k] = solver.makeBoolVar("x_" + offers[k]);
                balance.setCoefficient(x[k], s);
                obj.setCoefficient(x[k], p.evPricePerKWh() * s);
            }
            obj.setMinimization();
            if (ctx.shouldStop()) {
                throw new CancelledException();
            }
            LinearResult r = m.solve(new LinearOptions(params.timeLimitSeconds(), params.relativeGap()), ctx);
            NetzeroSolution.SolveInfo info = new NetzeroSolution.SolveInfo(params.backend().name(),
                    r.status().name(), r.objective(), r.relativeGap(), r.wallSeconds());
            int[] taken;
            if (r.hasSolution()) {
                taken = java.util.stream.IntStream.range(0, offers.length).filter(k -> x[k].solutionValue() > 0.5)
                        .map(k -> offers[k]).toArray();
            } else {
                // no incumbent (stopped at once): the sort that Problem 1 nearly is
                taken = p.evPricePerKWh() < p.gridUnitCost() / (1 - p.lossShare()) ? offers : new int[0];
            }
            ctx.progress(1, r.status() + (r.hasSolution() ? "" : ": no incumbent, the offers sorted by price"));
            return finish(in, taken, info);
        }
    }

    /** S_G the least that meets the rest, the unmet energy exactly the shortfall. */
    static NetzeroSolution finish(NetzeroInstance in, int[] taken, NetzeroSolution.SolveInfo info) {
        double ev = 0;
        for (int i : taken) {
            ev += in.evs().get(i).supplyKWh();
        }
        double sg = NetzeroCosts.gridToMeet(in, ev);
        return NetzeroSolution.withFigures(in, Strategy.PROSUMERS, sg, taken, NetzeroCosts.shortfallKWh(in, sg, ev),
                info);
    }
}
