package org.evwb.ui.edge;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.ServerDay;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The task-density view, responsive at 100,000 tasks a day: a heat strip of the chosen server's day in buckets of
 * slots — tasks arriving, tasks reaching their last slot, tasks the schedule on show runs — each row shaded by its
 * share of the row's busiest bucket, with the counts in a table beside. The aggregation is one pass over the tasks
 * on the background executor; the chart draws at most {@value DensityModel#MAX_BUCKETS} × 3 cells.
 */
public final class DensityView extends BorderPane {

    static final String[] ROWS = {"run slots", "deadlines", "arrivals"};

    private final AppState state;
    private final EdgeController controller;
    private final TaskExecutor executor;
    private final DefaultXYZDataset cells = new DefaultXYZDataset();
    private final XYBlockRenderer renderer = new XYBlockRenderer();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final TableView<Integer> table = new TableView<>();
    private final Label status = new Label();
    private DensityModel model;
    private BackgroundTask<DensityModel> current;
    private volatile boolean lastBuiltOnFxThread;
    private int builds;

    public DensityView(AppState state, EdgeController controller, TaskExecutor executor, ChartExport chartExport,
                       TableExport tableExport, Subscriptions subscriptions) {
        this.state = state;
        this.controller = controller;
        this.executor = executor;
        getStyleClass().add("edge-density");
        LookupPaintScale scale = new LookupPaintScale(0, 1.0001, Color.WHITE);
        for (int k = 0; k < 10; k++) {
            float v = k / 9f;
            scale.add(k / 10.0, new Color(1f - 0.8f * v, 1f - 0.55f * v, 1f - 0.2f * v));
        }
        renderer.setPaintScale(scale);
        SymbolAxis rows = new SymbolAxis(null, ROWS);
        NumberAxis time = new NumberAxis("Time of day [h]");
        time.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(cells, time, rows, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart = new JFreeChart("Task density", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("share of the row's busiest bucket"));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(4, 40, 4, 40);
        chart.addSubtitle(legend);
        viewer = new ChartViewer(chart);
        viewer.setId("edge-density-viewer");
        viewer.setPrefSize(900, 260);
        viewer.setMinHeight(220);
        chartExport.install(viewer, "edge-task-density");
        table.setId("edge-density-table");
        table.getColumns().add(col("From", b -> clock(b * model.bucketHours())));
        table.getColumns().add(col("To", b -> clock((b + 1) * model.bucketHours())));
        table.getColumns().add(col("Arrivals", b -> Integer.toString(model.arrivals()[b])));
        table.getColumns().add(col("Deadlines", b -> Integer.toString(model.deadlines()[b])));
        table.getColumns().add(col("Run", b -> Integer.toString(model.runs()[b])));
        table.setPrefHeight(200);
        tableExport.install(table, "edge-task-density");
        status.setId("edge-density-status");
        controller.shownProperty().addListener((o, a, b) -> rebuild());
        subscriptions.listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> rebuild());
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(new VBox(6, viewer, status, table));
        rebuild();
    }

    private TableColumn<Integer, String> col(String title, java.util.function.IntFunction<String> f) {
        TableColumn<Integer, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(model == null ? "" : f.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String clock(double hours) {
        long m = Math.round(hours * 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    /** The server the view shows: the edge server selected, else the first of the schedule on show. */
    private ServerDay chosen(EdgeShown s) {
        String id = state.getSelection().stream().filter(r -> r.kind() == EntityKind.EDGE_SERVER)
                .map(EntityRef::id).findFirst().orElse(null);
        List<ServerDay> days = s.instance().servers();
        return days.stream().filter(d -> d.server().id().equals(id)).findFirst()
                .orElse(days.isEmpty() ? null : days.get(0));
    }

    /** Aggregates the chosen server's day off the FX thread, then draws it; returns the task (null: nothing). */
    BackgroundTask<DensityModel> rebuild() {
        EdgeShown s = controller.shown();
        ServerDay day = s == null ? null : chosen(s);
        if (current != null) {
            current.cancel();
            current = null;
        }
        if (day == null) {
            show(null, null);
            return null;
        }
        EdgeSchedule.ServerSchedule ss = s.server(day.server().id());
        double h = s.instance().hoursPerSlot();
        status.setText("Aggregating " + day.tasks().size() + " tasks…");
        BackgroundTask<DensityModel> task = BackgroundTask.of("edge task density", ctx -> {
            lastBuiltOnFxThread = Platform.isFxApplicationThread();
            return DensityModel.of(day, ss, h);
        });
        current = task;
        task.onSuccess(m -> {
            if (task == current) {
                builds++;
                show(m, s);
                current = null;
            }
        }).onFailure(t -> {
            if (task == current) {
                status.setText("Cannot aggregate the tasks: " + t.getMessage());
                current = null;
            }
        });
        return task.executeWith(executor);
    }

    private void show(DensityModel m, EdgeShown s) {
        model = m;
        while (cells.getSeriesCount() > 0) {
            cells.removeSeries(cells.getSeriesKey(0));
        }
        table.getItems().clear();
        if (m == null) {
            chart.setTitle("Task density — nothing on show");
            status.setText("");
            return;
        }
        int b = m.buckets();
        double[] x = new double[3 * b];
        double[] y = new double[3 * b];
        double[] z = new double[3 * b];
        int[][] rows = {m.runs(), m.deadlines(), m.arrivals()};
        for (int r = 0; r < 3; r++) {
            int max = DensityModel.max(rows[r]);
            for (int k = 0; k < b; k++) {
                int i = r * b + k;
                x[i] = (k + 0.5) * m.bucketHours();
                y[i] = r;
                z[i] = rows[r][k] / (double) max;
            }
        }
        renderer.setBlockWidth(m.bucketHours());
        renderer.setBlockHeight(0.9);
        cells.addSeries("density", new double[][] {x, y, z});
        java.util.List<Integer> idx = new java.util.ArrayList<>(b);
        for (int k = 0; k < b; k++) {
            idx.add(k);
        }
        table.getItems().setAll(idx);
        chart.setTitle("Task density: " + m.serverId() + ", " + m.tasks() + " tasks in " + b + " buckets of "
                + m.slotsPerBucket() + " slot(s)");
        status.setText("Showing: " + s.source() + (m.scheduled() ? "" : " (no schedule: arrivals and deadlines)")
                + "; peak " + DensityModel.max(m.arrivals()) + " arrivals, " + DensityModel.max(m.runs())
                + " run per bucket");
    }

    DensityModel model() {
        return model;
    }

    /** How many aggregations have been drawn (tests wait on it). */
    public int buildCount() {
        return builds;
    }

    /** True when the last aggregation ran on the FX thread (it never should). */
    public boolean lastBuiltOnFxThread() {
        return lastBuiltOnFxThread;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public TableView<Integer> table() {
        return table;
    }

    void cancel() {
        if (current != null) {
            current.cancel();
        }
    }
}
