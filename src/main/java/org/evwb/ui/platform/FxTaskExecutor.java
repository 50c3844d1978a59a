package org.evwb.ui.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs background tasks on a bounded pool of daemon threads (one per core, at least two), each wrapped in a
 * {@link javafx.concurrent.Task} so that progress and messages reach the FX thread coalesced, however fast the work
 * reports them.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final AppState state;
    private final ExecutorService pool;

    public FxTaskExecutor(AppState state) {
        this(state, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public FxTaskExecutor(AppState state, int threads) {
        this.state = state;
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor tpe = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "evwb-task-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        tpe.allowCoreThreadTimeOut(true);
        this.pool = tpe;
    }

    @Override
    public void execute(BackgroundTask<?> task) {
        run(task);
    }

    private <T> void run(BackgroundTask<T> task) {
        FxTask<T> fx = new FxTask<>(task);
        task.handOver(() -> {
            if (task.claimNotStarted()) {
                onFx(() -> task.finish(new BackgroundTask.Outcome<>(BackgroundTask.State.CANCELLED, null, null)));
            }
        });
        state.track(task);
        try {
            pool.execute(fx);
        } catch (RejectedExecutionException e) {
            // Closed (the window is going away): work handed in now is cancelled, not thrown back into a UI
            // handler — a view's debounce timer may still fire once after its window closed.
            task.cancel();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** The JavaFX side of one background task: coalesced progress, the outcome handed over on the FX thread. */
    private static final class FxTask<T> extends Task<BackgroundTask.Outcome<T>> {

        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            progressProperty().addListener((o, a, p) -> task.setProgress(p.doubleValue(), null));
            messageProperty().addListener((o, a, m) -> task.setProgress(getProgress(), m));
        }

        @Override
        protected BackgroundTask.Outcome<T> call() {
            Platform.runLater(task::markRunning);
            return task.runWork((fraction, text) -> {
                if (!Double.isNaN(fraction)) {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                }
                updateMessage(text);
            });
        }

        @Override
        protected void succeeded() {
            BackgroundTask.Outcome<T> o = getValue();
            if (o != null) { // null: cancelled before it started, already finished
                task.finish(o);
            }
        }

        @Override
        protected void failed() {
            // runWork catches everything the work throws; this is an error of the executor itself
            task.finish(new BackgroundTask.Outcome<>(BackgroundTask.State.FAILED, null, getException()));
        }
    }
}
