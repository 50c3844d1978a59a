package org.evwb.core.solve.ortools;

/**
 * Limits of one LP/MILP solve. The solve's time limit is {@code timeLimitSeconds} or the run's time left, whichever
 * is shorter; {@code relativeMipGap} is where a MILP backend stops and calls its incumbent optimal (MILP only;
 * MPSolver's default is 1e-4).
 */
public record LinearOptions(double timeLimitSeconds, double relativeMipGap) {

    /** No limit of its own (the run's applies) and MPSolver's default gap. */
    public static final LinearOptions DEFAULT = new LinearOptions(Double.POSITIVE_INFINITY, 1e-4);

    public LinearOptions {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be > 0 (or infinite), was " + timeLimitSeconds);
        }
        if (!(relativeMipGap >= 0) || Double.isInfinite(relativeMipGap)) {
            throw new IllegalArgumentException("relativeMipGap must be a finite number >= 0, was " + relativeMipGap);
        }
    }

    public LinearOptions withTimeLimit(double seconds) {
        return new LinearOptions(seconds, relativeMipGap);
    }

    public LinearOptions withRelativeMipGap(double gap) {
        return new LinearOptions(timeLimitSeconds, gap);
    }
}
