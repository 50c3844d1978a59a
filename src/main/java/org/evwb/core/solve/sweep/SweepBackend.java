package org.evwb.core.solve.sweep;

import java.util.List;
import java.util.Map;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;

/**
 * Where a sweep's tasks run: {@code local} (the {@link SweepEngine}'s thread pool, the default) or a distributed
 * engine loaded by {@link SweepBackends} (Hazelcast today; the contract names no engine, so Spark could follow).
 *
 * <p>The contract: every task is run by {@link SweepEngine#runTask} on the plan rebuilt from the same
 * {@link SweepJob} (a distributed backend sends the job — the project included — once per sweep, then only task
 * indexes), rows come back in task order, and a task's rows are the same bits whatever the backend, thread count or
 * number of workers (timings aside). A cancel through {@code ctx} stops the running tasks everywhere and returns the
 * finished ones with {@link SweepResult#cancelled()} set; progress goes to {@code ctx} once per finished task.
 */
public interface SweepBackend extends AutoCloseable {

    /** The name {@code evwb sweep --backend} takes. */
    String id();

    /**
     * Runs the sweep. Throws {@link IllegalStateException} naming the task when the local backend cannot build an
     * instance; a distributed backend retries a task lost with a worker and reports a task that failed twice as
     * FAILED rows with the reason.
     */
    <I, S> SweepResult<Map<String, List<Map<String, Object>>>> run(StudySweeps.Spec<I, S> spec,
                                                                  OptimizerRunner runner,
                                                                  ComputeCarbon.Settings carbon, RunContext ctx);

    /** Leaves the cluster (and stops the members it started itself); nothing for the local pool. */
    @Override
    void close();
}
