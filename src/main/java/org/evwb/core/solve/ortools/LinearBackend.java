package org.evwb.core.solve.ortools;

/**
 * The LP and MILP backends bundled with OR-Tools' {@code MPSolver} that the workbench uses. HiGHS is bundled too but
 * broken in this build, so it is not offered.
 *
 * <p>{@link #interruptible()} says whether a solve stops when the run is cancelled: GLOP, PDLP and SCIP honour
 * {@code MPSolver.interruptSolve()} from another thread (SCIP within a few milliseconds); CLP and CBC refuse it, so a
 * cancelled CLP or CBC solve runs on until it finishes or reaches its time limit (CBC checks the limit promptly, CLP
 * only between phases: a 3 s limit on a 200,000-column LP took 15 s). Give them a time limit, and prefer SCIP where a
 * user may cancel.
 */
public enum LinearBackend {
    /** Google's primal/dual simplex (LP). */
    GLOP("GLOP", false, true),
    /** Primal-dual hybrid gradient, first-order (LP; large models, solutions to a tolerance). */
    PDLP("PDLP", false, true),
    /** COIN-OR CLP simplex (LP). Cannot be interrupted. */
    CLP("CLP", false, false),
    /** SCIP branch and cut (MILP). */
    SCIP("SCIP", true, true),
    /** COIN-OR CBC branch and cut (MILP). Cannot be interrupted. */
    CBC("CBC", true, false);

    private final String solverId;
    private final boolean integer;
    private final boolean interruptible;

    LinearBackend(String solverId, boolean integer, boolean interruptible) {
        this.solverId = solverId;
        this.integer = integer;
        this.interruptible = interruptible;
    }

    /** The id {@code MPSolver.createSolver} knows. */
    public String solverId() {
        return solverId;
    }

    /** True for the MILP backends (integer variables allowed); LP backends solve the continuous relaxation. */
    public boolean integer() {
        return integer;
    }

    /** True when a cancel stops a running solve (see the type's comment). */
    public boolean interruptible() {
        return interruptible;
    }
}
