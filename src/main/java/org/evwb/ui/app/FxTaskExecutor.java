package org.evwb.ui.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs tasks on a bounded pool of daemon threads (one per core, at least two). */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;

    public FxTaskExecutor() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public FxTaskExecutor(int threads) {
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
    public <T> Task<T> execute(Task<T> task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed (the window is going away): work handed in now is cancelled, not thrown back into a UI
            // handler — a view's debounce timer may still fire once after its window closed.
            task.cancel();
        }
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
