package org.evwb.ui.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;

/**
 * One piece of background work, the only way the UI runs any (in the spirit of JabRef's {@code BackgroundTask}).
 * The work is given a {@link RunContext} — seed, time limit, progress, live events and the cancel flag, the same
 * channel the solvers use — and returns a value; the callbacks run on the FX thread:
 *
 * <pre>{@code
 * BackgroundTask.of("evaluating the layout", ctx -> evaluator.evaluate(project, ctx))
 *         .onSuccess(this::show)
 *         .onFailure(t -> status.setText(t.getMessage()))
 *         .executeWith(executor);
 * }</pre>
 *
 * <p>Executing it registers it in {@link AppState} until it ends (the status bar, Cancel all and tests see every
 * task). {@link #cancel()} asks the context to stop; the task ends {@link State#CANCELLED} when the work has really
 * returned (or at once when it had not started yet). A task runs once.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work: runs on a worker thread (or the calling thread in tests) and checks {@code ctx} for cancel. */
    @FunctionalInterface
    public interface Work<T> {
        T run(RunContext ctx) throws Exception;
    }

    /** Where a task is. */
    public enum State {
        /** Created or handed to the executor, not started yet. */
        WAITING,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED;

        public boolean isDone() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** How the work ended (worker side, handed to the FX thread). */
    record Outcome<T>(State state, T value, Throwable failure) { }

    private final String title;
    private final Work<T> work;
    private long seed = 1;
    private Duration timeLimit;
    private Consumer<RunEvent> onEvent = e -> { };
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = t -> { };
    private Consumer<? super T> onCancelled = v -> { };
    private Runnable onDone = () -> { };
    private Runnable onCancelRequested = () -> { };

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "waiting to start");
    private final AtomicBoolean handedOver = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean cancelRequested;
    private volatile RunContext context;
    private volatile Runnable cancelBeforeStart = () -> { };
    private volatile boolean ended;
    private T value;
    private Throwable failure;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task with a title (shown in the status bar and the logs) and its work. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    // ---- building (before execution) ----

    /** The seed the work's {@link RunContext} carries (default 1). */
    public BackgroundTask<T> seed(long s) {
        requireNotStarted();
        seed = s;
        return this;
    }

    /** The time limit the work's {@link RunContext} carries ({@code null}: none); it starts when the work starts. */
    public BackgroundTask<T> timeLimit(Duration limit) {
        requireNotStarted();
        timeLimit = limit;
        return this;
    }

    /** Receives the work's live events ({@link RunContext#event}) on the worker thread, e.g. a live chart's offer. */
    public BackgroundTask<T> onEvent(Consumer<RunEvent> c) {
        requireNotStarted();
        onEvent = Objects.requireNonNull(c);
        return this;
    }

    /** Called on the FX thread with the work's value when it returned without being cancelled. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
        requireNotStarted();
        onSuccess = Objects.requireNonNull(c);
        return this;
    }

    /** Called on the FX thread when the work threw (and was not cancelled). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        requireNotStarted();
        onFailure = Objects.requireNonNull(c);
        return this;
    }

    /** Called on the FX thread once a cancelled task has really stopped. */
    public BackgroundTask<T> onCancelled(Runnable r) {
        Objects.requireNonNull(r);
        return onCancelledWith(v -> r.run());
    }

    /**
     * Called on the FX thread once a cancelled task has really stopped, with what the work returned when it returned
     * normally after the cancel (a solver's partial result), or {@code null} when it threw or never started.
     */
    public BackgroundTask<T> onCancelledWith(Consumer<? super T> c) {
        requireNotStarted();
        onCancelled = Objects.requireNonNull(c);
        return this;
    }

    /** Called on the FX thread after whichever of the callbacks above ran. */
    public BackgroundTask<T> onDone(Runnable r) {
        requireNotStarted();
        onDone = Objects.requireNonNull(r);
        return this;
    }

    /**
     * Called on the cancelling thread when {@link #cancel()} is asked, for work that runs several solver calls with
     * contexts of their own (each its seed and time limit) and passes the cancel on to the one running.
     */
    public BackgroundTask<T> onCancelRequested(Runnable r) {
        requireNotStarted();
        onCancelRequested = Objects.requireNonNull(r);
        return this;
    }

    /** Hands the task to {@code executor} (which registers it in the app state) and returns it. */
    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        executor.execute(this);
        return this;
    }

    // ---- while it runs (FX thread) ----

    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    public boolean isDone() {
        return state.get().isDone();
    }

    /** Progress in [0, 1], or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The value once it succeeded (or what a cancelled work returned), else null. */
    public T getValue() {
        return value;
    }

    /** Why it failed, or null. */
    public Throwable getException() {
        return failure;
    }

    /**
     * Asks the work to stop (thread-safe): its {@link RunContext} is cancelled, so it stops at its next check; a task
     * that has not started yet never starts. The state turns {@link State#CANCELLED} when the work has ended.
     */
    public void cancel() {
        if (ended) {
            return;
        }
        cancelRequested = true;
        RunContext c = context;
        if (c != null) {
            c.cancel();
        }
        onCancelRequested.run();
        if (!started.get()) {
            cancelBeforeStart.run();
        }
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    @Override
    public String toString() {
        return title + " (" + state.get() + ")";
    }

    // ---- the executors' side (package-private) ----

    /** Called once by an executor when it accepts the task; {@code beforeStart} cancels it while still queued. */
    void handOver(Runnable beforeStart) {
        if (!handedOver.compareAndSet(false, true)) {
            throw new IllegalStateException("a background task runs once: " + title);
        }
        cancelBeforeStart = beforeStart;
    }

    /**
     * Runs the work on the current thread, reporting progress through {@code sink} (which the executor makes safe for
     * the FX thread). Returns null when the task was cancelled before it started.
     */
    Outcome<T> runWork(ProgressSink sink) {
        if (!started.compareAndSet(false, true)) {
            return null;
        }
        RunContext ctx = new RunContext(seed, timeLimit, new RunListener() {
            @Override
            public void onProgress(double fraction, String text) {
                sink.progress(fraction, text); // NaN: the message alone
            }

            @Override
            public void onEvent(RunEvent event) {
                onEvent.accept(event);
            }
        });
        context = ctx;
        if (cancelRequested) {
            ctx.cancel(); // a cancel that came while the context was being made
        }
        sink.progress(-1, title);
        try {
            T v = work.run(ctx);
            return ctx.isCancelled() ? new Outcome<>(State.CANCELLED, v, null) : new Outcome<>(State.SUCCEEDED, v,
                    null);
        } catch (CancelledException e) {
            return new Outcome<>(State.CANCELLED, null, null);
        } catch (Throwable t) {
            // work that breaks off with an error after a cancel was asked to stop: it was cancelled, not broken
            return ctx.isCancelled() ? new Outcome<>(State.CANCELLED, null, null) : new Outcome<>(State.FAILED,
                    null, t);
        }
    }

    /** Claims the task for cancelling before it started; false when the work already began. */
    boolean claimNotStarted() {
        return started.compareAndSet(false, true);
    }

    /** FX thread: the work has started. */
    void markRunning() {
        if (state.get() == State.WAITING) {
            state.set(State.RUNNING);
        }
    }

    /** FX thread: sets the progress figures (from the executor's sink); NaN keeps the progress as it is. */
    void setProgress(double fraction, String text) {
        if (!Double.isNaN(fraction)) {
            progress.set(fraction);
        }
        if (text != null && !text.isEmpty()) {
            message.set(text);
        }
    }

    /** FX thread: the work ended; sets the final state, then runs the matching callback and {@code onDone}. */
    void finish(Outcome<T> o) {
        if (state.get().isDone()) {
            return;
        }
        value = o.value();
        failure = o.failure();
        ended = true;
        try {
            switch (o.state()) {
                case SUCCEEDED -> {
                    progress.set(1);
                    state.set(State.SUCCEEDED);
                    onSuccess.accept(o.value());
                }
                case FAILED -> {
                    message.set("failed: " + (o.failure().getMessage() == null ? o.failure().getClass().getSimpleName()
                            : o.failure().getMessage()));
                    state.set(State.FAILED);
                    onFailure.accept(o.failure());
                }
                default -> {
                    message.set("cancelled");
                    state.set(State.CANCELLED);
                    onCancelled.accept(o.value());
                }
            }
        } finally {
            onDone.run();
        }
    }

    private void requireNotStarted() {
        if (handedOver.get()) {
            throw new IllegalStateException("set up a background task before executing it: " + title);
        }
    }

    /** Where the work's progress goes: straight to the properties, or coalesced onto the FX thread. */
    interface ProgressSink {
        void progress(double fraction, String text);
    }
}
