package org.evwb.ui.platform;

/**
 * Runs {@link BackgroundTask}s and registers each in the {@link AppState} it was made for, until it ends. Production
 * uses {@link FxTaskExecutor} (a bounded pool, progress coalesced onto the FX thread); tests that only need the
 * result use {@link CallingThreadTaskExecutor}, which runs the work before {@code execute} returns.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Starts the task (call on the FX thread); its callbacks run on the FX thread. After {@link #close()} the task is
     * cancelled instead of started.
     */
    void execute(BackgroundTask<?> task);

    /** Stops accepting work and asks what is running to stop. */
    @Override
    void close();
}
