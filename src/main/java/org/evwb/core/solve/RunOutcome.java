package org.evwb.core.solve;

/**
 * A finished run: its report and, unless it failed or was cancelled before finding anything, the solution.
 * {@code failure} holds the exception of a failed run (for the log file; the report carries its message).
 */
public record RunOutcome<S>(RunReport report, S solution, Throwable failure) {
}
