package org.evwb.core.study.v2g;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.evwb.core.solve.ortools.LinearModel;
import org.evwb.core.solve.ortools.LinearOptions;
import org.evwb.core.solve.ortools.LinearResult;

/**
 * Solver {@code milp}: {@link V2gFormulation} on OR-Tools, the {@code adp} schedule as its warm start (on by
 * default). Backend {@code auto}: levels L0–L2 are an LP (GLOP; SCIP when a negative-price slot needs a binary), L3
 * runs on CP-SAT — the one backend that reports incumbent and bound during the search (the gap curve,
 * {@link OrTools#INCUMBENT_SERIES}/{@link OrTools#BOUND_SERIES}) and stops within ~20 ms of a cancel. At the time limit
 * or on cancel it returns the best schedule with its proven bound; when the backend has none it returns the warm
 * start. docs/studies/v2g.md gives the measured comparison of the backends.
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
     * @param workers          CP-SAT search workers; 0 = one per core, at least 2 (live bounds need two)
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
        V2gSchedule start = null;
        if (params.warmStart()) {
            ctx.progress(Double.NaN, "milp: warm start from adp");
            try {
                start = new V2gAdp(new V2gAdp.Parameters(params.adpBeamWidth())).solve(in, ctx);
            } catch (IllegalArgumentException e) {
                // the ADP found no schedule (its completion test is stricter than the model): solve from scratch
                ctx.progress(Double.NaN, "milp: no warm start (" + e.getMessage() + ")");
            }
        }
        Backend backend = backendFor(in);
        if (backend == Backend.GLOP && in.slots().stream().anyMatch(s -> !s.convex())) {
            throw new IllegalArgumentException("backend glop solves LPs only, and this night has slots with ρ + σ < 0"
                    + " that need a binary; use backend auto, cpsat, scip or cbc");
        }
        if (backend == Backend.GLOP && in.directionRule()) {
            throw new IllegalArgumentException("backend glop solves LPs only, and the direction rule (L3) needs "
                    + "binaries; use backend auto, cpsat, scip or cbc");
        }
        ctx.progress(Double.NaN, "milp: " + backend.name().toLowerCase(java.util.Locale.ROOT) + " on " + in.evCount()
                + " EVs × " + in.slotCount() + " slots");
        V2gSchedule found = backend == Backend.CPSAT ? cpSat(in, start, ctx) : mpSolver(in, backend, start, ctx);
        if (found == null) {
            if (start == null) {
                if (ctx.isCancelled()) {
                    throw new CancelledException();
                }
                throw new IllegalArgumentException("no schedule found within the time limit (" + backend + ", no warm"
                        + " start); raise the time limit or turn warmStart on");
            }
            return start.withFigures(start.reportedCost(), null, "adp warm start (the " + backend
                    + " search found nothing better in time)");
        }
        return found;
    }

    private V2gSchedule cpSat(V2gInstance in, V2gSchedule start, RunContext ctx) {
        CpSatSink sink = new CpSatSink();
        V2gFormulation f = new V2gFormulation(in, sink, params.aggregate());
        f.build();
        if (start != null) {
            f.hint(start);
        }
        int workers = params.workers() > 0 ? params.workers() : Math.max(2, Runtime.getRuntime()
                .availableProcessors());
        CpSolver solver = OrTools.cpSat(ctx, workers, params.timeLimitSeconds());
        solver.getParameters().setRelativeGapLimit(params.relativeGap());
        CpSolverStatus status = OrTools.solve(solver, sink.model(), null, ctx);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            if (status == CpSolverStatus.INFEASIBLE) {
                throw new IllegalArgumentException("no feasible schedule: CP-SAT proved the model infeasible (the "
                        + "targets cannot all be met under the site limit and the direction rule)");
            }
            return null;
        }
        double[][] mu = f.schedule(v -> sink.value(solver, v));
        double bound = solver.bestObjectiveBound() - f.boundCorrection();
        return better(in, mu, bound, start, "cp-sat, " + workers + " workers" + (start != null ? ", adp warm start"
                : "") + ", " + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    private V2gSchedule mpSolver(V2gInstance in, Backend backend, V2gSchedule start, RunContext ctx) {
        LinearBackend lb = switch (backend) {
            case SCIP -> LinearBackend.SCIP;
            case CBC -> LinearBackend.CBC;
            default -> LinearBackend.GLOP;
        };
        try (LinearModel model = LinearModel.create(lb)) {
            MpSolverSink sink = new MpSolverSink(model.solver());
            V2gFormulation f = new V2gFormulation(in, sink, params.aggregate());
            f.build();
            if (start != null && lb.integer()) {
                f.hint(start);
                sink.applyHints();
            }
            LinearResult r = model.solve(new LinearOptions(params.timeLimitSeconds(), params.relativeGap()), ctx);
            if (r.status() == LinearResult.Status.INFEASIBLE) {
                throw new IllegalArgumentException("no feasible schedule: " + lb + " proved the model infeasible (the "
                        + "targets cannot all be met under the site limit and the direction rule)");
            }
            if (!r.hasSolution()) {
                return null;
            }
            double[][] mu = f.schedule(sink::value);
            double bound = Double.isNaN(r.bestBound()) ? Double.NaN : r.bestBound();
            return better(in, mu, bound, start, lb.solverId().toLowerCase(java.util.Locale.ROOT)
                    + (start != null && lb.integer() ? ", adp warm start" : "") + ", " + r.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + (in.directionRule() ? "" : ", " + f.groupCount()
                    + " EV groups"));
        }
    }

    /** The solver's schedule, or the warm start when that is cheaper; with the bound (NaN: none). */
    private static V2gSchedule better(V2gInstance in, double[][] mu, double bound, V2gSchedule start, String how) {
        V2gSchedule s = new V2gSchedule(mu, null, null, how);
        double cost = in.cost(s.fleetKWhPerSlot(in.slotCount()));
        Double b = Double.isNaN(bound) ? null : Math.min(bound, cost);
        if (start != null && start.reportedCost() < cost - 1e-9) {
            return start.withFigures(start.reportedCost(), b == null ? null : Math.min(b, start.reportedCost()),
                    how + "; the adp warm start kept (cheaper)");
        }
        return s.withFigures(cost, b, how);
    }
}
