package org.evwb.core.solve;

/** How a run ended. */
public enum RunStatus {
    /** The optimiser returned normally within its limits. */
    COMPLETED,
    /** The optimiser stopped at its time limit and returned its best so far. */
    TIME_LIMIT,
    /** The user cancelled the run. */
    CANCELLED,
    /** The optimiser threw an error. */
    FAILED
}
