package org.evwb.ui.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolverSpec;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A study's solvers compared on the open project, for any study: <em>Run every solver</em> starts each of the study's
 * solvers with its defaults (seed 1) through the runs panel — so every run is checked, timed, saved and listed like
 * any other — and, as the reports arrive, one bar chart per measure with the solvers side by side and a table of the
 * same figures. Charts export as PNG/SVG/PDF, the table as CSV (right-click). A study says what to measure
 * ({@link Measure}s, {@link Column}s); a run that failed or was refused shows as such in the table, without bars.
 */
public final class SolverComparison extends BorderPane {

    /**
     * One chart: its id (for tests and export names), title, axis label and the value of a report (NaN: no bar);
     * {@code logScale} for figures that span orders of magnitude (run times).
     */
    public record Measure(String id, String title, String axis, boolean logScale, ToDoubleFunction<RunReport> value) {

        /** The value of a named objective, NaN when the report has none. */
        public static ToDoubleFunction<RunReport> objective(String name) {
            return r -> r.objectives().getOrDefault(name, Double.NaN);
        }
    }

    /** One table column: its title and the text of a report's cell. */
    public record Column(String title, Function<RunReport, String> text) {

        /**
         * A named objective as the study declares it: its header ("Total trip time (min)") and its value with the
         * declared decimals, empty when absent.
         */
        public static Column objective(ObjectiveFormat format, String name) {
            return new Column(format.header(name), r -> {
                Double v = r.objectives().get(name);
                return v == null || v.isNaN() ? "" : format.spec(name).number(v);
            });
        }

