package org.evwb.core.qubo.qaoa;

/**
 * A diagonal cost Hamiltonian for QAOA: any function of the bit string (bit i of {@code bits} = x_i), not only a
 * QUBO — e.g. the higher-order station penalty of SPEC §5 ({@link PenalisedCost}).
 */
public interface CostFunction {

    int numVariables();

    double cost(long bits);

    /** Whether the state satisfies every constraint (used for the "probability of a feasible state"). */
    default boolean feasible(long bits) {
        return true;
    }

    /** False when {@link #feasible} is always true, so callers can skip evaluating it. */
    default boolean hasConstraints() {
        return false;
    }

    /** Writes the cost of every basis state into {@code out} (length 2^n); override for a faster way. */
    default void fill(double[] out) {
        for (int s = 0; s < out.length; s++) {
            out[s] = cost(s);
        }
    }
}
