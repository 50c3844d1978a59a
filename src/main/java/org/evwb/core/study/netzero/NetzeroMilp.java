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
 * hence the gap 1e-6 and a time limit. By default ({@link Method#EXACT}) that structure is solved directly by
 * {@link OfferCover} with a provable bound, and the MILP runs only when the search cannot prove the gap. After the solve S_G is set to the least that meets the rest (the optimum given
 * the chosen offers), so the reported unmet energy is exactly the shortfall.
 */
public final class NetzeroMilp implements Optimizer<NetzeroInstance, NetzeroSolution> {

    /**
     * How {@code milp} solves Problem 1: {@code EXACT} in its own structure first ({@link OfferCover}: one subset-sum
     * per linear piece of the cost, a proven bound beside it), MPSolver only when that search cannot prove the gap
     * within its node budget (with its incumbent as the hint); {@code MPSOLVER} the MILP alone.
     */
    public enum Method { EXACT, MPSOLVER }

    /** Parameters of {@code milp}. */
    public record Parameters(LinearBackend backend, double relativeGap, double timeLimitSeconds, Method method) {
        public static final Parameters DEFAULT = new Parameters(LinearBackend.SCIP, 1e-6, 10, Method.EXACT);

        public Parameters {
            backend = backend == null ? LinearBackend.SCIP : backend;
            method = method == null ? Method.EXACT : method;
            if (!backend.integer()) {
                throw new IllegalArgumentException("backend must be a MILP backend (SCIP or CBC), was " + backend);
            }
            if (!(relativeGap >= 0) || !(timeLimitSeconds > 0)) {
                throw new IllegalArgumentException("relativeGap must be >= 0 and timeLimitSeconds > 0");
            }
        }
    }

    /** Nodes one piece's subset-sum search may visit (tens of milliseconds) before MPSolver takes over. */
    static final long NODE_BUDGET = 1_000_000;
    /**
     * The gap the subset-sum search aims at whatever {@code relativeGap} asks (it is cheap to go further): the same
     * optimum as MPSolver at 1e-9, not just one within MPSolver's looser default gap. It reports success at the
     * parameter's gap.
     */
    static final double SEARCH_GAP = 1e-9;
    /** The {@code backend} a solve by {@link OfferCover} reports. */
    public static final String EXACT_BACKEND = "subset-sum";

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
        return params.method() == Method.EXACT ? "Problem 1: grid supply and EV offers, exact by subset-sum per cost "
                + "piece with a proven bound (MPSolver " + params.backend() + " when the gap is not proven)"
                : "Problem 1: grid supply and EV offers by MILP (OR-Tools " + params.backend() + ")";
    }

    @Override
    public NetzeroSolution solve(NetzeroInstance in, RunContext ctx) {
        NetzeroParameters p = in.parameters();
        int[] offers = in.eligible();
        double need = in.demandKWh() - in.renewableKWh();
        if (need <= 0) { // renewables cover the road: nothing to buy
            return NetzeroSolution.withFigures(in, Strategy.PROSUMERS, 0, new int[0], 0, null);
        }
        int[] hint = null;
        OfferCover.Result covered = null;
        if (params.method() == Method.EXACT) {
            long t0 = System.nanoTime();
            ctx.progress(0, "subset-sum over " + offers.length + " admitted offers, " + Math.round(need)
                    + " kWh to meet");
            OfferCover.Result c = cover(in, offers, need, Math.min(params.relativeGap(), SEARCH_GAP)).solve(ctx);
            double wall = (System.nanoTime() - t0) / 1e9;
            int[] taken = java.util.Arrays.stream(c.taken()).map(k -> offers[k]).toArray();
            if (c.relativeGap() <= params.relativeGap() || c.stopped()) {
                String status = c.relativeGap() <= params.relativeGap() ? "OPTIMAL" : "FEASIBLE";
                ctx.progress(1, status + " by subset-sum (" + c.nodes() + " nodes, gap " + c.relativeGap() + ")");
                return finish(in, taken, new NetzeroSolution.SolveInfo(EXACT_BACKEND, status, c.objective(),
                        c.relativeGap(), wall));
            }
            ctx.progress(Double.NaN, "subset-sum left a gap of " + c.relativeGap() + " after " + c.nodes()
                    + " nodes: MPSolver from its incumbent");
            hint = c.taken();
            covered = c;
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
                if (covered != null) { // stopped before MPSolver started: the search's incumbent is the best so far
                    return finish(in, java.util.Arrays.stream(covered.taken()).map(k -> offers[k]).toArray(),
                            new NetzeroSolution.SolveInfo(EXACT_BACKEND, "FEASIBLE", covered.objective(),
                                    covered.relativeGap(), 0));
                }
                throw new CancelledException();
            }
            if (hint != null) {
                double[] values = new double[offers.length];
                for (int k : hint) {
                    values[k] = 1;
                }
                solver.setHint(x, values);
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
            if (covered != null) { // keep the better of the two incumbents and the better of the two bounds
                double mine = covered.objective();
                double theirs = r.hasSolution() ? objective(in, taken) : Double.POSITIVE_INFINITY;
                if (!(theirs < mine)) {
                    taken = java.util.Arrays.stream(covered.taken()).map(k -> offers[k]).toArray();
                }
                double best = Math.min(mine, theirs);
                double bound = Double.isNaN(r.bestBound()) ? covered.bound() : Math.max(covered.bound(),
                        Math.min(r.bestBound(), best));
                double gap = best - bound <= 0 ? 0 : (best - bound) / Math.max(Math.abs(best), 1e-12);
                String status = gap <= params.relativeGap() ? "OPTIMAL" : r.status() == LinearResult.Status.OPTIMAL
                        ? "OPTIMAL" : "FEASIBLE";
                info = new NetzeroSolution.SolveInfo(params.backend().name(), status, best, gap, r.wallSeconds());
                ctx.progress(1, status + " (MPSolver from the subset-sum's incumbent)");
                return finish(in, taken, info);
            }
            ctx.progress(1, r.status() + (r.hasSolution() ? "" : ": no incumbent, the offers sorted by price"));
            return finish(in, taken, info);
        }
    }

    /** The structure of this instance's Problem 1 for {@link OfferCover}: weights, breakpoints and f(W). */
    static OfferCover cover(NetzeroInstance in, int[] offers, double need, double relativeGap) {
        NetzeroParameters p = in.parameters();
        double[] w = new double[offers.length];
        for (int k = 0; k < offers.length; k++) {
            w[k] = in.evs().get(offers[k]).supplyKWh();
        }
        double penalty = p.unmetPenalty();
        OfferCover.Cost f = ev -> {
            double sg = NetzeroCosts.gridToMeet(in, ev);
            return NetzeroCosts.gridCost(p, sg, ev) + penalty * NetzeroCosts.shortfallKWh(in, sg, ev);
        }; // the same figure as objective(in, taken), from the energy alone
        return new OfferCover(w, new double[] {need, need - (1 - p.lossShare()) * p.gridCapKWh()}, f,
                relativeGap, NODE_BUDGET);
    }

    /** The objective of taking {@code taken}: C_G with S_G the least that meets the rest, plus the priced shortfall. */
    static double objective(NetzeroInstance in, int[] taken) {
        double ev = 0;
        for (int i : taken) {
            ev += in.evs().get(i).supplyKWh();
        }
        NetzeroParameters p = in.parameters();
        double sg = NetzeroCosts.gridToMeet(in, ev);
        return NetzeroCosts.gridCost(p, sg, ev) + p.unmetPenalty() * NetzeroCosts.shortfallKWh(in, sg, ev);
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
