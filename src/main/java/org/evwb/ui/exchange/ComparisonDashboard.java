package org.evwb.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.evwb.core.Figures;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.PenaltySweep;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.ComparisonReportExport;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The algorithm comparison for the lecture: every solver the registry has for {@code exchange} run on the open
 * instance through the runs panel (so each run is checked, timed and saved like any other), then one bar chart per
 * measure — social welfare, gap to the optimum, blocking pairs, wall time, compute CO2 (an estimate) — with the
 * algorithms side by side, the QUBO size, and the penalty sweep that shows why P matters.
 */
public final class ComparisonDashboard extends BorderPane {

    /** The measures, in chart order: objective key or report field, chart title, axis label. */
    enum Measure {
        SW("socialWelfare", "Social welfare", "SW"),
        GAP("socialWelfareGapToOptimal", "Gap to the optimum", "SW gap"),
        BLOCKING("blockingPairs", "Blocking pairs", "pairs"),
        TIME("wallMillis", "Run time", "wall time [ms]"),
        CO2("co2Grams", "Compute CO2 (estimate)", "CO2 [g], estimate"),
        QUBO("quboVariables", "QUBO size", "count");

        final String key;
        final String title;
        final String axis;

        Measure(String key, String title, String axis) {
            this.key = key;
            this.title = title;
            this.axis = axis;
        }
    }

    private final StudyContext ctx;
    private final Map<Measure, DefaultCategoryDataset> data = new LinkedHashMap<>();
    private final Map<String, RunReport> reports = new LinkedHashMap<>();
    private final TableView<RunReport> table = new TableView<>();
    private final Button run = new Button("Run all algorithms");
    private final Button penalty = new Button("Penalty sweep");
    private final Button report = new Button("Export report…");
    private final Label status = new Label();
    private final PenaltySweepChart penaltyChart;
    private ExchangeSession session;
    private int pending;
    private BackgroundTask<PenaltySweep.Result> penaltyTask;

