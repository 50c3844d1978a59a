package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunReport;
import org.evwb.ui.chart.LiveChart;

/**
 * One run in the runs panel: running (with its task and live chart) or finished (with its report and, once saved,
 * its result file). Runs read back from a project's results folder have no task.
 */
public final class RunEntry {

    private final String title;
    private final SolverTask task;
    private final LiveChart chart;
    private final ReadOnlyObjectWrapper<RunReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private JsonNode solution;
    private Path resultFile;
    private volatile long cancelRequestedNanos;
    private volatile long endedNanos;

    RunEntry(String title, SolverTask task, LiveChart chart) {
        this.title = title;
        this.task = task;
        this.chart = chart;
    }

    /** A finished run read from its result file. */
    static RunEntry saved(ResultFile result, Path file) {
        RunReport r = result.report();
        RunEntry e = new RunEntry(r.study() + " / " + r.solver() + " · seed " + r.seed(), null, null);
        e.solution = result.solution();
        e.resultFile = file;
        e.report.set(r);
        return e;
    }

    public String title() {
        return title;
    }

    /** The running task, or null for a run read from disk. */
    public SolverTask task() {
        return task;
    }

    /** The live chart, or null for a run read from disk. */
    public LiveChart chart() {
        return chart;
    }

    public ReadOnlyObjectProperty<RunReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public RunReport report() {
        return report.get();
    }

    public JsonNode solution() {
        return solution;
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

    void markCancelRequested() {
        cancelRequestedNanos = System.nanoTime();
    }

    void finish(RunReport r, JsonNode sol) {
        solution = sol;
        report.set(r);
    }

    void markEnded() {
        endedNanos = System.nanoTime();
    }

    void setResultFile(Path file) {
        resultFile = file;
    }

    ResultFile toResultFile() {
        return new ResultFile(report.get(), solution);
    }
}
