package org.evwb.ui.exchange;

import java.lang.reflect.RecordComponent;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.SweepRows;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Paper 000's sweeps from the UI: a dialog picks the preset, the sweep runs in the background on all cores with
 * progress and Cancel, then the four charts (Figs. 4–7, filterable by N_BS) and the rows as tables. Charts export as
 * PNG/SVG/PDF, tables as CSV (right-click).
 */
public final class SweepView extends BorderPane {

    private static final String ALL = "all N_BS";

    private final StudyContext ctx;
    private final ExchangeStudy study;
    private final Button newSweep = new Button("New sweep…");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("No sweep yet: press New sweep…");
    private final Label rule = new Label(RuleNote.of(ExchangeSweep.Settings.paper(1).params()));
    private final ChoiceBox<String> bsFilter = new ChoiceBox<>();
    private final ChartViewer[] charts = new ChartViewer[4];
    private final TableView<SweepRows.AlgorithmRow> algorithmTable = recordTable(SweepRows.AlgorithmRow.class);
    private final TableView<SweepRows.EdgeRow> edgeTable = recordTable(SweepRows.EdgeRow.class);
    private BackgroundTask<ExchangeSweep.Result> task;
    private ExchangeSweep.Result result;

    public SweepView(StudyContext ctx, ExchangeStudy study) {
        this.ctx = ctx;
        this.study = study;
        getStyleClass().add("sweep-view");
        String[] names = {"exchange-fig4-co2-time", "exchange-fig5-flows", "exchange-fig6-utilities",
            "exchange-fig7-edge-time"};
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dashboard-grid");
        for (int i = 0; i < 4; i++) {
            charts[i] = new ChartViewer(null);
            charts[i].setPrefSize(480, 300);
            charts[i].getStyleClass().add("sweep-chart");
            charts[i].setId("sweep-chart-" + (i + 4));
            grid.add(charts[i], i % 2, i / 2);
            ctx.chartExport().install(charts[i], names[i]);
        }
        ctx.tableExport().install(algorithmTable, "exchange-sweep-algorithms");
        ctx.tableExport().install(edgeTable, "exchange-sweep-edge");
        algorithmTable.setId("sweep-algorithm-table");
        edgeTable.setId("sweep-edge-table");
        TabPane lower = new TabPane(new Tab("Algorithm runs", algorithmTable), new Tab("Edge tasks", edgeTable));
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.setPrefHeight(220);
        newSweep.setId("sweep-new");
        cancel.setId("sweep-cancel");
        progress.setId("sweep-progress");
        progress.getStyleClass().add("sweep-progress");
        status.setId("sweep-status");
        status.getStyleClass().add("teaching-status");
        bsFilter.setId("sweep-bs-filter");
        bsFilter.getItems().add(ALL);
        bsFilter.setValue(ALL);
        bsFilter.valueProperty().addListener((o, a, b) -> redraw());
        cancel.setDisable(true);
        newSweep.setOnAction(e -> SweepDialog.ask(getScene() == null ? null : getScene().getWindow(), study)
                .ifPresent(this::start));
        cancel.setOnAction(e -> cancel());
        FlowPane bar = new FlowPane(6, 4, newSweep, cancel, progress, new Label("Charts for"), bsFilter, status);
        bar.getStyleClass().add("teaching-toolbar");
        rule.setId("sweep-rule-note");
        rule.getStyleClass().add("chart-caption");
        rule.setWrapText(true);
        setTop(new javafx.scene.layout.VBox(bar, rule));
        ScrollPane scroll = new ScrollPane(new javafx.scene.layout.VBox(6, grid, lower));
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** Starts a sweep in the background (one at a time). */
    public BackgroundTask<ExchangeSweep.Result> start(ExchangeSweep.Settings settings) {
        cancel();
        BackgroundTask<ExchangeSweep.Result> t = BackgroundTask.of("exchange sweep (paper 000, Figs. 4–7)",
                c -> new ExchangeSweep(study, ctx.runner()).run(settings, c)).seed(settings.baseSeed());
        task = t;
        rule.setText(RuleNote.of(settings.params()));
        int scenarios = settings.evCounts().size() * settings.bsCounts().size() * settings.runs();
        progress.progressProperty().bind(t.progressProperty());
        status.setText("Sweeping " + scenarios + " scenarios on all cores…");
        t.messageProperty().addListener((o, a, m) -> {
            if (!t.isDone() && t.getState() == BackgroundTask.State.RUNNING) {
                status.setText("Sweeping: " + m);
            }
        });
        t.onSuccess(this::done)
                .onCancelled(() -> ended("Sweep cancelled"))
                .onFailure(x -> ended("Sweep failed: " + x.getMessage()));
        newSweep.setDisable(true);
        cancel.setDisable(false);
        t.executeWith(ctx.executor());
        return t;
    }

    /** Asks the running sweep to stop; it ends CANCELLED as soon as its workers notice. */
    public void cancel() {
        if (task != null && !task.isDone()) { // also before the executor has picked it up
            task.cancel();
        }
    }

    /** The line naming the acceptability rule and p_cpu the sweep runs with, with why. */
    public Label ruleNote() {
        return rule;
    }

    public ExchangeSweep.Result result() {
        return result;
    }

    public TableView<SweepRows.AlgorithmRow> algorithmTable() {
        return algorithmTable;
    }

    public TableView<SweepRows.EdgeRow> edgeTable() {
        return edgeTable;
    }

    ChartViewer chart(int figure) {
        return charts[figure - 4];
    }

    private void ended(String message) {
        progress.progressProperty().unbind();
        newSweep.setDisable(false);
        cancel.setDisable(true);
        status.setText(message);
    }

    private void done(ExchangeSweep.Result r) {
        if (r == null) {
            ended("Sweep cancelled");
            return;
        }
        result = r;
        ended(r.algorithmRows().size() + " algorithm runs, " + r.edgeRows().size() + " edge tasks");
        progress.setProgress(1);
        algorithmTable.setItems(FXCollections.observableArrayList(r.algorithmRows()));
        edgeTable.setItems(FXCollections.observableArrayList(r.edgeRows()));
        String keep = bsFilter.getValue();
        bsFilter.getItems().setAll(ALL);
        r.algorithmRows().stream().map(SweepRows.AlgorithmRow::bss).distinct().sorted()
                .forEach(n -> bsFilter.getItems().add("N_BS = " + n));
        bsFilter.setValue(bsFilter.getItems().contains(keep) ? keep : ALL);
        redraw();
    }

    private void redraw() {
        if (result == null) {
            return;
        }
        String f = bsFilter.getValue();
        Integer bs = f == null || f.equals(ALL) ? null : Integer.valueOf(f.substring(f.indexOf('=') + 1).trim());
        List<SweepRows.AlgorithmRow> rows = result.algorithmRows().stream()
                .filter(r -> bs == null || r.bss() == bs).toList();
        List<SweepRows.EdgeRow> edges = result.edgeRows().stream().filter(r -> bs == null || r.bss() == bs).toList();
        JFreeChart[] c = {SweepCharts.fig4(rows), SweepCharts.fig5(rows), SweepCharts.fig6(rows),
            SweepCharts.fig7(edges)};
        for (int i = 0; i < 4; i++) {
            charts[i].setChart(c[i]);
        }
    }

    /** A table with one column per record component, headed by the component's name (the CSV header). */
    static <T extends Record> TableView<T> recordTable(Class<T> type) {
        TableView<T> t = new TableView<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            TableColumn<T, Object> col = new TableColumn<>(rc.getName());
            col.setCellValueFactory(x -> {
                try {
                    return new ReadOnlyObjectWrapper<>(rc.getAccessor().invoke(x.getValue()));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.getColumns().add(col);
        }
        return t;
    }
}
