package org.evwb.core.solve.ortools;

/**
 * How an LP/MILP solve ended. {@code objective} is the incumbent's objective (NaN without a solution),
 * {@code bestBound} the best proven bound on the optimum (for an LP solved to optimality, the objective itself by
 * duality; NaN when unknown), {@code relativeGap} as {@link org.evwb.core.solve.OrTools#relativeGap}.
 * {@code cancelled} says the run was cancelled during the solve (the incumbent, if any, is still valid);
 * {@code timeLimitReached} that the solve stopped at its time limit.
 */
public record LinearResult(LinearBackend backend, Status status, double objective, double bestBound,
                           double relativeGap, double wallSeconds, boolean cancelled, boolean timeLimitReached) {

    /** The solution status, from MPSolver's result status. */
    public enum Status {
        /** Optimal (a MILP: within the relative gap). */
        OPTIMAL,
        /** A feasible solution, not proved optimal (stopped by the time limit or a cancel). */
        FEASIBLE,
        /** Proved infeasible. */
        INFEASIBLE,
        /** Proved unbounded. */
        UNBOUNDED,
        /** Stopped (time limit or cancel) before any solution was found. */
        NO_SOLUTION,
        /** The backend failed numerically. */
        ABNORMAL,
        /** The backend rejected the model (e.g. a NaN coefficient or bounds with lower > upper). */
        MODEL_INVALID
    }

    /** True when variable values can be read ({@code MPVariable.solutionValue()}). */
    public boolean hasSolution() {
        return status == Status.OPTIMAL || status == Status.FEASIBLE;
    }
}
