package org.evwb.ui.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
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
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The methods compared (paper Figs. 12–14) over the project's finished edge runs: revenue beside the LP bound, tasks
 * run and dropped, and the gap to the bound per solver, as bar charts and a table, each exportable. The figures are
 * the runs' reports (the checker's recomputed objectives); a solver run several times shows its newest run. "Run
 * every solver" starts each of the study's solvers with its defaults through the runs panel.
 */
public final class MethodComparisonView extends BorderPane {

    private final StudyContext ctx;
    private final DefaultCategoryDataset revenue = new DefaultCategoryDataset();
    private final DefaultCategoryDataset tasks = new DefaultCategoryDataset();
    private final DefaultCategoryDataset gap = new DefaultCategoryDataset();
    private final TableView<RunReport> table = new TableView<>();
    private final Button runAll = new Button("Run every solver");
    private final Label status = new Label();
    private final Map<String, RunReport> reports = new LinkedHashMap<>();
    private final ObjectiveFormat format;

    public MethodComparisonView(StudyContext ctx, EdgeStudy study) {
        this.ctx = ctx;
        this.format = ObjectiveFormat.of(study);
        getStyleClass().add("edge-compare");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(viewer(ChartFactory.createBarChart("Revenue and the LP bound (Fig. 12)", null, "revenue [¤]",
                revenue, PlotOrientation.VERTICAL, true, true, false), "edge-compare-revenue"), 0, 0);
        grid.add(viewer(ChartFactory.createStackedBarChart("Tasks run and dropped (Fig. 13)", null, "tasks", tasks,
                PlotOrientation.VERTICAL, true, true, false), "edge-compare-tasks"), 1, 0);
        grid.add(viewer(ChartFactory.createBarChart("Gap to the LP bound (Fig. 14)", null, "gap [%]", gap,
                PlotOrientation.VERTICAL, false, true, false), "edge-compare-gap"), 0, 1);
        columns();
        table.setId("edge-compare-table");
        table.setPrefHeight(220);
        ctx.tableExport().install(table, "edge-methods-compared");
        runAll.setId("edge-compare-run");
        runAll.setOnAction(e -> runAll());
        status.setId("edge-compare-status");
        FlowPane bar = new FlowPane(6, 4, runAll, status);
        bar.getStyleClass().add("edge-toolbar");
        setTop(bar);
        ScrollPane scroll = new ScrollPane(new VBox(6, grid, table));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        ctx.subscriptions().listen(ctx.state().getRuns(), (ListChangeListener<RunEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.resultProperty().addListener((x, y, z) -> refresh()));
            }
            refresh();
        });
        ctx.state().getRuns().forEach(r -> r.resultProperty().addListener((x, y, z) -> refresh()));
        refresh();
    }

    private ChartViewer viewer(JFreeChart chart, String name) {
        ChartViewer v = new ChartViewer(chart);
        v.setId(name);
        v.setPrefSize(440, 260);
        ctx.chartExport().install(v, name);
        return v;
    }

    /** Starts every solver of the study with its defaults, seed 1; returns the entries. */
    public List<RunEntry> runAll() {
        List<RunEntry> started = new ArrayList<>();
        var study = ctx.studies().study(EdgeStudy.ID).orElseThrow();
        for (SolverSpec<?, ?> spec : study.solvers()) {
            started.add(ctx.runs().start(new RunRequest(EdgeStudy.ID, spec.id(), spec.defaults(), 1, null)));
        }
        status.setText("Started " + started.size() + " solvers on the project");
        return started;
    }

    /** Re-reads the finished edge runs of the project. */
    void refresh() {
        reports.clear();
        for (RunEntry r : ctx.state().getRuns()) {
            RunReport rep = r.report();
            if (rep != null && EdgeStudy.ID.equals(rep.study()) && !rep.objectives().isEmpty()) {
                reports.remove(rep.solver());
                reports.put(rep.solver(), rep);   // the newest run of a solver, in the order last run
            }
        }
        revenue.clear();
        tasks.clear();
        gap.clear();
        for (RunReport r : reports.values()) {
            Map<String, Double> o = r.objectives();
            revenue.setValue(o.getOrDefault("revenue", Double.NaN), "revenue", r.solver());
            revenue.setValue(o.getOrDefault("revenueBound", Double.NaN), "LP bound", r.solver());
            tasks.setValue(o.getOrDefault("tasksRun", Double.NaN), "run", r.solver());
            tasks.setValue(o.getOrDefault("tasksDropped", Double.NaN), "dropped", r.solver());
            gap.setValue(100 * o.getOrDefault("gapToBound", Double.NaN), "gap", r.solver());
        }
        table.getItems().setAll(reports.values());
        status.setText(reports.isEmpty() ? "No finished edge runs yet: run the solvers to compare them"
                : reports.size() + " solver(s) compared");
    }

    private void columns() {
        table.getColumns().add(col("Solver", RunReport::solver));
        table.getColumns().add(col("Seed", r -> Long.toString(r.seed())));
        table.getColumns().add(col("Feasible", r -> r.feasible() ? "yes" : "NO"));
        for (String key : List.of("revenue", "revenueBound", "gapToBound", "tasksRun", "tasksDropped",
                "energyWh")) {
            table.getColumns().add(col(format.header(key), r -> {
                Double v = r.objectives().get(key);
                return v == null || v.isNaN() ? "" : format.spec(key).number(v);
            }));
        }
        table.getColumns().add(col("Wall [s]", r -> Figures.fixed(r.wallSeconds(), 3)));
    }

    private static TableColumn<RunReport, String> col(String title, java.util.function.Function<RunReport, String> f) {
        TableColumn<RunReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    /** The reports compared, by solver id. */
    public Map<String, RunReport> reports() {
        return reports;
    }

    DefaultCategoryDataset revenueData() {
        return revenue;
    }

    public TableView<RunReport> table() {
        return table;
    }
}
