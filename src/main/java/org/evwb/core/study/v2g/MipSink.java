package org.evwb.core.study.v2g;

/**
 * Where {@link V2gFormulation} writes its model: variables by index, linear rows, a linear objective and a starting
 * solution. Two implementations — CP-SAT on integer-scaled energies ({@link CpSatSink}) and MPSolver
 * ({@link MpSolverSink}: GLOP, SCIP, CBC) — so the one formulation serves every backend.
 */
interface MipSink {

    /** True when every variable is integer (CP-SAT): coefficients and bounds must then be integers. */
    boolean integral();

    /** A new variable in [lb, ub]; {@code integer} asks for an integer (binary when the bounds are 0 and 1). */
    int var(double lb, double ub, boolean integer);

    /** lb ≤ Σ coef·var ≤ ub. */
    void row(int[] vars, double[] coefs, double lb, double ub);

    /** Minimise Σ coef·var (objective in ¤). */
    void objective(int[] vars, double[] coefs);

    /** A starting value for a variable (the warm start). */
    void hint(int var, double value);
}
