package org.evwb.ui.edge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.evwb.core.Figures;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.study.edge.EdgeTask;
import org.evwb.core.study.edge.ServerDay;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The per-server day chart: for the server chosen (the edge server selected anywhere in the window, or picked here)
 * and the schedule on show ({@link EdgeController#shownProperty()}), the solar input, the power drawn and the battery
 * level per slot above the utilisation per slot, on one time axis; it zooms the workbench's way (Ctrl+wheel or a drag
 * box, double-click resets) and exports PNG/SVG/PDF. A click on a slot lists the tasks run there; selecting one of
 * them marks its window and its slot on the chart. The figures are the checker's, recomputed off the FX thread.
 */
public final class DayChartView extends BorderPane {

    static final Color SOLAR = new Color(0xE6, 0xA1, 0x00);
    static final Color POWER = new Color(0xC0, 0x39, 0x2B);
    static final Color BATTERY = new Color(0x27, 0x80, 0x4A);
    static final Color LOAD = new Color(0x2E, 0x5E, 0xAA);

    private final AppState state;
    private final EdgeController controller;
    private final TaskExecutor executor;
    private final ChoiceBox<ServerDay> server = new ChoiceBox<>();
    private final Label shownLabel = new Label();
    private final Label slotLabel = new Label("Click a slot to list the tasks run there.");
    private final TableView<EdgeTask> tasks = new TableView<>();
    private final DefaultXYDataset power = new DefaultXYDataset();
    private final DefaultXYDataset battery = new DefaultXYDataset();
    private final DefaultXYDataset load = new DefaultXYDataset();
    private final XYPlot powerPlot;
    private final XYPlot loadPlot;
    private final CombinedDomainXYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final ValueMarker capacity = new ValueMarker(0);
    private DayFigures figures;
    private int selectedSlot = -1;
    private IntervalMarker windowMarker;
    private ValueMarker slotMarker;
    private boolean updating;
    private int generation;

    public DayChartView(AppState state, EdgeController controller, TaskExecutor executor, ChartExport chartExport,
                        TableExport tableExport, Subscriptions subscriptions) {
        this.state = state;
        this.controller = controller;
        this.executor = executor;
        getStyleClass().add("edge-day-chart");
        NumberAxis powerAxis = new NumberAxis("Power [W]");
        XYStepRenderer pr = new XYStepRenderer();
        pr.setSeriesPaint(0, SOLAR);
        pr.setSeriesPaint(1, POWER);
        powerPlot = new XYPlot(power, null, powerAxis, pr);
        NumberAxis batteryAxis = new NumberAxis("Battery [Wh]");
        batteryAxis.setAutoRangeIncludesZero(true);
        powerPlot.setRangeAxis(1, batteryAxis);
        powerPlot.setDataset(1, battery);
        powerPlot.mapDatasetToRangeAxis(1, 1);
        XYStepRenderer br = new XYStepRenderer();
        br.setSeriesPaint(0, BATTERY);
        br.setSeriesStroke(0, new BasicStroke(2f));
        powerPlot.setRenderer(1, br);
        XYStepRenderer lr = new XYStepRenderer();
        lr.setSeriesPaint(0, LOAD);
        loadPlot = new XYPlot(load, null, new NumberAxis("Utilisation [cores]"), lr);
        capacity.setPaint(Color.GRAY);
        capacity.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f));
        capacity.setLabel("U_max");
        loadPlot.addRangeMarker(capacity);
        NumberAxis time = new NumberAxis("Time of day [h]");
        time.setAutoRangeIncludesZero(true);
        plot = new CombinedDomainXYPlot(time);
        plot.add(powerPlot, 3);
        plot.add(loadPlot, 2);
        plot.setGap(8);
        chart = new JFreeChart("Edge server day", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        viewer = new ChartViewer(chart);
        viewer.setId("edge-day-viewer");
        viewer.setPrefSize(900, 460);
        viewer.setMinHeight(320);
        chartExport.install(viewer, "edge-day");
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                int t = slotAt(e.getX());
                if (t >= 0) {
                    selectSlot(t);
                }
            }
        });
        server.setId("edge-day-server");
        server.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerDay d) {
                return d == null ? "" : d.server().name() + " (" + d.server().id() + ")";
            }

            @Override
            public ServerDay fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        server.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                state.select(new EntityRef(EntityKind.EDGE_SERVER, b.server().id()));
                redraw();
            }
        });
        shownLabel.setId("edge-day-shown");
        slotLabel.setId("edge-slot-label");
        columns();
        tasks.setId("edge-slot-tasks");
        tasks.setPrefHeight(180);
        tasks.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tasks.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> highlight(b));
        tableExport.install(tasks, "edge-slot-tasks");
        controller.shownProperty().addListener((o, a, b) -> refresh());
        subscriptions.listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> followSelection());
        HBox bar = new HBox(8, new Label("Server:"), server, shownLabel);
        bar.getStyleClass().add("edge-toolbar");
        setTop(bar);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        setCenter(new VBox(6, viewer, slotLabel, tasks));
        refresh();
    }

    private void columns() {
        tasks.getColumns().add(col("Task", t -> Integer.toString(t.id())));
        tasks.getColumns().add(col("Arrives (slot)", t -> Integer.toString(t.arrivalSlot())));
        tasks.getColumns().add(col("Last slot", t -> figures == null ? "" : Integer.toString(
                t.lastSlot(figures.slots()))));
        tasks.getColumns().add(col("Slack k", t -> Integer.toString(t.slack())));
        tasks.getColumns().add(col("Utilisation [cores]", t -> Figures.fixed(t.utilisation(), 4)));
        tasks.getColumns().add(col("Revenue [¤]", t -> Figures.fixed(t.revenue(), 4)));
    }

    private static TableColumn<EdgeTask, String> col(String title, java.util.function.Function<EdgeTask, String> f) {
        TableColumn<EdgeTask, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    /** The schedule on show changed: new server list, figures recomputed. */
    void refresh() {
        EdgeShown s = controller.shown();
        String keep = server.getValue() == null ? selectedServerId() : server.getValue().server().id();
        List<ServerDay> days = s == null ? List.of() : s.instance().servers();
        updating = true;
        try {
            server.getItems().setAll(days);
            server.setValue(days.stream().filter(d -> d.server().id().equals(keep)).findFirst()
                    .orElse(days.isEmpty() ? null : days.get(0)));
        } finally {
            updating = false;
        }
        shownLabel.setText(s == null ? "Nothing on show yet: run a solver, or wait for the what-if"
                : "Showing: " + s.source());
        redraw();
    }

    private String selectedServerId() {
        return state.getSelection().stream().filter(r -> r.kind() == EntityKind.EDGE_SERVER).map(EntityRef::id)
                .findFirst().orElse(null);
    }

    private void followSelection() {
        String id = selectedServerId();
        if (id == null || (server.getValue() != null && server.getValue().server().id().equals(id))) {
            return;
        }
        server.getItems().stream().filter(d -> d.server().id().equals(id)).findFirst().ifPresent(server::setValue);
    }

    /** Recomputes the chosen server's figures off the FX thread, then draws them. */
    private void redraw() {
        EdgeShown s = controller.shown();
        ServerDay day = server.getValue();
        int gen = ++generation;
        if (s == null || day == null) {
            draw(null);
            return;
        }
        var ss = s.server(day.server().id());
        BackgroundTask.of("drawing the edge day chart", ctx -> DayFigures.of(s.instance(), day, ss))
                .onSuccess(f -> {
                    if (gen == generation) {
                        draw(f);
                    }
                })
                .onFailure(t -> {
                    if (gen == generation) {
                        slotLabel.setText("Cannot draw the day: " + t.getMessage());
                    }
                })
                .executeWith(executor);
    }

    private void draw(DayFigures f) {
        figures = f;
        selectedSlot = -1;
        tasks.getItems().clear();
        clearMarkers();
        for (DefaultXYDataset d : List.of(power, battery, load)) {
            while (d.getSeriesCount() > 0) {
                d.removeSeries(d.getSeriesKey(0));
            }
        }
        if (f == null) {
            chart.setTitle("Edge server day — nothing on show");
            slotLabel.setText("Click a slot to list the tasks run there.");
            return;
        }
        int n = f.slots();
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = f.hourOf(t);
        }
        power.addSeries("solar [W]", new double[][] {x, f.day().solarW().clone()});
        power.addSeries("power drawn [W]", new double[][] {x, f.powerW().clone()});
        battery.addSeries("battery [Wh]", new double[][] {x, f.batteryWh().clone()});
        load.addSeries("utilisation [cores]", new double[][] {x, f.loadCores().clone()});
        capacity.setValue(f.day().server().power().cores());
        chart.setTitle(String.format(Locale.ROOT, "%s — revenue %s, %d of %d tasks run", f.day().server().name(),
                Figures.fixed(f.revenue(), 3), f.tasksRun(), f.day().tasks().size()));
        slotLabel.setText("Click a slot to list the tasks run there.");
    }

    /** Lists the tasks run in slot {@code t} and marks the slot. */
    public void selectSlot(int t) {
        if (figures == null || t < 0 || t >= figures.slots()) {
            return;
        }
        selectedSlot = t;
        EdgeTask[] in = figures.tasksIn(t);
        tasks.getItems().setAll(in);
        slotLabel.setText(String.format(Locale.ROOT, "Slot %d (%s): %d task(s) run, load %s cores, power %s W, "
                + "solar %s W, battery %s Wh at its end", t, figures.clock(t), in.length,
                Figures.fixed(figures.loadCores()[t], 3), Figures.fixed(figures.powerW()[t], 1),
                Figures.fixed(figures.day().solarW()[t], 1), Figures.fixed(figures.batteryWh()[t], 1)));
        highlight(null);
    }

    /** Marks the task's window [a, last slot] and the slot it runs in; null marks only the selected slot. */
    private void highlight(EdgeTask task) {
        clearMarkers();
        if (figures == null || selectedSlot < 0) {
            return;
        }
        double h = figures.hoursPerSlot();
        slotMarker = new ValueMarker(figures.hourOf(selectedSlot) + h / 2, new Color(0x1F, 0x4E, 0x9A),
                new BasicStroke(1.5f));
        if (task != null) {
            windowMarker = new IntervalMarker(figures.hourOf(task.arrivalSlot()),
                    figures.hourOf(task.lastSlot(figures.slots()) + 1));
            windowMarker.setPaint(new Color(255, 165, 0, 90));
            windowMarker.setLabel("task " + task.id());
        }
        for (XYPlot p : List.of(powerPlot, loadPlot)) {
            if (windowMarker != null) {
                p.addDomainMarker(windowMarker, Layer.BACKGROUND);
            }
            p.addDomainMarker(slotMarker, Layer.FOREGROUND);
        }
    }

    private void clearMarkers() {
        for (XYPlot p : List.of(powerPlot, loadPlot)) {
            p.clearDomainMarkers();
        }
        windowMarker = null;
        slotMarker = null;
    }

    /** The slot under an x of the chart canvas, or -1 outside the data area. */
    private int slotAt(double canvasX) {
        Rectangle2D area = dataArea();
        if (figures == null || area == null || canvasX < area.getMinX() || canvasX > area.getMaxX()) {
            return -1;
        }
        double hour = plot.getDomainAxis().java2DToValue(canvasX, area, plot.getDomainAxisEdge());
        return hour < 0 ? -1 : figures.slotAt(hour);
    }

    private Rectangle2D dataArea() {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null || info.getPlotInfo().getSubplotCount() == 0) {
            return null;
        }
        return info.getPlotInfo().getSubplotInfo(0).getDataArea();
    }

    /** The screen point of slot t's middle in the power plot (null before the chart is drawn). */
    public Point2D screenPointOfSlot(int t) {
        Rectangle2D area = dataArea();
        if (figures == null || area == null) {
            return null;
        }
        double x = plot.getDomainAxis().valueToJava2D(figures.hourOf(t) + figures.hoursPerSlot() / 2, area,
                plot.getDomainAxisEdge());
        return viewer.getCanvas().localToScreen(x, area.getCenterY());
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public TableView<EdgeTask> slotTasks() {
        return tasks;
    }

    public ChoiceBox<ServerDay> serverChoice() {
        return server;
    }

    public String shownText() {
        return shownLabel.getText();
    }

    /** The slot listed in the table, or -1. */
    public int selectedSlot() {
        return selectedSlot;
    }

    /** The selected task's window as [start h, end h), or null when no task is selected. */
    public double[] highlightedWindow() {
        return windowMarker == null ? null : new double[] {windowMarker.getStartValue(), windowMarker.getEndValue()};
    }

    /** The hour the slot marker stands at, or NaN. */
    public double highlightedSlotHour() {
        return slotMarker == null ? Double.NaN : slotMarker.getValue();
    }

    DayFigures figures() {
        return figures;
    }

    JFreeChart chart() {
        return chart;
    }
}
