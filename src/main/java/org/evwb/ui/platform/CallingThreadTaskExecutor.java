package org.evwb.ui.platform;

/**
 * Runs each background task on the calling thread before {@code execute} returns, callbacks included — for tests
 * that only need a task's result, so they need not wait for a pool. The task is registered in the {@link AppState}
 * while it runs, as in production. Progress reported from other threads (work that fans out) reaches the task's
 * properties through the FX thread.
 */
public final class CallingThreadTaskExecutor implements TaskExecutor {

    private final AppState state;
    private boolean closed;

    public CallingThreadTaskExecutor(AppState state) {
        this.state = state;
    }

    @Override
    public void execute(BackgroundTask<?> task) {
        run(task);
    }

    private <T> void run(BackgroundTask<T> task) {
        task.handOver(() -> {
            if (task.claimNotStarted()) {
                task.finish(new BackgroundTask.Outcome<>(BackgroundTask.State.CANCELLED, null, null));
            }
        });
        state.track(task);
        if (closed) {
            task.cancel();
            return;
        }
        task.markRunning();
        Thread caller = Thread.currentThread();
        BackgroundTask.Outcome<T> o = task.runWork((fraction, text) -> {
            if (Thread.currentThread() == caller) {
                task.setProgress(fraction, text);
            } else {
                // work that fans out to threads of its own (a parallel sweep) reports from them: the task's
                // properties are the FX thread's
                onFx(() -> task.setProgress(fraction, text));
            }
        });
        if (o != null) {
            task.finish(o);
        }
    }

    private static void onFx(Runnable r) {
        try {
            javafx.application.Platform.runLater(r);
        } catch (IllegalStateException toolkitNotRunning) {
            r.run(); // a plain unit test without the FX toolkit: nobody else watches the properties
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
