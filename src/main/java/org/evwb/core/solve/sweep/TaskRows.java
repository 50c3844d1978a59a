package org.evwb.core.solve.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * A finished task's rows (solvers in plan order) and the study's per-task output, as a backend hands them back to the
 * sweep; serialisable so that a cluster member can send them (the output must then be serialisable too).
 */
public record TaskRows<X>(int task, List<SweepRow> rows, X output) implements Serializable {

    private static final long serialVersionUID = 1L;

    public TaskRows {
        rows = List.copyOf(rows);
    }
}
