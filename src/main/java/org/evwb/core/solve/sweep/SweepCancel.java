package org.evwb.core.solve.sweep;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evwb.core.solve.RunContext;

/**
 * The stop switch of the tasks a sweep runs in one place (a local pool, or one cluster member's share of a sweep):
 * once {@link #stop()} is called no new solver run starts and every run in progress has its context cancelled, so it
 * stops as its solver does on cancel.
 */
public final class SweepCancel {

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Set<RunContext> running = ConcurrentHashMap.newKeySet();

    /** True once {@link #stop()} was called. */
    public boolean isStopped() {
        return stopped.get();
    }

    /** Stops: cancels every run in progress; returns false when it was stopped already. */
    public boolean stop() {
        boolean first = stopped.compareAndSet(false, true);
        running.forEach(RunContext::cancel);
        return first;
    }

    /** A solver run starts; cancelled at once when the sweep stopped meanwhile. */
    void join(RunContext run) {
        running.add(run);
        if (stopped.get()) {
            run.cancel(); // the stop may have swept the set before this run joined it
        }
    }

    void leave(RunContext run) {
        running.remove(run);
    }
}
