package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.edit.RemoveEntities;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayQuboTerms;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.platform.RunEntry;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The motorway study's charts, each exportable: QUBO size vs number of EMVs (paper Fig. 11), unresolved conflicts
 * over reads per solver (Figs. 9, 10, 12) and QAOA probability per energy level for p = 1…5 (Fig. 13). The last two
 * read the QUBO statistics (a {@link QuboRunStats}: reads per number of unresolved constraints, QAOA energy levels) of
 * the project's motorway runs from their typed schedules in the app state; a run without them is skipped and the chart
 * says "no per-read data".
 */
public final class MotorwayChartsView extends ScrollPane {

    private final MotorwayController controller;
    private final TaskExecutor executor;
    private final XYSeriesCollection quboSizes = new XYSeriesCollection();
    private final DefaultCategoryDataset conflicts = new DefaultCategoryDataset();
    private final XYSeriesCollection qaoa = new XYSeriesCollection();
    private final JFreeChart conflictsChart;
    private final JFreeChart qaoaChart;
    private final Label note = new Label();
    private BackgroundTask<List<XYSeries>> sizing;

    public MotorwayChartsView(MotorwayController controller, TaskExecutor executor, ChartExport export,
                              Subscriptions subscriptions) {
        this.controller = controller;
        this.executor = executor;
        getStyleClass().add("motorway-charts");
        JFreeChart size = ChartFactory.createXYLineChart("QUBO size vs number of EMVs (GCM)", "EMVs",
                "count", quboSizes, PlotOrientation.VERTICAL, true, true, false);
        conflictsChart = ChartFactory.createBarChart("Unresolved conflicts over reads", "unresolved conflicts",
                "reads", conflicts, PlotOrientation.VERTICAL, true, true, false);
        qaoaChart = ChartFactory.createXYLineChart("QAOA probability per energy level", "energy",
                "probability", qaoa, PlotOrientation.VERTICAL, true, true, false);
        VBox box = new VBox(8, viewer(size, export, "motorway-qubo-size"),
                viewer(conflictsChart, export, "motorway-conflicts-histogram"),
                viewer(qaoaChart, export, "motorway-qaoa-levels"), note);
        setContent(box);
        setFitToWidth(true);
        controller.evaluationProperty().addListener((o, a, b) -> computeSizes(b));
        subscriptions.listen(controller.state().getRuns(), (ListChangeListener<RunEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.resultProperty().addListener((x, y, z) -> refreshRuns()));
            }
            refreshRuns();
        });
        controller.state().getRuns().forEach(r -> r.resultProperty().addListener((x, y, z) -> refreshRuns()));
        refreshRuns();
    }

    private static ChartViewer viewer(JFreeChart chart, ChartExport export, String name) {
        ChartViewer v = new ChartViewer(chart);
        v.setPrefSize(700, 300);
        v.setMinHeight(260);
        export.install(v, name);
        return v;
    }

    public XYSeriesCollection quboSizes() {
        return quboSizes;
    }

    public DefaultCategoryDataset conflictHistogram() {
        return conflicts;
    }

    /** Per-read conflict counts and QAOA levels from the project's finished motorway runs. */
    void refreshRuns() {
        conflicts.clear();
        qaoa.removeAllSeries();
        int withReads = 0;
        for (RunEntry r : controller.state().getRuns()) {
            if (r.report() == null || !MotorwayStudy.ID.equals(r.report().study())) {
                continue;
            }
            QuboRunStats stats = r.result().solutionAs(MotorwaySchedule.class).map(MotorwaySchedule::quboStats)
                    .orElse(null);
            if (stats == null) {
                continue;
            }
            if (!stats.readsByUnresolved().isEmpty()) {
                withReads++;
                String solver = r.report().solver() + " · seed " + r.report().seed();
                for (QuboRunStats.UnresolvedCount c : stats.readsByUnresolved()) {
                    conflicts.addValue(c.reads(), solver, Integer.valueOf(c.unresolved()));
                }
            }
            if (stats.qaoa() != null) {
                String key = "p = " + stats.qaoa().layers() + " · seed " + r.report().seed();
                XYSeries s = new XYSeries(key);
                stats.qaoa().levels().forEach(l -> s.addOrUpdate(l.energy(), l.probability()));
                if (qaoa.getSeriesIndex(key) >= 0) {
                    qaoa.removeSeries(qaoa.getSeriesIndex(key));
                }
                qaoa.addSeries(s);
            }
        }
        conflictsChart.setTitle(withReads == 0 ? "Unresolved conflicts over reads — no per-read data"
                : "Unresolved conflicts over reads (" + withReads + " run(s))");
        qaoaChart.setTitle(qaoa.getSeriesCount() == 0 ? "QAOA probability per energy level — no QAOA runs"
                : "QAOA probability per energy level");
    }

    /** QUBO sizes for the first k EMVs of the project and for generated instances (background). */
    private void computeSizes(MotorwayEvaluation ev) {
        if (ev == null) {
            return;
        }
        if (sizing != null) {
            sizing.cancel();
        }
        StudyDefinition<MotorwayInstance, MotorwaySchedule> study = MotorwayEvaluator.motorwayStudy(
                controller.studies());
        Project p = ev.project();
        sizing = BackgroundTask.of("QUBO sizes for the motorway charts", ctx -> sizes(study, p, ctx::isCancelled))
                .onSuccess(series -> {
                    quboSizes.removeAllSeries();
                    series.forEach(quboSizes::addSeries);
                })
                .onFailure(t -> note.setText("QUBO sizes: " + t.getMessage()))
                .executeWith(executor);
    }

    /** Stops the sizing in progress (the views are going away). */
    void cancel() {
        if (sizing != null) {
            sizing.cancel();
        }
    }

    static List<XYSeries> sizes(StudyDefinition<MotorwayInstance, MotorwaySchedule> study, Project p,
                                java.util.function.BooleanSupplier cancelled) throws Exception {
        XYSeries vars = new XYSeries("variables (this project, first k EMVs)");
        XYSeries couplers = new XYSeries("quadratic terms (this project)");
        StudyConfig config = MotorwayEvaluator.config(p);
        List<Vehicle> emvs = p.fleet().vehicles().stream().filter(v -> v.trip() != null).toList();
        for (int k = 1; k <= emvs.size() && !cancelled.getAsBoolean(); k++) {
            Project first = RemoveEntities.of(p, emvs.subList(k, emvs.size()).stream().map(Vehicle::ref).toList())
                    .apply(p);
            MotorwayQuboTerms t = MotorwayQuboTerms.gcm(study.buildInstance(first, config));
            vars.add(k, t.variableCount());
            couplers.add(k, t.terms().stream().filter(x -> x.order() == 2).count());
        }
        XYSeries gen = new XYSeries("variables (generated, paper §4.2 ranges)");
        MotorwayGenerator g = new MotorwayGenerator();
        for (int n = 3; n <= 33 && !cancelled.getAsBoolean(); n += 5) {
            Project q = g.generate(MotorwayGenerator.Parameters.DEFAULT.withSizes(n, 4, 10, 6), 1).project();
            gen.add(n, MotorwayQuboTerms.gcm(study.buildInstance(q, null)).variableCount());
        }
        return List.of(vars, couplers, gen);
    }
}
