package org.evwb.ui.v2g;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.evwb.core.study.v2g.MarketSlot;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Market energy per slot for the run on show — the paper's Fig. 1: the residual volume v_k, what the fleet takes
 * (charging, up) and gives (discharging, down), the net position x_k, and the intraday price on its own axis; the
 * per-slot figures as a table with each slot's cost g_k. Chart PNG/SVG/PDF and table CSV through the platform.
 */
public final class V2gMarketView extends BorderPane {

    /** One slot of the run shown. */
    public record SlotRow(int slot, String time, double residualKWh, double fleetTakesKWh, double fleetGivesKWh,
                          double netKWh, double priceRate, double costG) { }

    private final TableView<SlotRow> table = new TableView<>();
    private final Label title = new Label("No v2g run yet: the market energy per slot of a run appears here.");
    private final XYSeriesCollection energy = new XYSeriesCollection();
    private final XYSeriesCollection flows = new XYSeriesCollection();
    private final XYSeriesCollection price = new XYSeriesCollection();
    private final ChartViewer viewer;

    public V2gMarketView(StudyContext ctx) {
        setId("v2g-market");
        title.setId("v2g-market-title");
        title.setWrapText(true);
        table.setId("v2g-slot-table");
        NumberAxis x = new NumberAxis("Time [h]");
        x.setAutoRangeIncludesZero(false);
        XYBarRenderer bars = new XYBarRenderer(0.1);
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(60, 170, 90));
        bars.setSeriesPaint(1, new Color(230, 140, 40));
        XYPlot plot = new XYPlot(flows, x, new NumberAxis("Energy [kWh]"), bars);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, new Color(40, 60, 160));
        lines.setSeriesPaint(1, Color.BLACK);
        plot.setDataset(1, energy);
        plot.setRenderer(1, lines);
        plot.setRangeAxis(1, new NumberAxis("Price [¤/kWh]"));
        XYLineAndShapeRenderer priceLine = new XYLineAndShapeRenderer(true, false);
        priceLine.setSeriesPaint(0, new Color(200, 30, 30));
        plot.setDataset(2, price);
        plot.setRenderer(2, priceLine);
        plot.mapDatasetToRangeAxis(2, 1);
        viewer = new ChartViewer(new JFreeChart("Market energy per slot", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        viewer.setId("v2g-market-chart");
        ctx.chartExport().install(viewer, "v2g-market-energy");
        ctx.tableExport().install(table, "v2g-slots");
        table.getColumns().add(V2gFleetView.text("Slot", (SlotRow r) -> Integer.toString(r.slot())));
        table.getColumns().add(V2gFleetView.text("Time", SlotRow::time));
        table.getColumns().add(V2gFleetView.number("Residual v_k [kWh]", SlotRow::residualKWh));
        table.getColumns().add(V2gFleetView.number("Fleet takes [kWh]", SlotRow::fleetTakesKWh));
        table.getColumns().add(V2gFleetView.number("Fleet gives [kWh]", SlotRow::fleetGivesKWh));
        table.getColumns().add(V2gFleetView.number("Net x_k [kWh]", SlotRow::netKWh));
        table.getColumns().add(V2gFleetView.text("Price [¤/kWh]", (SlotRow r) -> String.format(Locale.ROOT, "%.4f",
                r.priceRate())));
        table.getColumns().add(V2gFleetView.text("Cost g_k [¤]", (SlotRow r) -> String.format(Locale.ROOT, "%.2f",
                r.costG())));
        SplitPane split = new SplitPane(viewer, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(title);
        setCenter(split);
    }

    void show(V2gInstance in, V2gSchedule s, String label) {
        XYSeries residual = new XYSeries("residual v_k", false);
        XYSeries net = new XYSeries("net x_k", false);
        XYSeries takes = new XYSeries("fleet takes", false);
        XYSeries gives = new XYSeries("fleet gives", false);
        XYSeries rho = new XYSeries("price ρ_k", false);
        List<SlotRow> rows = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < in.slotCount(); k++) {
            MarketSlot m = in.slots().get(k);
            double up = 0;
            double down = 0;
            for (double[] row : s.energyKWh()) {
                up += Math.max(0, row[k]);
                down += Math.max(0, -row[k]);
            }
            double h = m.startMin() / 60.0;
            double x = m.volumeKWh() + up - down;
            residual.add(h, m.volumeKWh());
            net.add(h, x);
            takes.add(h, up);
            gives.add(h, -down);
            rho.add(h, m.priceRate());
            double g = m.cost(x);
            total += g;
            int min = (int) Math.round(m.startMin()) % 1440;
            rows.add(new SlotRow(k, String.format(Locale.ROOT, "%02d:%02d", min / 60, min % 60), m.volumeKWh(), up,
                    down, x, m.priceRate(), g));
        }
        flows.removeAllSeries();
        flows.addSeries(takes);
        flows.addSeries(gives);
        energy.removeAllSeries();
        energy.addSeries(residual);
        energy.addSeries(net);
        price.removeAllSeries();
        price.addSeries(rho);
        table.setItems(FXCollections.observableArrayList(rows));
        title.setText(String.format(Locale.ROOT, "%s — market cost of the night %.2f ¤ (recomputed from the "
                + "schedule and the market data)", label, total));
    }

    public TableView<SlotRow> table() {
        return table;
    }

    public ChartViewer chart() {
        return viewer;
    }

    public Label title() {
        return title;
    }
}
