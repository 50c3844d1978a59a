package org.evwb.core.solve.ortools;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import org.evwb.core.solve.CancelWatch;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;

/**
 * An LP or MILP built with OR-Tools' {@code MPSolver} on one of the bundled {@link LinearBackend}s, solved under a
 * run's time limit and cancel. Build the model on {@link #solver()} with MPSolver's own API, call {@link #solve}, then
 * read {@code MPVariable.solutionValue()} if {@link LinearResult#hasSolution()}. Close it to free the native model.
 *
 * <pre>{@code
 * try (LinearModel m = LinearModel.create(LinearBackend.SCIP)) {
 *     MPVariable x = m.solver().makeIntVar(0, 10, "x");
 *     ...
 *     LinearResult r = m.solve(LinearOptions.DEFAULT, ctx);
 * }
 * }</pre>
 *
 * <p><b>Seed.</b> SCIP gets {@link OrTools#solverSeed} of the run's seed as its random seed shift; the other backends
 * are deterministic and take none.
 *
 * <p><b>Events.</b> MPSolver's Java API has no MIP callbacks (and SCIP writes its progress table to the native
 * stdout, not to a log callback), so a solve reports its {@value OrTools#INCUMBENT_SERIES} and
 * {@value OrTools#BOUND_SERIES} events once, when it ends, at x = its wall seconds. A live gap curve during the
 * search needs CP-SAT ({@link OrTools#solve}), which reports every improvement.
 *
 * <p><b>Cancel.</b> Interruptible backends stop within milliseconds and return their incumbent; CLP and CBC cannot be
 * interrupted (see {@link LinearBackend}): a cancel is reported on the run's progress line and takes effect when the
 * backend returns.
 */
public final class LinearModel implements AutoCloseable {

    private final LinearBackend backend;
    private final MPSolver solver;

    private LinearModel(LinearBackend backend, MPSolver solver) {
        this.backend = backend;
        this.solver = solver;
    }

    /** A new, empty model on {@code backend} (loads OR-Tools' natives on first use). */
    public static LinearModel create(LinearBackend backend) {
        OrTools.ensureLoaded();
        MPSolver s = MPSolver.createSolver(backend.solverId());
        if (s == null) {
            throw new IllegalStateException("OR-Tools has no " + backend.solverId() + " backend in this build");
        }
        return new LinearModel(backend, s);
    }

    public LinearBackend backend() {
        return backend;
    }

    /** The MPSolver to build the model on. */
    public MPSolver solver() {
        return solver;
    }

    /**
     * Solves the model within {@code options}' and the run's time limits, stopping an interruptible backend when the
     * run is cancelled, and reports the final incumbent and bound as events.
     */
    public LinearResult solve(LinearOptions options, RunContext ctx) {
        double limit = Math.min(options.timeLimitSeconds(), ctx.secondsLeft());
        boolean limited = Double.isFinite(limit);
        boolean runLimitBinds = ctx.secondsLeft() <= options.timeLimitSeconds();
        if (limited) {
            solver.setTimeLimit(Math.max(1, Math.round(limit * 1000)));
        }
        if (backend == LinearBackend.SCIP
                && !solver.setSolverSpecificParametersAsString("randomization/randomseedshift = "
                + OrTools.solverSeed(ctx.seed()))) {
            throw new IllegalStateException("SCIP refused its random seed parameter");
        }
        MPSolverParameters params = new MPSolverParameters();
        if (backend.integer()) {
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeMipGap());
        }
        long t0 = System.nanoTime();
        MPSolver.ResultStatus raw;
        try (CancelWatch watch = CancelWatch.start(ctx, () -> interrupt(ctx), "mpsolver-cancel-watch")) {
            raw = solver.solve(params);
        } finally {
            params.delete();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        boolean cancelled = ctx.isCancelled();
        LinearResult.Status status = status(raw);
        // MPSolver reports a stop at the limit as FEASIBLE or NOT_SOLVED; a cancel does the same, so tell them apart
        boolean timeUp = limited && !cancelled
                && (status == LinearResult.Status.FEASIBLE || status == LinearResult.Status.NO_SOLUTION);
        if (timeUp && runLimitBinds) {
            ctx.isTimeUp(); // the run's own limit was the one reached: let its report say TIME_LIMIT
        }
        double objective = Double.NaN;
        double bound = Double.NaN;
        if (status == LinearResult.Status.OPTIMAL || status == LinearResult.Status.FEASIBLE) {
            objective = solver.objective().value();
            // LP backends report a trivial bound (±infinity); an optimal LP's bound is its objective by duality
            bound = backend.integer() ? solver.objective().bestBound()
                    : status == LinearResult.Status.OPTIMAL ? objective : Double.NaN;
            if (Double.isInfinite(bound)) {
                bound = Double.NaN;
            }
            ctx.event(OrTools.INCUMBENT_SERIES, wall, objective);
            if (!Double.isNaN(bound)) {
                ctx.event(OrTools.BOUND_SERIES, wall, bound);
            }
        }
        return new LinearResult(backend, status, objective, bound, OrTools.relativeGap(objective, bound), wall,
                cancelled, timeUp);
    }

    private void interrupt(RunContext ctx) {
        if (!solver.interruptSolve()) {
            // honest about it: CLP and CBC run on to their end or their time limit
            ctx.progress(Double.NaN, backend.solverId() + " cannot be interrupted: it stops when it finishes or at"
                    + " its time limit");
        }
    }

    private static LinearResult.Status status(MPSolver.ResultStatus s) {
        return switch (s) {
            case OPTIMAL -> LinearResult.Status.OPTIMAL;
            case FEASIBLE -> LinearResult.Status.FEASIBLE;
            case INFEASIBLE -> LinearResult.Status.INFEASIBLE;
            case UNBOUNDED -> LinearResult.Status.UNBOUNDED;
            case NOT_SOLVED -> LinearResult.Status.NO_SOLUTION;
            case MODEL_INVALID -> LinearResult.Status.MODEL_INVALID;
            default -> LinearResult.Status.ABNORMAL;
        };
    }

    /** Frees the native model; the model and its variables must not be used afterwards. */
    @Override
    public void close() {
        solver.delete();
    }
}
