package org.evwb.core.solve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action once when a {@link RunContext} is cancelled, for solvers that cannot poll the context themselves
 * (native OR-Tools searches block the calling thread). The flag is polled every 20 ms on a daemon thread, so a
 * cancel reaches the solver within ~20 ms plus the solver's own reaction time. Close it when the solve returns.
 */
public final class CancelWatch implements AutoCloseable {

    private static final long POLL_MS = 20;

    private final ScheduledExecutorService watcher;
    private final AtomicBoolean fired = new AtomicBoolean();

    private CancelWatch(RunContext ctx, Runnable onCancel, String name) {
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleAtFixedRate(() -> {
            if (ctx.isCancelled() && fired.compareAndSet(false, true)) {
                onCancel.run();
            }
        }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching {@code ctx}; {@code onCancel} runs at most once, on the watcher thread. */
    public static CancelWatch start(RunContext ctx, Runnable onCancel, String threadName) {
        return new CancelWatch(ctx, onCancel, threadName);
    }

    /** True once the action has run. */
    public boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
