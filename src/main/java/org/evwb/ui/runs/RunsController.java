package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.app.AppLog;
import org.evwb.ui.app.AppState;
import org.evwb.ui.app.Dialogs;
import org.evwb.ui.app.ProjectListener;
import org.evwb.ui.app.TaskExecutor;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.LiveChart;

/**
 * Starts solver runs on the one {@link TaskExecutor}, keeps the runs of the open project, and saves each finished run
 * beside the project file ({@link ResultStore}); runs of an unsaved project are written when it is first saved. A
 * failed run shows what happened; its stack trace goes to the log file.
 */
public final class RunsController implements ProjectListener {

    private final AppState state;
    private final StudyRegistry studies;
    private final TaskExecutor executor;
    private final OptimizerRunner runner;
    private final ObjectMapper mapper;
    private final Dialogs dialogs;
    private final AppLog log;
    private final ResultStore store;
    private final ChartExport chartExport;
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();

    public RunsController(AppState state, StudyRegistry studies, TaskExecutor executor, OptimizerRunner runner,
                          ObjectMapper mapper, Dialogs dialogs, AppLog log, ChartExport chartExport) {
        this.chartExport = chartExport;
        this.state = state;
        this.studies = studies;
        this.executor = executor;
        this.runner = runner;
        this.mapper = mapper;
        this.dialogs = dialogs;
        this.log = log;
        this.store = new ResultStore(mapper);
    }

    /** The runs of the open project, oldest first. */
    public ObservableList<RunEntry> runs() {
        return runs;
    }

    public StudyRegistry studies() {
        return studies;
    }

    /** Starts a run on the open project (FX thread). The returned entry is already listed in the runs panel. */
    public RunEntry start(RunRequest request) {
        Project project = state.getProject();
        if (project == null) {
            throw new IllegalStateException("no project is open");
        }
        StudyDefinition<?, ?> study = studies.study(request.studyId()).orElseThrow(() ->
                new IllegalArgumentException("no study '" + request.studyId() + "'; known: " + studies.ids()));
        LiveChart chart = new LiveChart("step", "value");
        chartExport.install(chart.viewer(), request.studyId() + "-" + request.solverId() + "-seed" + request.seed());
        SolverTask task = new SolverTask(study, request, project, runner, mapper, chart);
        RunEntry entry = new RunEntry(request.studyId() + " / " + request.solverId() + " · seed " + request.seed(),
                task, chart);
        task.setOnSucceeded(e -> finished(entry));
        task.setOnCancelled(e -> finished(entry));
        task.setOnFailed(e -> failed(entry, task.getException()));
        runs.add(entry);
        chart.start();
        state.track(task);
        executor.execute(task);
        return entry;
    }

    /** Asks a run to stop; it ends CANCELLED as soon as its solver notices (it checks at least every ~50 ms). */
    public void cancel(RunEntry entry) {
        if (entry.task() != null && !isDone(entry.task())) {
            entry.markCancelRequested();
            entry.task().requestCancel();
        }
    }

    public void cancelAll() {
        runs.forEach(this::cancel);
    }

    private static boolean isDone(Worker<?> w) {
        return w.getState() == Worker.State.SUCCEEDED || w.getState() == Worker.State.FAILED
                || w.getState() == Worker.State.CANCELLED;
    }

    private void finished(RunEntry entry) {
        entry.markEnded();
        entry.chart().stop();
        RunOutcome<?> o = entry.task().outcome();
        if (o == null) {
            return;
        }
        RunReport report = o.report();
        entry.finish(report, entry.task().solutionJson());
        if (report.status() == RunStatus.FAILED) {
            String where = o.failure() == null ? "" : "\n\nTechnical details are in the log file:\n" + log.file();
            if (o.failure() != null) {
                log.error("run " + entry.title() + " failed", o.failure());
            } else {
                log.info("run " + entry.title() + " failed: " + report.error());
            }
            dialogs.error("Run failed", "The run " + entry.title() + " failed", report.error() + where);
        }
        save(entry);
    }

    private void failed(RunEntry entry, Throwable t) {
        entry.markEnded();
        entry.chart().stop();
        if (t instanceof ProjectFileException pfe) {
            dialogs.problems("The project cannot be run with " + entry.title(), pfe);
            return;
        }
        log.error("run " + entry.title() + " failed", t);
        dialogs.error("Run failed", "The run " + entry.title() + " failed", (t.getMessage() == null
                ? t.getClass().getSimpleName() : t.getMessage()) + "\n\nTechnical details are in the log file:\n"
                + log.file());
    }

    private void save(RunEntry entry) {
        Path file = state.getProjectFile();
        if (file == null || entry.report() == null || entry.resultFile() != null) {
            return;
        }
        try {
            entry.setResultFile(store.write(file, entry.toResultFile()));
        } catch (IOException e) {
            log.error("cannot save the result of " + entry.title(), e);
            dialogs.error("Cannot save the result", "The result of " + entry.title() + " was not saved",
                    e.getMessage() + "\n\nCheck that the folder " + ResultStore.folderFor(file) + " is writable.");
        }
    }

    @Override
    public void projectOpened(Path file) {
        cancelAll();
        runs.clear();
        if (file != null) {
            List<ResultStore.Loaded> saved = store.readAll(file);
            saved.forEach(l -> runs.add(RunEntry.saved(l.result(), l.file())));
        }
    }

    @Override
    public void projectSaved(Path file) {
        runs.forEach(this::save);
    }

    @Override
    public void projectClosed() {
        cancelAll();
        runs.clear();
    }
}
