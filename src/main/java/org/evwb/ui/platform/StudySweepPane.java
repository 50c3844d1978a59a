package org.evwb.ui.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.evwb.core.chart.SweepChartRenderer;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepBackend;
import org.evwb.core.solve.sweep.SweepBackendOptions;
import org.evwb.core.solve.sweep.SweepBackends;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrids;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.solve.sweep.SweepTable;
import org.evwb.core.solve.sweep.SweepTables;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.chart.TableExport;
import org.jfree.chart.fx.ChartViewer;

/**
 * Study ▸ Sweep…: one of the study's sweep presets, or a grid over its parameters, on the open project — the same
 * sweeps as {@code evwb sweep} ({@link StudySweeps}). Runs as a {@link BackgroundTask} with progress and Cancel (a
 * cancel keeps the finished tasks), then shows the rows table and the charts; rows export as CSV and JSON. "Run on"
 * picks the backend: this machine's threads, or a Hazelcast cluster at the address given (blank: a try-out cluster of
 * two members in this process), with the same rows.
 */
public final class StudySweepPane extends BorderPane {

    private static final int MAX_SEEDS = 100_000;

    /** What the dialog runs: a preset, or (preset null) a grid typed in. */
    record Choice(SweepPreset<?, ?> preset) {
        @Override
        public String toString() {
            return preset == null ? "Grid over the study's parameters" : preset.title();
        }
    }

