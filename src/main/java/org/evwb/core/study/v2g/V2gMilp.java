package org.evwb.core.study.v2g;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.CancelWatch;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * Solver {@code milp}: {@link V2gFormulation} on OR-Tools. Backend {@code auto}: levels L0–L2 are an LP (GLOP; SCIP
 * when a negative-price slot needs a binary). L3: first {@code greedy}'s schedule (an incumbent within milliseconds,
 * before any model is built), then the LP without the direction rule (a proven bound) and the LP
 * with directions fixed from it to keep the rule (an incumbent, usually at or near the bound); while a gap remains,
 * the {@code adp} schedule as warm start and CP-SAT — the one backend that reports incumbent and bound during the
 * search and stops within ~20 ms of a cancel. Every stage reports into one gap curve ({@link GapEvents},
 * {@link OrTools#INCUMBENT_SERIES}/{@link OrTools#BOUND_SERIES}). At the time limit or on cancel it returns the best
 * schedule with its proven bound. docs/studies/v2g.md gives the measured comparison of the backends.
 */
public final class V2gMilp implements Optimizer<V2gInstance, V2gSchedule> {

    public static final String ID = "milp";

    /** Which OR-Tools backend solves the model. */
    public enum Backend { AUTO, CPSAT, SCIP, CBC, GLOP }

    /**
     * Parameters of {@code milp}.
     *
     * @param backend          {@code auto} (LP levels: GLOP/SCIP; L3: CP-SAT), or one backend
     * @param timeLimitSeconds the solve's own limit (the run's limit applies too; the shorter wins)
     * @param relativeGap      stop once incumbent and bound are this close (relative)
     * @param warmStart        start from the {@code adp} schedule
     * @param adpBeamWidth     the warm start's beam
     * @param workers          CP-SAT search workers; 0 = one per core, at least 2
     * @param aggregate        group identical EVs where that is exact (without the direction rule)
     */
    public record Parameters(
            Backend backend,
            @Unit(value = "s", min = 0, minExclusive = true) double timeLimitSeconds,
            @Unit(value = "", min = 0, max = 1) double relativeGap,
            boolean warmStart,
            @Unit(value = "", min = 1, max = 100_000) int adpBeamWidth,
            @Unit(value = "", min = 0, max = 64) int workers,
            boolean aggregate) {

        public static final Parameters DEFAULT = new Parameters(Backend.AUTO, 600, 1e-4, true, 2000, 0, true);

        public Parameters {
            backend = backend == null ? Backend.AUTO : backend;
        }
    }

    private final Parameters params;

    public V2gMilp(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "MILP on OR-Tools with an ADP warm start";
    }

    /** The backend {@code auto} picks for this instance. */
    public Backend backendFor(V2gInstance in) {
        if (params.backend() != Backend.AUTO) {
            return params.backend();
        }
        if (in.directionRule()) {
            return Backend.CPSAT;
        }
        return in.slots().stream().allMatch(MarketSlot::convex) ? Backend.GLOP : Backend.SCIP;
    }

    @Override
    public V2gSchedule solve(V2gInstance in, RunContext ctx) {
        V2gFeasibility.require(in);
        Backend backend = backendFor(in);
        if (backend == Backend.GLOP && in.slots().stream().anyMatch(s -> !s.convex())) {
            throw new IllegalArgumentException("backend glop solves LPs only, and this night has slots with ρ + σ < 0"
                    + " that need a binary; use backend auto, cpsat, scip or cbc");
        }
        if (backend == Backend.GLOP && in.directionRule()) {
            throw new IllegalArgumentException("backend glop solves LPs only, and the direction rule (L3) needs "
                    + "binaries; use backend auto, cpsat, scip or cbc");
        }
        GapEvents gap = new GapEvents(ctx);
        Best best = new Best(in);
        if (!in.directionRule() && backend == Backend.GLOP) {
            // L0–L2 with convex slots: one LP, exact; a starting solution is of no use to it
            best.offer(mpSolver(in, LinearBackend.GLOP, null, Stage.MODEL, null, null, gap, ctx));
            return best.result(backend);
        }
        if (in.directionRule() && !ctx.shouldStop()) {
            quickIncumbent(in, best, gap, ctx);
            lpStart(in, best, gap, ctx);
        }
        // the ADP warm start seeds the search; after the LP start it is needed only while the gap is open
        if (params.warmStart() && !best.closed(params.relativeGap()) && !ctx.shouldStop()) {
            ctx.progress(Double.NaN, "milp: warm start from adp");
            try {
                RunContext adp = untilStop(ctx);
                // a cancel reaches the ADP within ~20 ms, as it did when the ADP polled the run's own context
                try (CancelWatch watch = CancelWatch.start(ctx, adp::cancel, "v2g-milp-cancel")) {
                    best.offer(new V2gAdp(new V2gAdp.Parameters(params.adpBeamWidth())).solve(in, adp));
                }
                gap.incumbent(best.cost);
            } catch (IllegalArgumentException e) {
                // the ADP found no schedule (its completion test is stricter than the model): go on without it
                ctx.progress(Double.NaN, "milp: no warm start (" + e.getMessage() + ")");
            } catch (CancelledException e) {
                // a cancel during the warm start keeps what the LP start found
                if (best.schedule == null) {
                    throw e;
                }
                return best.result(backend);
            }
        }
        if (!best.closed(params.relativeGap()) && !ctx.shouldStop()) {
            ctx.progress(Double.NaN, "milp: " + backend.name().toLowerCase(java.util.Locale.ROOT) + " on "
                    + in.evCount() + " EVs × " + in.slotCount() + " slots");
            best.offer(backend == Backend.CPSAT ? cpSat(in, best.schedule, gap, ctx)
                    : mpSolver(in, backend == Backend.CBC ? LinearBackend.CBC : LinearBackend.SCIP, best.schedule,
                    Stage.MODEL, null, null, gap, ctx));
        }
        if (best.schedule == null) {
            if (ctx.isCancelled()) {
                throw new CancelledException();
            }
            throw new IllegalArgumentException("no schedule found within the time limit (" + backend + ", no warm"
                    + " start); raise the time limit or turn warmStart on");
        }
        return best.result(backend);
    }

    /**
     * A context for the ADP warm start that the run's time limit cancels too: the ADP has no schedule before its last
     * slot, and at 300 EVs on a loaded machine it ran the run 50 s past its limit. At the limit it stops at its next
     * slot and the run keeps what the stages before it found (a cancel is passed on by a {@link CancelWatch}).
     */
    private static RunContext untilStop(RunContext ctx) {
        RunContext[] self = new RunContext[1];
        self[0] = new RunContext(ctx.seed(), null, new org.evwb.core.solve.RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                if (ctx.shouldStop()) {
                    self[0].cancel();
                }
                ctx.progress(fraction, message);
            }
        });
        return self[0];
    }

    /**
     * The first incumbent of an L3 run, in milliseconds, before the model is built: {@code greedy}'s charge-only
     * schedule (it keeps the direction rule trivially and the site limit slot by slot). At 200 EVs building the model
     * and the two LPs of the start take seconds, and without this the gap curve had no incumbent for all that time.
     */
    private static void quickIncumbent(V2gInstance in, Best best, GapEvents gap, RunContext ctx) {
        ctx.progress(Double.NaN, "milp: first incumbent from greedy");
        try {
            V2gSchedule g = new V2gGreedy().solve(in, ctx);
            best.offer(g.withFigures(g.reportedCost(), null, "greedy first incumbent"));
            gap.incumbent(best.cost);
        } catch (IllegalArgumentException e) {
            // no charge-only schedule under the site limit: the LP start and the search still run
            ctx.progress(Double.NaN, "milp: no greedy incumbent (" + e.getMessage() + ")");
        }
    }

    /**
     * The L3 LP start: the LP without the direction rule gives a proven bound (the rule only removes schedules),
     * and its schedule's directions, made to keep the rule ({@link DirectionPatterns}), fix the L3 model into an LP
     * whose optimum is a schedule that keeps the rule — usually far closer to the bound than the ADP's.
     */
    private void lpStart(V2gInstance in, Best best, GapEvents gap, RunContext ctx) {
        ctx.progress(Double.NaN, "milp: LP bound without the direction rule");
        V2gInstance relaxed = in.withRules(in.siteLimitKW(), false, in.hasSiteLimit() ? 2 : 1);
        V2gSchedule lp = mpSolver(relaxed, LinearBackend.GLOP, null, Stage.RELAXED, null, null, null, ctx);
        if (lp == null || lp.lowerBound() == null) {
            return;
        }
        best.bound(lp.lowerBound());
        gap.bound(best.bound);
        if (ctx.shouldStop()) {
            return;
        }
        ctx.progress(Double.NaN, "milp: LP with the directions fixed to keep the rule");
        V2gSchedule fixed = mpSolver(in, LinearBackend.GLOP, null, Stage.FIXED, DirectionPatterns.of(lp.energyKWh()),
                V2gFormulation.sidesOf(in, lp.energyKWh()), null, ctx);
        if (fixed != null) {
            best.offer(fixed.withFigures(fixed.reportedCost(), null, fixed.method() + ", directions fixed from the"
                    + " LP without the rule"));
            gap.incumbent(best.cost);
        }
    }

    /** Which model an MPSolver solve builds. */
    private enum Stage {
        /** The model as it is. */
        MODEL,
        /** Negative-price binaries relaxed: a proven bound. */
        RELAXED,
        /** Directions (and negative-price sides) fixed from a relaxed schedule: an LP whose optimum keeps the rule. */
        FIXED
    }

    private V2gSchedule cpSat(V2gInstance in, V2gSchedule start, GapEvents gap, RunContext ctx) {
        CpSatSink sink = new CpSatSink();
        V2gFormulation f = new V2gFormulation(in, sink, params.aggregate());
        f.build();
        if (start != null) {
            f.hint(start);
        }
        int workers = params.workers() > 0 ? params.workers() : Math.max(2, Runtime.getRuntime()
                .availableProcessors());
        RunContext child = gap.child(ctx, f.boundCorrection());
        try (CancelWatch watch = CancelWatch.start(ctx, child::cancel, "v2g-milp-cancel")) {
            CpSolver solver = OrTools.cpSat(child, workers, Math.max(0.001, params.timeLimitSeconds()
                    - ctx.elapsedSeconds()));
            solver.getParameters().setRelativeGapLimit(params.relativeGap());
            CpSolverStatus status = OrTools.solve(solver, sink.model(), null, child);
            if (child.timeLimitReached()) {
                ctx.isTimeUp();
            }
            if (status == CpSolverStatus.INFEASIBLE) {
                throw new IllegalArgumentException("no feasible schedule: CP-SAT proved the model infeasible (the "
                        + "targets cannot all be met under the site limit and the direction rule)");
            }
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return null;
            }
            double[][] mu = f.schedule(v -> sink.value(solver, v));
            return schedule(in, mu, solver.bestObjectiveBound() - f.boundCorrection(), "cp-sat, " + workers
                    + " workers, " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * One MPSolver solve of the model ({@code directions}: fixed, or null); events go to {@code gap} (null: none,
     * for the auxiliary LPs of the L3 start, whose figures are not the run's incumbent).
     */
    private V2gSchedule mpSolver(V2gInstance in, LinearBackend lb, V2gSchedule start, Stage stage,
                                 int[][] directions, int[] sides, GapEvents gap, RunContext ctx) {
        try (LinearModel model = LinearModel.create(lb)) {
            MpSolverSink sink = new MpSolverSink(model.solver());
            V2gFormulation f = new V2gFormulation(in, sink, params.aggregate());
            if (stage == Stage.RELAXED) {
                f.relaxSides();
            }
            if (stage == Stage.FIXED) {
                f.fixDirections(directions);
                f.fixSides(sides);
            }
            f.build();
            if (start != null && lb.integer()) {
                f.hint(start);
                sink.applyHints();
            }
            RunContext child = gap == null ? GapEvents.silent(ctx) : gap.child(ctx, 0);
            LinearResult r;
            try (CancelWatch watch = CancelWatch.start(ctx, child::cancel, "v2g-milp-cancel")) {
                r = model.solve(new LinearOptions(Math.max(0.001, params.timeLimitSeconds() - ctx.elapsedSeconds()),
                        params.relativeGap()), child);
            }
            if (child.timeLimitReached()) {
                ctx.isTimeUp();
            }
            if (r.status() == LinearResult.Status.INFEASIBLE && stage != Stage.FIXED) {
                throw new IllegalArgumentException("no feasible schedule: " + lb + " proved the model infeasible (the "
                        + "targets cannot all be met under the site limit and the direction rule)");
            }
            if (!r.hasSolution()) {
                return null;
            }
            double[][] mu = f.schedule(sink::value);
            return schedule(in, mu, r.bestBound(), lb.solverId().toLowerCase(java.util.Locale.ROOT) + ", "
                    + r.status().name().toLowerCase(java.util.Locale.ROOT) + (in.directionRule() ? "" : ", "
                    + f.groupCount() + " EV groups"));
        }
    }

    private static V2gSchedule schedule(V2gInstance in, double[][] mu, double bound, String how) {
        V2gSchedule s = new V2gSchedule(mu, null, null, how);
        double cost = in.cost(s.fleetKWhPerSlot(in.slotCount()));
        return s.withFigures(cost, Double.isNaN(bound) || Double.isInfinite(bound) ? null : bound, how);
    }

    /** The cheapest schedule so far and the best proven bound. */
    private static final class Best {
        private final V2gInstance in;
        V2gSchedule schedule;
        double cost = Double.POSITIVE_INFINITY;
        double bound = Double.NEGATIVE_INFINITY;
        private final java.util.List<String> steps = new java.util.ArrayList<>();

        Best(V2gInstance in) {
            this.in = in;
        }

        void offer(V2gSchedule s) {
            if (s == null) {
                return;
            }
            if (s.lowerBound() != null) {
                bound(s.lowerBound());
            }
            double c = in.cost(s.fleetKWhPerSlot(in.slotCount()));
            steps.add(s.method() + " → " + Math.round(c * 100) / 100.0);
            if (c < cost - 1e-9) {
                cost = c;
                schedule = s;
            }
        }

        void bound(double b) {
            bound = Math.max(bound, b);
        }

        boolean closed(double relativeGap) {
            return schedule != null && Double.isFinite(bound)
                    && cost - bound <= relativeGap * Math.max(1e-9, Math.abs(cost));
        }

        V2gSchedule result(Backend backend) {
            if (schedule == null) {
                return null;
            }
            Double b = Double.isFinite(bound) ? Math.min(bound, cost) : null;
            return schedule.withFigures(cost, b, "milp (" + backend.name().toLowerCase(java.util.Locale.ROOT)
                    + "): " + String.join("; ", steps));
        }
    }

}
