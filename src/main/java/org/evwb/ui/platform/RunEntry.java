package org.evwb.ui.platform;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.evwb.core.solve.RunReport;

/**
 * One run of the open project in {@link AppState}'s history: running (with its background task) or finished (with
 * its typed {@link RunResult} and, once saved, its result file). Runs read back from a project's results folder have
 * no task. Changed on the FX thread by the runs controller.
 */
public final class RunEntry {

    private final String title;
    private final RunRequest request;
    private final BackgroundTask<?> task;
    private final ReadOnlyObjectWrapper<RunResult<?, ?>> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Path resultFile;
    private volatile long cancelRequestedNanos;
    private volatile long endedNanos;

    /** A run about to start: {@code task} is its background task. */
    public RunEntry(RunRequest request, BackgroundTask<?> task) {
        this.request = Objects.requireNonNull(request);
        this.title = request.studyId() + " / " + request.solverId() + " · seed " + request.seed();
        this.task = Objects.requireNonNull(task);
    }

    private RunEntry(RunResult<?, ?> saved, Path file) {
        RunReport r = saved.report();
        this.request = null;
        this.title = r.study() + " / " + r.solver() + " · seed " + r.seed();
        this.task = null;
        this.resultFile = file;
        this.result.set(saved);
    }

    /** A finished run read from its result file. */
    public static RunEntry saved(RunResult<?, ?> result, Path file) {
        return new RunEntry(result, file);
    }

    public String title() {
        return title;
    }

    /** What was asked for; null for a run read from disk. */
    public RunRequest request() {
        return request;
    }

    /** The study id of the run. */
    public String studyId() {
        return request != null ? request.studyId() : result.get().studyId();
    }

    /** The background task, or null for a run read from disk. */
    public BackgroundTask<?> task() {
        return task;
    }

    /** The typed result, null while running (and for a run that failed before it had a report). */
    public ReadOnlyObjectProperty<RunResult<?, ?>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public RunResult<?, ?> result() {
        return result.get();
    }

    /** The report of the result, null while running. */
    public RunReport report() {
        RunResult<?, ?> r = result.get();
        return r == null ? null : r.report();
    }

    /** Where the result was saved; null while running or when the project has no file yet. */
    public Path resultFile() {
        return resultFile;
    }

    /** Nanos (System.nanoTime) when Cancel was pressed, 0 if never. */
    public long cancelRequestedNanos() {
        return cancelRequestedNanos;
    }

    /** Nanos when the task reached its final state, 0 while running. */
    public long endedNanos() {
        return endedNanos;
    }

    public void markCancelRequested() {
        cancelRequestedNanos = System.nanoTime();
    }

    /** The run ended with this result (FX thread). */
    public void finish(RunResult<?, ?> r) {
        result.set(r);
    }

    public void markEnded() {
        endedNanos = System.nanoTime();
    }

    public void setResultFile(Path file) {
        resultFile = file;
    }

    @Override
    public String toString() {
        return title;
    }
}