    private final StudyDefinition<?, ?> study;
    private final AppState state;
    private final TaskExecutor executor;
    private final OptimizerRunner runner;
    private final ObjectMapper mapper;
    private final ChartExport chartExport;
    private final ExportDialogs exportDialogs;
    private final SweepBackends backends;
    private final ChoiceBox<Choice> source = new ChoiceBox<>();
    private final TextField grid = new TextField();
    private final TextField solvers = new TextField();
    private final TextField seeds = new TextField();
    private final TextField seed = new TextField();
    private final ChoiceBox<String> backend = new ChoiceBox<>(FXCollections.observableArrayList(SweepBackends.KNOWN));
    private final TextField cluster = new TextField();
    private final Button run = new Button("Run sweep");
    private final Button cancel = new Button("Cancel");
    private final Button exportCsv = new Button("Export CSV…");
    private final Button exportJson = new Button("Export JSON…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label description = new Label();
    private final TableView<Map<String, Object>> table = new TableView<>();
    private final TabPane results = new TabPane();
    private BackgroundTask<StudySweeps.Output> task;
    private StudySweeps.Output output;

    public StudySweepPane(StudyDefinition<?, ?> study, AppState state, TaskExecutor executor, OptimizerRunner runner,
                          ObjectMapper mapper, ChartExport chartExport, TableExport tableExport,
                          ExportDialogs exportDialogs) {
        this.study = study;
        this.state = state;
        this.executor = executor;
        this.runner = runner;
        this.mapper = mapper;
        this.chartExport = chartExport;
        this.exportDialogs = exportDialogs;
        // try-out members run this study's tasks only
        this.backends = new SweepBackends(new StudyRegistry().register(study));
        setId("study-sweep-" + study.id());
        getStyleClass().add("study-sweep");
        for (SweepPreset<?, ?> p : study.sweepPresets()) {
            source.getItems().add(new Choice(p));
        }
        source.getItems().add(new Choice(null));
        source.setId("study-sweep-source");
        grid.setId("study-sweep-grid");
        grid.setPromptText("NAME=V1,V2,…; NAME2=FROM..TO:STEP");
        solvers.setId("study-sweep-solvers");
        seeds.setId("study-sweep-seeds");
        seed.setId("study-sweep-seed");
        backend.setId("study-sweep-backend");
        backend.setValue(SweepBackends.LOCAL);
        cluster.setId("study-sweep-cluster");
        cluster.setPromptText("host:port,host:port (blank: a try-out cluster of 2 members here)");
        cluster.disableProperty().bind(backend.valueProperty().isEqualTo(SweepBackends.LOCAL));
        run.setId("study-sweep-run");
        cancel.setId("study-sweep-cancel");
        exportCsv.setId("study-sweep-export-csv");
        exportJson.setId("study-sweep-export-json");
        progress.setId("study-sweep-progress");
        status.setId("study-sweep-status");
        status.setWrapText(true);
        description.setWrapText(true);
        table.setId("study-sweep-rows");
        tableExport.install(table, study.id() + "-sweep-rows");
        source.valueProperty().addListener((o, a, c) -> choose(c));
        source.setValue(source.getItems().get(0));
        cancel.setDisable(true);
        exportCsv.setDisable(true);
        exportJson.setDisable(true);
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        exportCsv.setOnAction(e -> export(false));
        exportJson.setOnAction(e -> export(true));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Sweep"), source);
        form.addRow(1, new Label("Grid"), grid);
        form.addRow(2, new Label("Solvers"), solvers);
        form.addRow(3, new Label("Seeds per point"), seeds);
        form.addRow(4, new Label("Base seed"), seed);
        form.addRow(5, new Label("Run on"), backend);
        form.addRow(6, new Label("Cluster"), cluster);
        GridPane.setColumnSpan(description, 2);
        form.add(description, 0, 7);
        FlowPane bar = new FlowPane(6, 4, run, cancel, progress, exportCsv, exportJson);
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        results.setId("study-sweep-results");
        results.getTabs().add(new Tab("Rows", table));
        setTop(new VBox(6, form, bar, status));
        setCenter(results);
        setPrefSize(900, 640);
    }

    private void choose(Choice c) {
        boolean adHoc = c == null || c.preset() == null;
        grid.setDisable(!adHoc);
        if (adHoc) {
            solvers.setText(study.solvers().get(0).id());
            seeds.setText("1");
            seed.setText("1");
            description.setText("Each point's values go over the project's study configuration; parameters: "
                    + String.join(", ", org.evwb.core.project.RecordValues.toMap(study.parameters().defaults())
                    .keySet()));
        } else {
            SweepPreset<?, ?> p = c.preset();
            solvers.setText(String.join(", ", p.solverIds()));
            seeds.setText(Integer.toString(p.runs()));
            seed.setText(Long.toString(p.baseSeed()));
            description.setText(p.description() + " (" + p.taskCount() + " tasks)");
        }
    }

    /** Starts the sweep the form describes; null (with the reason in the status line) when the form is refused. */
    public BackgroundTask<StudySweeps.Output> start() {
        Project project = state.getProject();
        if (project == null) {
            status.setText("Open a project first");
            return null;
        }
        StudySweeps.Spec<?, ?> spec;
        SweepBackendOptions options;
        try {
            spec = spec(study, project);
            options = SweepBackendOptions.parse(cluster.getText(), SweepBackendOptions.DEFAULT_EMBEDDED_MEMBERS,
                    null);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        cancel();
        StudySweeps.Spec<?, ?> s = spec;
        String where = backend.getValue();
        // connecting (or starting try-out members) takes seconds: in the task, not on the FX thread
        BackgroundTask<StudySweeps.Output> t = BackgroundTask.of("sweep " + study.id() + " " + spec.name(),
                ctx -> {
                    try (SweepBackend b = backends.open(where, options)) {
                        return StudySweeps.run(s, b, runner, runner.carbonSettings(), ctx);
                    }
                }).seed(spec.baseSeed());
        task = t;
        progress.progressProperty().bind(t.progressProperty());
        status.setText("Sweeping " + spec.taskCount() + " tasks…");
        t.messageProperty().addListener((o, a, m) -> {
            if (t.getState() == BackgroundTask.State.RUNNING && m != null) {
                status.setText("Sweeping: " + m);
            }
        });
        t.onSuccess(out -> show(out, false))
                .onCancelledWith(out -> show(out, true))
                .onFailure(x -> ended("Sweep failed: " + x.getMessage()));
        run.setDisable(true);
        cancel.setDisable(false);
        t.executeWith(executor);
        return t;
    }

    private <I, S> StudySweeps.Spec<I, S> spec(StudyDefinition<I, S> st, Project project) {
        var config = project.studyConfig(st.id()).orElse(null);
        Choice c = source.getValue();
        StudySweeps.Spec<I, S> spec;
        if (c != null && c.preset() != null) {
            @SuppressWarnings("unchecked")
            SweepPreset<I, S> p = (SweepPreset<I, S>) c.preset();
            spec = StudySweeps.ofPreset(st, p, project, config);
        } else {
            List<String> axes = new ArrayList<>();
            for (String a : grid.getText().split(";")) {
                if (!a.isBlank()) {
                    axes.add(a.strip());
                }
            }
            spec = StudySweeps.ofGrid(st, SweepGrids.parse(st, axes), project, config);
        }
        List<String> ids = new ArrayList<>();
        for (String id : solvers.getText().split("[,\\s]+")) {
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Solvers: name at least one of " + String.join(", ",
                    st.solvers().stream().map(SolverSpec::id).toList()));
        }
        spec = spec.withSolvers(ids).withRuns(seedsPerPoint(seeds.getText())).withBaseSeed(baseSeed(seed.getText()));
        return spec;
    }

