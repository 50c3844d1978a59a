package org.evwb.core.qubo.qaoa;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A base cost plus higher-order penalties: {@code weight} whenever all variables of a set are 1 (e.g. SPEC §5's
 * "b_j + 1 overlapping instances at one station"). A state with any penalty active is infeasible.
 */
public final class PenalisedCost implements CostFunction {

    /** weight · Π_{i ∈ vars} x_i. */
    public record Monomial(String name, int[] vars, double weight) {
        long mask() {
            long m = 0;
            for (int v : vars) {
                m |= 1L << v;
            }
            return m;
        }
    }

    private final CostFunction base;
    private final List<Monomial> penalties;
    private final long[] masks;
    private final double[] weights;

    public PenalisedCost(CostFunction base, List<Monomial> penalties) {
        this.base = base;
        this.penalties = List.copyOf(penalties);
        this.masks = new long[penalties.size()];
        this.weights = new double[penalties.size()];
        for (int k = 0; k < masks.length; k++) {
            for (int v : penalties.get(k).vars()) {
                if (v < 0 || v >= base.numVariables()) {
                    throw new IllegalArgumentException("penalty '" + penalties.get(k).name() + "' uses variable "
                            + v + ", outside 0.." + (base.numVariables() - 1));
                }
            }
            masks[k] = penalties.get(k).mask();
            weights[k] = penalties.get(k).weight();
        }
    }

    public List<Monomial> penalties() {
        return penalties;
    }

    @Override
    public int numVariables() {
        return base.numVariables();
    }

    @Override
    public double cost(long bits) {
        double c = base.cost(bits);
        for (int k = 0; k < masks.length; k++) {
            if ((bits & masks[k]) == masks[k]) {
                c += weights[k];
            }
        }
        return c;
    }

    @Override
    public boolean feasible(long bits) {
        for (long m : masks) {
            if ((bits & m) == m) {
                return false;
            }
        }
        return base.feasible(bits);
    }

    @Override
    public boolean hasConstraints() {
        return masks.length > 0 || base.hasConstraints();
    }

    @Override
    public boolean fill(double[] out, BooleanSupplier stop) {
        if (!base.fill(out, stop)) {
            return false;
        }
        for (int s = 0; s < out.length; s++) {
            if ((s & (STOP_CHECK_STATES - 1)) == 0 && stop.getAsBoolean()) {
                return false;
            }
            for (int k = 0; k < masks.length; k++) {
                if ((s & masks[k]) == masks[k]) {
                    out[s] += weights[k];
                }
            }
        }
        return true;
    }
}