        /** A named objective printed with {@code format} (e.g. {@code "%.0f"} for counts), empty when absent. */
        public static Column objective(String title, String name, String format) {
            return new Column(title, r -> {
                Double v = r.objectives().get(name);
                return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, format, v);
            });
        }
    }

    private final StudyContext ctx;
    private final String studyId;
    private final List<Measure> measures;
    private final Map<String, DefaultCategoryDataset> data = new LinkedHashMap<>();
    private final Map<String, ChartViewer> viewers = new LinkedHashMap<>();
    private final Map<String, RunReport> reports = new LinkedHashMap<>();
    private final TableView<RunReport> table = new TableView<>();
    private final Button run = new Button("Run every solver");
    private final Button report = new Button("Export report…");
    private final Label status = new Label();
    private int pending;

    /**
     * @param idPrefix node ids and export names start with it ({@code motorway-compare})
     * @param caption  what the figures mean (e.g. that CO2 is an estimate), shown above the charts
     */
    public SolverComparison(StudyContext ctx, String studyId, String idPrefix, List<Measure> measures,
                            List<Column> columns, String caption) {
        this.ctx = ctx;
        this.studyId = studyId;
        this.measures = List.copyOf(measures);
        getStyleClass().add("solver-comparison");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        int i = 0;
        for (Measure m : this.measures) {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            data.put(m.id(), ds);
            JFreeChart chart = ChartFactory.createBarChart(m.title(), null, m.axis(), ds, PlotOrientation.VERTICAL,
                    false, true, false);
            if (m.logScale()) {
                LogAxis log = new LogAxis(m.axis() + ", log scale");
                log.setSmallestValue(1e-3);
                ((CategoryPlot) chart.getPlot()).setRangeAxis(log);
            }
            ChartViewer v = new ChartViewer(chart);
            v.setPrefSize(330, 230);
            v.setId(idPrefix + "-chart-" + m.id());
            v.getStyleClass().add("comparison-chart");
            ctx.chartExport().install(v, idPrefix + "-" + m.id());
            viewers.put(m.id(), v);
            grid.add(v, i % 3, i / 3);
            i++;
        }
        table.getColumns().add(column("Solver", RunReport::solver));
        table.getColumns().add(column("Status", r -> r.status().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Feasible", r -> r.feasible() ? "yes (checked)" : "NO"));
        for (Column c : columns) {
            table.getColumns().add(column(c.title(), c.text()));
        }
        table.getColumns().add(column("Wall [ms]", r -> String.format(Locale.ROOT, "%.1f", r.wallSeconds() * 1000)));
        table.getColumns().add(column("CPU [ms]", r -> String.format(Locale.ROOT, "%.1f", r.cpuSeconds() * 1000)));
        table.getColumns().add(column("CO2 [mg] (estimate)", r -> r.computeCarbon() == null ? ""
                : String.format(Locale.ROOT, "%.3g", r.computeCarbon().co2Kg() * 1e6)));
        table.getColumns().add(column("Error", r -> r.error() == null ? "" : r.error()));
        table.setItems(FXCollections.observableArrayList());
        table.setId(idPrefix + "-table");
        table.setPrefHeight(200);
        ctx.tableExport().install(table, idPrefix);
        run.setId(idPrefix + "-run");
        status.setId(idPrefix + "-status");
        run.setOnAction(e -> runAll());
        report.setId(idPrefix + "-report");
        report.setTooltip(new javafx.scene.control.Tooltip("The runs side by side as a PDF or HTML report"));
        report.setOnAction(e -> exportReport());
        Label why = new Label(caption);
        why.setWrapText(true);
        why.getStyleClass().add("chart-caption");
        setTop(new VBox(4, new FlowPane(6, 4, run, report, status), why));
        ScrollPane scroll = new ScrollPane(new VBox(6, grid, table));
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** Starts every solver of the study with its defaults, seed 1, through the runs panel; returns the entries. */
    public List<RunEntry> runAll() {
        List<RunEntry> started = new ArrayList<>();
        var study = ctx.studies().study(studyId).orElse(null);
        if (study == null || ctx.state().getProject() == null) {
            status.setText("No project open");
            return started;
        }
        clear();
        List<? extends SolverSpec<?, ?>> solvers = study.solvers();
        pending = solvers.size();
        run.setDisable(true);
        status.setText("Running " + pending + " solvers on the same instance…");
        for (SolverSpec<?, ?> spec : solvers) {
            RunEntry e = ctx.runs().start(new RunRequest(studyId, spec.id(), spec.defaults(), 1, null));
            started.add(e);
            if (e.result() != null) {
                add(e.result().report());   // an executor that runs the work before start returns
            } else {
                e.resultProperty().addListener((o, a, r) -> {
                    if (r != null) {
                        add(r.report());
                    }
                });
            }
        }
        return started;
    }

    /** Asks where and writes the runs shown as a comparison report (PDF or HTML) in the background. */
    public java.util.Optional<BackgroundTask<List<java.nio.file.Path>>> exportReport() {
        return ComparisonReportExport.export(ctx, studyId, reports.values());
    }

    /** Forgets the reports shown (a new project, or a new comparison). */
    public void clear() {
        reports.clear();
        data.values().forEach(DefaultCategoryDataset::clear);
        table.getItems().clear();
        status.setText("");
        run.setDisable(false);
    }

    private void add(RunReport r) {
        reports.put(r.solver(), r);
        table.getItems().add(r);
        for (Measure m : measures) {
            double v = m.value().applyAsDouble(r);
            if (Double.isFinite(v) && (!m.logScale() || v > 0)) {
                data.get(m.id()).setValue(v, m.axis(), r.solver());
            }
        }
        pending--;
        if (pending <= 0) {
            run.setDisable(false);
            long feasible = reports.values().stream().filter(RunReport::feasible).count();
            status.setText(reports.size() + " solvers compared, " + feasible + " feasible (checked)");
        }
    }

    /** The reports shown, by solver id, in the order they arrived. */
    public Map<String, RunReport> reports() {
        return reports;
    }

    /** The bars of one measure: one column per solver. */
    public DefaultCategoryDataset dataset(String measureId) {
        return data.get(measureId);
    }

    public ChartViewer chart(String measureId) {
        return viewers.get(measureId);
    }

    public TableView<RunReport> table() {
        return table;
    }

    public Label status() {
        return status;
    }

    private static TableColumn<RunReport, String> column(String title, Function<RunReport, String> f) {
        TableColumn<RunReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }
}
