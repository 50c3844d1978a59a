package org.evwb.ui.app;

import javafx.concurrent.Task;

/**
 * The one way the UI runs background work. Production wraps {@link Task}s on a bounded pool
 * ({@link FxTaskExecutor}); tests may run them on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Starts the task; its callbacks (succeeded, failed, cancelled) run on the FX thread. After {@link #close()} the
     * task is cancelled instead of started.
     */
    <T> Task<T> execute(Task<T> task);

    /** Stops accepting work and cancels what is running. */
    @Override
    void close();
}
