package org.evwb.core.qubo.qaoa;

import java.util.function.BooleanSupplier;

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

    /** Writes the cost of every basis state into {@code out} (length 2^n). */
    default void fill(double[] out) {
        fill(out, () -> false);
    }

    /**
     * Writes the cost of every basis state into {@code out} (length 2^n), asking {@code stop} every
     * {@value #STOP_CHECK_STATES} states, so a cancel lands within milliseconds even at 2^26 states; returns false
     * when it stopped ({@code out} is then incomplete). Override for a faster way, keeping the checks.
     */
    default boolean fill(double[] out, BooleanSupplier stop) {
        for (int s = 0; s < out.length; s++) {
            if ((s & (STOP_CHECK_STATES - 1)) == 0 && stop.getAsBoolean()) {
                return false;
            }
            out[s] = cost(s);
        }
        return true;
    }

    /** States between two stop checks of {@link #fill(double[], BooleanSupplier)} (a power of two). */
    int STOP_CHECK_STATES = 1 << 16;
}
