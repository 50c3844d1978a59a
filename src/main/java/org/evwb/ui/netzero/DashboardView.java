package org.evwb.ui.netzero;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import org.evwb.core.study.netzero.NetzeroDashboard;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The comparison dashboard of the fleet view's instance (Fig. 14, Table VIII): grid load, cost and CO2 as bars for
 * the three strategies (the instance's grid source) and for Problem 1 under wind, PV and fossil generation, and
 * Table VIII — this project's figures beside our 7 × 30 mean and the paper's. Solved in the background whenever the
 * instance changes; every chart exports PNG/SVG/PDF and the table CSV through the platform's export.
 */
public final class DashboardView extends BorderPane {

    static final String STRATEGY = "strategy";
    static final String SOURCE = "grid source (with prosumers)";

    private final StudyContext ctx;
    private final DefaultCategoryDataset load = new DefaultCategoryDataset();
    private final DefaultCategoryDataset cost = new DefaultCategoryDataset();
    private final DefaultCategoryDataset co2 = new DefaultCategoryDataset();
    private final TableView<NetzeroDashboard.TableRow> table = new TableView<>();
    private final Label status = new Label();
    private BackgroundTask<NetzeroDashboard> task;
    private NetzeroDashboard shown;

    public DashboardView(StudyContext ctx) {
        this.ctx = ctx;
        getStyleClass().add("netzero-dashboard");
        status.setId("netzero-dashboard-status");
        status.setWrapText(true);
        GridPane charts = new GridPane();
        charts.add(viewer("Grid load S_G", "energy [kWh]", load, "netzero-dashboard-load"), 0, 0);
        charts.add(viewer("Grid cost C_G", "cost [¤]", cost, "netzero-dashboard-cost"), 1, 0);
        charts.add(viewer("CO2 of the grid's generation", "CO2 [kg]", co2, "netzero-dashboard-co2"), 2, 0);
        table.setId("netzero-table-viii");
        table.getColumns().add(column("Figure", r -> r.figure()));
        table.getColumns().add(column("this project [%]", r -> fmt(r.thisProjectPct())));
        table.getColumns().add(column("ours, 7 sizes × 30 seeds [%]", r -> fmt(r.oursMeanPct())));
        table.getColumns().add(column("paper [%]", r -> fmt(r.paperPct())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(130);
        ctx.tableExport().install(table, "netzero-table-viii");
        setTop(status);
        setCenter(charts);
        setBottom(table);
    }

    private ChartViewer viewer(String title, String axis, DefaultCategoryDataset data, String id) {
        JFreeChart chart = ChartFactory.createBarChart(title, "", axis, data, PlotOrientation.VERTICAL, true, true,
                false);
        ChartViewer v = new ChartViewer(chart);
        v.setPrefSize(380, 300);
        v.setId(id);
        ctx.chartExport().install(v, id);
        return v;
    }

    private static TableColumn<NetzeroDashboard.TableRow, String> column(String title,
            java.util.function.Function<NetzeroDashboard.TableRow, String> f) {
        TableColumn<NetzeroDashboard.TableRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Solves the dashboard's cases on {@code in} in the background (null: clears it). */
    public BackgroundTask<NetzeroDashboard> show(NetzeroInstance in) {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
        if (in == null) {
            fill(null);
            status.setText("No netzero instance");
            return null;
        }
        status.setText("Solving the strategies and grid sources…");
        task = BackgroundTask.of("netzero dashboard", c -> NetzeroDashboard.of(in, c));
        task.onSuccess(d -> {
            fill(d);
            status.setText(String.format(Locale.ROOT, "%d EVs, S̄_G %.0f kWh, grid source %s: with prosumers the "
                            + "grid supplies %.2f kWh (%.2f %% below S̄_G) at %.2f ¤", in.evs().size(),
                    in.parameters().gridCapKWh(), in.parameters().gridSource().name().toLowerCase(Locale.ROOT),
                    d.strategies().get(2).gridLoadKWh(), d.loadReductionPct(), d.strategies().get(2).cost()));
        }).onFailure(t -> status.setText(FleetView.message(t))).onCancelled(() -> status.setText("Cancelled"));
        return task.executeWith(ctx.executor());
    }

    private void fill(NetzeroDashboard d) {
        shown = d;
        for (DefaultCategoryDataset ds : List.of(load, cost, co2)) {
            ds.clear();
        }
        table.getItems().setAll(d == null ? List.of() : d.tableViii());
        if (d == null) {
            return;
        }
        add(d, NetzeroDashboard.Bar::gridLoadKWh, load);
        add(d, NetzeroDashboard.Bar::cost, cost);
        add(d, NetzeroDashboard.Bar::co2Kg, co2);
    }

    private static void add(NetzeroDashboard d, ToDoubleFunction<NetzeroDashboard.Bar> f,
                            DefaultCategoryDataset ds) {
        d.strategies().forEach(b -> ds.addValue(f.applyAsDouble(b), STRATEGY, b.label()));
        d.sources().forEach(b -> ds.addValue(f.applyAsDouble(b), SOURCE, b.label()));
    }

    public NetzeroDashboard dashboard() {
        return shown;
    }

    public DefaultCategoryDataset costData() {
        return cost;
    }

    public DefaultCategoryDataset co2Data() {
        return co2;
    }

    public TableView<NetzeroDashboard.TableRow> tableViii() {
        return table;
    }

    public void dispose() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }
}
