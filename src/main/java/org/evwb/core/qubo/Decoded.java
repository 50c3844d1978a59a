package org.evwb.core.qubo;

import java.util.List;

/**
 * A sample decoded against the QUBO's parts: the total energy, the sum of the objective parts, and the constraints
 * whose penalty is not zero (as PyQUBO's {@code decode_sample} reports broken constraints).
 */
public record Decoded(double energy, double objective, List<Broken> brokenConstraints) {

    public Decoded {
        brokenConstraints = List.copyOf(brokenConstraints);
    }

    public boolean feasible() {
        return brokenConstraints.isEmpty();
    }

    /** A constraint part with non-zero penalty energy in the sample. */
    public record Broken(String constraint, double penalty) { }
}
