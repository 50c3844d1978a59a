package org.evwb.core.solve.sweep;

import java.util.List;
import org.evwb.core.solve.RunOutcome;

/**
 * A task whose solvers have all run: its instance, its rows and the runs' outcomes (solutions included), in solver
 * order. Handed to the study's per-task function on the worker thread, then dropped, so a sweep keeps no instances.
 */
public record FinishedTask<I, S>(SweepTask task, I instance, List<SweepRow> rows, List<RunOutcome<S>> outcomes) {

    public FinishedTask {
        rows = List.copyOf(rows);
        outcomes = List.copyOf(outcomes);
    }
}
