package org.evwb.core.solve.sweep;

import java.util.Collections;
import java.util.List;

/**
 * What a sweep produced: the rows of every finished task, in task order, and the per-task function's (non-null)
 * results in the same order. {@code cancelled} says the sweep was cancelled; then only {@code finishedTasks} of
 * {@code tasks} are in it (a task counts when all its solvers ran before the cancel; the runs of a task cut short are
 * dropped, so every task present is complete).
 */
public record SweepResult<X>(List<SweepRow> rows, List<X> taskOutputs, int tasks, int finishedTasks,
                             boolean cancelled) {

    public SweepResult {
        rows = List.copyOf(rows);
        taskOutputs = Collections.unmodifiableList(List.copyOf(taskOutputs));
    }
}
