package org.evwb.core.solve.sweep;

import org.evwb.core.solve.SolverSpec;

/** A solver in a sweep and the parameters it runs with there. */
public record SweepSolver<I, S>(SolverSpec<I, S> spec, Record parameters) {

    public SweepSolver {
        if (parameters.getClass() != spec.defaults().getClass()) {
            throw new IllegalArgumentException("solver " + spec.id() + " takes "
                    + spec.defaults().getClass().getSimpleName() + ", not " + parameters.getClass().getSimpleName());
        }
    }

    /** The solver with its default parameters. */
    public static <I, S> SweepSolver<I, S> of(SolverSpec<I, S> spec) {
        return new SweepSolver<>(spec, spec.defaults());
    }

    public String id() {
        return spec.id();
    }
}