    public ComparisonDashboard(StudyContext ctx) {
        this.ctx = ctx;
        getStyleClass().add("comparison-dashboard");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dashboard-grid");
        int i = 0;
        for (Measure m : Measure.values()) {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            data.put(m, ds);
            JFreeChart chart = ChartFactory.createBarChart(m.title, null, m.axis, ds, PlotOrientation.VERTICAL,
                    m == Measure.QUBO || m == Measure.TIME, true, false);
            if (m == Measure.TIME) {
                // milliseconds to seconds, and the QPU reference bar beside them
                LogAxis log = new LogAxis(m.axis + ", log scale");
                log.setSmallestValue(1e-3);
                ((CategoryPlot) chart.getPlot()).setRangeAxis(log);
            }
            ChartViewer v = new ChartViewer(chart);
            v.setPrefSize(330, 230);
            v.getStyleClass().add("dashboard-chart");
            ctx.chartExport().install(v, "exchange-" + m.name().toLowerCase(Locale.ROOT));
            grid.add(v, i % 3, i / 3);
            i++;
        }
        penaltyChart = new PenaltySweepChart();
        ctx.chartExport().install(penaltyChart.viewer(), "exchange-penalty-sweep");
        grid.add(penaltyChart.viewer(), 0, 2, 2, 1);
        Label compute = new Label(QpuReference.CAPTION);
        compute.getStyleClass().add("chart-caption");
        compute.setWrapText(true);
        compute.setId("dash-compute-caption");
        Label why = new Label("Penalty sweep: below the largest pair gain a double match pays, so few reads end as "
                + "a matching; far above it the annealer's landscape gets rugged. The study's default is just above "
                + "the largest gain (1.01 ×).");
        why.getStyleClass().add("chart-caption");
        why.setWrapText(true);
        why.setMaxWidth(320);
        grid.add(why, 2, 2);
        columns();
        clearCharts();
        ctx.tableExport().install(table, "exchange-comparison");
        table.setId("dash-table");
        table.setPrefHeight(170);
        run.setId("dash-run");
        penalty.setId("dash-penalty");
        status.setId("dash-status");
        status.getStyleClass().add("teaching-status");
        run.setOnAction(e -> runAll());
        penalty.setOnAction(e -> runPenaltySweep());
        report.setId("dash-report");
        report.setOnAction(e -> exportReport());
        FlowPane bar = new FlowPane(6, 4, run, penalty, report, status);
        bar.getStyleClass().add("teaching-toolbar");
        setTop(bar);
        ScrollPane scroll = new ScrollPane(new VBox(6, compute, grid, table));
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    public void setSession(ExchangeSession s) {
        session = s;
        reports.clear();
        clearCharts();
        table.getItems().clear();
        penaltyChart.clear();
        run.setDisable(s == null);
        penalty.setDisable(s == null);
        status.setText(s == null ? "No exchange instance" : "");
    }

    /** The solver ids of the exchange study, in registry order (the QUBO samplers included). */
    List<String> solverIds() {
        return ctx.studies().study(ExchangeStudy.ID).map(d -> d.solvers().stream()
                .map(SolverSpec::id).toList()).orElse(List.of());
    }

    /** Runs every exchange solver with its defaults, seed 1, through the runs panel; returns the entries. */
    public List<RunEntry> runAll() {
        List<RunEntry> started = new ArrayList<>();
        if (session == null) {
            return started;
        }
        reports.clear();
        clearCharts();
        table.getItems().clear();
        var study = ctx.studies().study(ExchangeStudy.ID).orElseThrow();
        pending = 0;
        for (var spec : study.solvers()) {
            pending++;
            RunEntry e = ctx.runs().start(new RunRequest(ExchangeStudy.ID, spec.id(), spec.defaults(), 1, null));
            if (e.result() != null) {
                add(e.result().report()); // an executor that runs the work before start returns
            } else {
                e.resultProperty().addListener((o, a, r) -> {
                    if (r != null) {
                        add(r.report());
                    }
                });
            }
            started.add(e);
        }
        if (pending > 0) {
            run.setDisable(true);
            status.setText("Running " + pending + " algorithms on the same instance…");
        }
        return started;
    }

    /** Empty bars, but for the QPU reference on the run-time chart (paper 002's access time, labelled as such). */
    private void clearCharts() {
        data.values().forEach(DefaultCategoryDataset::clear);
        data.get(Measure.TIME).setValue(QpuReference.QPU_ACCESS_SECONDS * 1000, QPU_SERIES, QPU_COLUMN);
    }

    static final String QPU_SERIES = "reference (not a run)";
    static final String QPU_COLUMN = "D-Wave QPU access (paper 002)";

    private void add(RunReport r) {
        reports.put(r.solver(), r);
        table.getItems().add(r);
        Map<String, Double> o = r.objectives();
        for (Measure m : Measure.values()) {
            double v = switch (m) {
                case TIME -> r.wallSeconds() * 1000;
                case CO2 -> r.computeCarbon() == null ? Double.NaN : r.computeCarbon().co2Kg() * 1000;
                default -> o.getOrDefault(m.key, Double.NaN);
            };
            if (m == Measure.QUBO) {
                if (r.solver().equals(firstSolver())) {   // the instance's QUBO: same for every algorithm
                    data.get(m).setValue(o.getOrDefault("quboVariables", Double.NaN), "variables", "QUBO");
                    data.get(m).setValue(o.getOrDefault("quboCouplers", Double.NaN), "couplers", "QUBO");
                }
            } else {
                data.get(m).setValue(v, m.axis, r.solver());
            }
        }
        pending--;
        if (pending <= 0) {
            run.setDisable(session == null);
            status.setText(reports.size() + " algorithms compared (CO2 is the SPEC §1 estimate from CPU and wall "
                    + "time)");
        }
    }

    private String firstSolver() {
        List<String> ids = solverIds();
        return ids.isEmpty() ? "" : ids.get(0);
    }

    /** P as multiples of the largest gain, up to 8× so the slow rise of the feasible share shows. */
    static final List<Double> PENALTY_FACTORS = List.of(0.1, 0.25, 0.5, 0.75, 0.9, 1.01, 1.5, 2.0, 4.0, 8.0);

    /**
     * The classroom sweep anneals with the engine's own (bias-derived) temperature range, not the study's
     * {@code anneal} range from P: with it a double match that costs little more than P − gain is still accepted when
     * P is just above the largest gain, which is exactly what students should see.
     */
    static final PenaltySweep.Sampling CLASSROOM_SAMPLING = PenaltySweep.Sampling.anneal(100, 1000, false);

    /** Runs the penalty sweep on the open instance in the background; returns the task. */
    public BackgroundTask<PenaltySweep.Result> runPenaltySweep() {
        if (session == null) {
            return null;
        }
        var in = session.instance();
        penalty.setDisable(true);
        cancel();
        penaltyTask = BackgroundTask.of("exchange penalty sweep", c -> new PenaltySweep(CLASSROOM_SAMPLING).run(in,
                        PenaltySweep.timesMaxGain(in, PENALTY_FACTORS), c))
                .onSuccess(penaltyChart::show)
                .onFailure(t -> status.setText("Penalty sweep failed: " + t.getMessage()))
                .onDone(() -> penalty.setDisable(session == null));
        return penaltyTask.executeWith(ctx.executor());
    }

    /** The algorithms compared as a PDF or HTML report, one row per run, written in the background. */
    public java.util.Optional<BackgroundTask<java.util.List<java.nio.file.Path>>> exportReport() {
        return ComparisonReportExport.export(ctx, ExchangeStudy.ID, reports.values());
    }

    /** Stops the penalty sweep in progress (the views are going away). */
    void cancel() {
        if (penaltyTask != null) {
            penaltyTask.cancel();
        }
    }

    /** The reports shown, by solver id. */
    public Map<String, RunReport> reports() {
        return reports;
    }

    /** The bars of one measure: row = series, column = algorithm. */
    DefaultCategoryDataset dataset(Measure m) {
        return data.get(m);
    }

    PenaltySweepChart penaltyChart() {
        return penaltyChart;
    }

    private void columns() {
        table.getColumns().add(col("Algorithm", RunReport::solver));
        table.getColumns().add(col("Feasible", r -> r.feasible() ? "yes" : "NO"));
        table.getColumns().add(objective("socialWelfare"));
        table.getColumns().add(objective("socialWelfareGapToOptimal"));
        table.getColumns().add(objective("matchedPairs"));
        table.getColumns().add(objective("blockingPairs"));
        table.getColumns().add(col("Wall [ms]", r -> num(r.wallSeconds() * 1000)));
        table.getColumns().add(col("CPU [ms]", r -> num(r.cpuSeconds() * 1000)));
        table.getColumns().add(col("CO2 [g] (estimate)", r -> r.computeCarbon() == null ? ""
                : String.format(Locale.ROOT, "%.3g", r.computeCarbon().co2Kg() * 1000)));
        table.getColumns().add(objective("quboVariables"));
        table.getColumns().add(objective("quboCouplers"));
        // QAOA's figures, as the QUBO workbench shows them (only a qaoa run has them)
        table.getColumns().add(objective("qaoaProbabilityOptimal"));
        table.getColumns().add(objective("qaoaExpectedEnergy"));
        table.setItems(FXCollections.observableArrayList());
    }

    /** The objectives as the study declares them, the same as on the run cards and in reports. */
    private static final ObjectiveFormat FORMAT = ObjectiveFormat.of(new ExchangeStudy());

    /** A column of a named objective: header "label (unit)", value with the declared decimals. */
    private static TableColumn<RunReport, String> objective(String name) {
        return col(FORMAT.header(name), r -> {
            Double v = r.objectives().get(name);
            return v == null || v.isNaN() ? "" : FORMAT.spec(name).number(v);
        });
    }

    private static TableColumn<RunReport, String> col(String title, java.util.function.Function<RunReport, String> f) {
        TableColumn<RunReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    private static String num(Double v) {
        return v == null || v.isNaN() ? "" : Figures.fixed(v, 4); // counts and whole values without decimals
    }
}