    /** Seeds per point: a whole number from 1 to {@value #MAX_SEEDS}. */
    private static int seedsPerPoint(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 1 && v <= MAX_SEEDS) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("Seeds per point: \"" + text + "\" must be a whole number from 1 to "
                + MAX_SEEDS);
    }

    private static long baseSeed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Base seed: \"" + text + "\" must be a whole number");
        }
    }

    /** Asks the running sweep to stop; it ends with the finished tasks shown. */
    public void cancel() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }

    /** The last sweep's output, or null. */
    public StudySweeps.Output output() {
        return output;
    }

    public TableView<Map<String, Object>> rowsTable() {
        return table;
    }

    /** The chart viewers on show, in the preset's order. */
    public List<ChartViewer> charts() {
        List<ChartViewer> out = new ArrayList<>();
        for (Tab t : results.getTabs()) {
            if (t.getContent() instanceof ChartViewer v) {
                out.add(v);
            }
        }
        return out;
    }

    private void ended(String message) {
        progress.progressProperty().unbind();
        run.setDisable(false);
        cancel.setDisable(true);
        status.setText(message);
    }

    private void show(StudySweeps.Output out, boolean cancelled) {
        if (out == null) {
            ended("Sweep cancelled before any task finished");
            return;
        }
        output = out;
        long feasible = out.rows().stream().filter(r -> r.feasible()).count();
        ended((cancelled ? "Cancelled: kept " : "Done: ") + out.result().finishedTasks() + " of "
                + out.result().tasks() + " tasks, " + out.rows().size() + " runs, " + feasible
                + " feasible by the checker");
        progress.setProgress(cancelled ? progress.getProgress() : 1);
        SweepTable rows = out.table(SweepTable.ROWS).orElseThrow();
        table.getColumns().setAll(columns(rows));
        table.setItems(FXCollections.observableArrayList(rows.rows()));
        results.getTabs().retainAll(results.getTabs().get(0));
        for (SweepChart c : out.charts()) {
            ChartViewer v = new ChartViewer(SweepChartRenderer.render(c, out.tables()));
            v.setId("study-sweep-chart-" + c.id());
            chartExport.install(v, study.id() + "-" + c.id());
            results.getTabs().add(new Tab(c.title(), v));
        }
        exportCsv.setDisable(false);
        exportJson.setDisable(false);
    }

    /** The preset's columns first, then every other column of the rows. */
    private List<TableColumn<Map<String, Object>, Object>> columns(SweepTable rows) {
        Set<String> order = new LinkedHashSet<>();
        Choice c = source.getValue();
        if (c != null && c.preset() != null) {
            c.preset().columns().stream().filter(rows.columns()::contains).forEach(order::add);
        }
        order.addAll(rows.columns());
        List<TableColumn<Map<String, Object>, Object>> cols = new ArrayList<>();
        for (String name : order) {
            TableColumn<Map<String, Object>, Object> col = new TableColumn<>(name);
            col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().get(name)));
            cols.add(col);
        }
        return cols;
    }

    /** Writes the rows (every column) as CSV or JSON, off the FX thread. */
    private void export(boolean json) {
        StudySweeps.Output out = output;
        if (out == null) {
            return;
        }
        Window w = getScene() == null ? null : getScene().getWindow();
        String ext = json ? "json" : "csv";
        exportDialogs.chooseExportFile(w, study.id() + "-sweep-rows", ext, json ? "JSON rows" : "CSV table")
                .ifPresent(file -> writeRows(out, file, json));
    }

    /** Writes the rows to {@code file}; the task (tests wait on it). */
    BackgroundTask<Path> writeRows(StudySweeps.Output out, Path file, boolean json) {
        return BackgroundTask.of("writing sweep rows to " + file.getFileName(), ctx -> {
            String text = json ? SweepTables.toJson(out.rows(), mapper) : SweepTables.toCsv(out.rows());
            ProjectIO.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8), false);
            return file;
        }).onSuccess(f -> status.setText("Rows written to " + f))
                .onFailure(x -> {
                    status.setText("Rows not written: " + x.getMessage());
                    exportDialogs.exportFailed(getScene() == null ? null : getScene().getWindow(), file,
                            x instanceof Exception e ? e : new RuntimeException(x));
                })
                .executeWith(executor);
    }
}
