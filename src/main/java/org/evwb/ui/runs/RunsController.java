package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.ProjectListener;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunLauncher;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.platform.TaskExecutor;

/**
 * Starts solver runs as background tasks, keeps the open project's runs in {@link AppState} as typed results, and
 * saves each finished run beside the project file ({@link ResultStore}); runs of an unsaved project are written when
 * it is first saved, and a project's saved runs are read back (typed, off the FX thread) when it opens. A failed run
 * shows what happened; its stack trace goes to the log file.
 */
public final class RunsController implements RunLauncher, ProjectListener {

    private final AppState state;
    private final StudyRegistry studies;
    private final TaskExecutor executor;
    private final OptimizerRunner runner;
    private final ObjectMapper mapper;
    private final Dialogs dialogs;
    private final AppLog log;
    private final ResultStore store;
    private final SavedRuns saved;
    private final ChartExport chartExport;
    private final Map<RunEntry, LiveChart> charts = new IdentityHashMap<>();
    private final RunReportExport reportExport;

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
        this.saved = new SavedRuns(studies, store, mapper);
        this.reportExport = new RunReportExport(chartExport.dialogs(), executor, log);
    }

    /**
     * Asks where and writes a finished run's report (PDF or HTML by the file's extension) in the background; the
     * task, or empty when the run has no result yet or the user cancelled.
     */
    public java.util.Optional<org.evwb.ui.platform.BackgroundTask<java.util.List<java.nio.file.Path>>> exportReport(
            RunEntry run, javafx.stage.Window owner) {
        return reportExport.export(run, owner);
    }

    /** The runs of the open project, oldest first (the app state's list). */
    public ObservableList<RunEntry> runs() {
        return state.getRuns();
    }

    public StudyRegistry studies() {
        return studies;
    }

    /** The run the user is looking at (highlighted in the runs panel). */
    public javafx.beans.property.ReadOnlyObjectProperty<RunEntry> activeRunProperty() {
        return state.activeRunProperty();
    }

    /** Makes a run the active one (a click on its card). */
    public void activate(RunEntry run) {
        if (state.getRuns().contains(run)) {
            state.setActiveRun(run);
        }
    }

    /** The live chart of a run started in this session, or null for a run read from disk. */
    public LiveChart chartOf(RunEntry run) {
        return charts.get(run);
    }

    /** Starts a run on the open project (FX thread). The returned entry is already listed in the runs panel. */
    @Override
    public RunEntry start(RunRequest request) {
        Project project = state.getProject();
        if (project == null) {
            throw new IllegalStateException("no project is open");
        }
        StudyDefinition<?, ?> study = studies.study(request.studyId()).orElseThrow(() ->
                new IllegalArgumentException("no study '" + request.studyId() + "'; known: " + studies.ids()));
        LiveChart chart = new LiveChart("step", "value");
        chartExport.install(chart.viewer(), request.studyId() + "-" + request.solverId() + "-seed" + request.seed());
        BackgroundTask<SolverRun.Outcome> task = BackgroundTask.of("run " + request.studyId() + " / "
                        + request.solverId(), ctx -> SolverRun.run(study, request, project, runner, ctx))
                .seed(request.seed())
                .timeLimit(request.timeLimit())
                .onEvent(chart::offer);
        RunEntry entry = new RunEntry(request, task);
        task.onSuccess(o -> finished(entry, o))
                .onCancelledWith(o -> finished(entry, o))
                .onFailure(t -> failed(entry, t));
        charts.put(entry, chart);
        state.addRun(entry);
        chart.start();
        task.executeWith(executor);
        return entry;
    }

    /**
     * Study ▸ Import samples…: reads samples of the study's exported QUBO from {@code file} in the background, matches
     * them to the open project's QUBO, decodes the best with the study's own decoding and adds the checked result to
     * the runs as a finished run (solver {@code import}), saved beside the project like any other. A file that does not
     * match is shown with its problems (file, row or JSON path, fix); warnings about stated energies are shown too.
     * Returns the task (tests wait on it).
     */
    public BackgroundTask<?> importSamples(QuboStudy<?, ?> study, Path file) {
        Project project = state.getProject();
        if (project == null) {
            throw new IllegalStateException("no project is open");
        }
        long opened = state.openCountProperty().get();
        return BackgroundTask.of("importing samples from " + file.getFileName(),
                        ctx -> SolverRun.importSamples(study, project, file, runner, mapper, ctx))
                .onSuccess(imported -> {
                    if (state.openCountProperty().get() != opened || state.getProject() == null) {
                        return; // another project is open now: the samples were for the one before
                    }
                    RunEntry entry = RunEntry.saved(imported.result(), null);
                    state.addRun(entry);
                    save(entry);
                    if (!imported.warnings().isEmpty()) {
                        dialogs.info("Samples imported", "The samples' stated energies disagree with the QUBO",
                                String.join("\n\n", imported.warnings()));
                    }
                })
                .onFailure(t -> {
                    if (t instanceof ProjectFileException pfe) {
                        dialogs.problems("The samples in " + file.getFileName() + " cannot be imported", pfe);
                        return;
                    }
                    log.error("importing samples from " + file + " failed", t);
                    dialogs.error("Cannot import the samples", "The samples in " + file.getFileName()
                            + " were not imported", (t.getMessage() == null ? t.getClass().getSimpleName()
                            : t.getMessage()) + "\n\nTechnical details are in the log file:\n" + log.file());
                })
                .executeWith(executor);
    }

    /** Asks a run to stop; it ends CANCELLED as soon as its solver notices (it checks at least every ~50 ms). */
    public void cancel(RunEntry entry) {
        if (entry.task() != null && !entry.task().isDone()) {
            entry.markCancelRequested();
            entry.task().cancel();
        }
    }

    public void cancelAll() {
        List.copyOf(state.getRuns()).forEach(this::cancel);
    }

    private void ended(RunEntry entry) {
        entry.markEnded();
        LiveChart chart = charts.get(entry);
        if (chart != null) {
            chart.stop();
        }
    }

    private void finished(RunEntry entry, SolverRun.Outcome o) {
        if (o == null) { // cancelled before the solver produced a report
            ended(entry);
            return;
        }
        entry.finish(o.result());
        ended(entry);
        RunReport report = o.result().report();
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
        ended(entry);
        if (t instanceof ProjectFileException pfe) {
            dialogs.studyNeeds("run " + entry.title(), pfe); // the project is loaded, so its file is valid
            return;
        }
        log.error("run " + entry.title() + " failed", t);
        dialogs.error("Run failed", "The run " + entry.title() + " failed", (t.getMessage() == null
                ? t.getClass().getSimpleName() : t.getMessage()) + "\n\nTechnical details are in the log file:\n"
                + log.file());
    }

    private void save(RunEntry entry) {
        Path file = state.getProjectFile();
        if (file == null || entry.result() == null || entry.resultFile() != null || !state.getRuns().contains(entry)) {
            return;
        }
        try {
            entry.setResultFile(store.write(file, entry.result().toResultFile(mapper)));
        } catch (IOException | RuntimeException e) {
            log.error("cannot save the result of " + entry.title(), e);
            dialogs.error("Cannot save the result", "The result of " + entry.title() + " was not saved",
                    e.getMessage() + "\n\nCheck that the folder " + ResultStore.folderFor(file) + " is writable.");
        }
    }

    @Override
    public void projectOpened(Path file) {
        forgetRuns();
        Project project = state.getProject();
        if (file == null || project == null) {
            return;
        }
        long opened = state.openCountProperty().get();
        BackgroundTask.of("reading the saved runs of " + file.getFileName(),
                        ctx -> saved.read(file, project, ctx))
                .onSuccess(runs -> {
                    if (state.openCountProperty().get() == opened && state.getProject() != null) { // still their project
                        state.addRuns(runs);
                    }
                })
                .onFailure(t -> log.error("cannot read the saved runs of " + file, t))
                .executeWith(executor);
    }

    @Override
    public void projectSaved(Path file) {
        List.copyOf(state.getRuns()).forEach(this::save);
    }

    @Override
    public void projectClosed() {
        forgetRuns();
    }

    private void forgetRuns() {
        cancelAll();
        charts.values().forEach(LiveChart::stop);
        charts.clear();
        state.clearRuns();
    }
}
