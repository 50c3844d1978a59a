package org.evwb.ui.motorway;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.evwb.ui.chart.ChartExport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The motorway Gantt chart (paper Figs. 6–8) as a JFreeChart, so that it exports to PNG/SVG/PDF like every chart: one
 * row per charger grouped by station, time in clock time. Per EMV a lighter lead-in bar (driving to the station), a
 * grey waiting bar, and a solid charging bar; conflicts are outlined red; the selected EMV's bars are outlined
 * thick. Clicking a bar reports the EMV's vehicle id.
 */
public final class GanttView extends BorderPane {

    static final Color CONFLICT = new Color(0xD7, 0x19, 0x1C);
    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22),
        new Color(0x7F7F7F), new Color(0x393B79)};

    private final XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    /** For each series (one per bar kind) the model's bar index of each item. */
    private final List<List<Integer>> itemBar = new ArrayList<>();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Label empty = new Label();
    private GanttModel model = GanttModel.EMPTY;
    private String selectedVehicle;

    public GanttView(ChartExport export, Consumer<String> onVehicleClicked) {
        getStyleClass().add("motorway-gantt");
        NumberAxis time = new NumberAxis("Clock time");
        time.setNumberFormatOverride(new ClockFormat());
        time.setAutoRangeIncludesZero(false);
        SymbolAxis rows = new SymbolAxis("Charger", new String[0]);
        plot = new XYPlot(dataset, time, rows, new Renderer());
        chart = new JFreeChart("Charging schedule", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("motorway-gantt-chart");
        export.install(viewer, "motorway-gantt");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                int bar = barOf(e.getEntity());
                if (bar >= 0) {
                    onVehicleClicked.accept(model.bars().get(bar).vehicleId());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                // tooltips come from the renderer's tool-tip generator
            }
        });
        empty.getStyleClass().add("motorway-empty");
        setCenter(viewer);
        setBottom(empty);
    }

    /** Shows a schedule. */
    public void setModel(GanttModel m) {
        model = m == null ? GanttModel.EMPTY : m;
        dataset.removeAllSeries();
        itemBar.clear();
        for (GanttModel.Kind k : GanttModel.Kind.values()) {
            XYIntervalSeries s = new XYIntervalSeries(switch (k) {
                case LEAD_IN -> "driving to the station";
                case WAITING -> "waiting";
                case CHARGING -> "charging";
            });
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < model.bars().size(); i++) {
                GanttModel.Bar b = model.bars().get(i);
                if (b.kind() == k) {
                    double h = k == GanttModel.Kind.CHARGING ? 0.38 : 0.22;
                    s.add((b.startMin() + b.endMin()) / 2, b.startMin(), b.endMin(), b.row(), b.row() - h,
                            b.row() + h);
                    idx.add(i);
                }
            }
            itemBar.add(idx);
            dataset.addSeries(s);
        }
        plot.setRangeAxis(new SymbolAxis("Charger", model.rows().stream().map(GanttModel.Row::label)
                .toArray(String[]::new)));
        plot.getRangeAxis().setInverted(true);
        chart.setTitle(model.title());
        empty.setText(model.bars().isEmpty() ? "No schedule to show: open a project with a motorway, run a motorway "
                + "solver, or wait for the what-if evaluation." : model.conflictCount() + " conflicting charging "
                + "bar(s); click a bar to select its EMV everywhere.");
    }

    public GanttModel model() {
        return model;
    }

    /** Highlights one vehicle's bars (null: none). */
    public void setSelectedVehicle(String vehicleId) {
        selectedVehicle = vehicleId;
        chart.fireChartChanged();
    }

    public String selectedVehicle() {
        return selectedVehicle;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** The dataset drawn (series = bar kinds; for tests and export). */
    public XYIntervalSeriesCollection dataset() {
        return dataset;
    }

    /** Where bar {@code barIndex} is drawn, in screen coordinates (its middle), or null before the first paint. */
    public Point2D screenPointOf(int barIndex) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        GanttModel.Bar b = model.bars().get(barIndex);
        double x = plot.getDomainAxis().valueToJava2D((b.startMin() + b.endMin()) / 2, area,
                plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(b.row(), area, plot.getRangeAxisEdge());
        return viewer.getCanvas().localToScreen(x, y);
    }

    private int barOf(ChartEntity e) {
        if (e instanceof XYItemEntity item && item.getSeriesIndex() < itemBar.size()) {
            List<Integer> idx = itemBar.get(item.getSeriesIndex());
            return item.getItem() < idx.size() ? idx.get(item.getItem()) : -1;
        }
        return -1;
    }

    private GanttModel.Bar bar(int series, int item) {
        return model.bars().get(itemBar.get(series).get(item));
    }

    static Color emvColour(int emv) {
        return PALETTE[Math.floorMod(emv, PALETTE.length)];
    }

    /** Per-bar colours: the EMV's colour, lighter for lead-in, grey for waiting; red or thick outlines. */
    private final class Renderer extends XYBarRenderer {
        Renderer() {
            setUseYInterval(true);
            setBarPainter(new StandardXYBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(true);
            setDefaultToolTipGenerator((d, s, i) -> bar(s, i).description());
            setSeriesPaint(0, new Color(0x9ECAE1));
            setSeriesPaint(1, new Color(0xBDBDBD));
            setSeriesPaint(2, new Color(0x3182BD));
        }

        @Override
        public Paint getItemPaint(int series, int item) {
            GanttModel.Bar b = bar(series, item);
            Color c = emvColour(b.emv());
            return switch (b.kind()) {
                case LEAD_IN -> new Color(c.getRed(), c.getGreen(), c.getBlue(), 80);
                case WAITING -> new Color(0xBDBDBD);
                case CHARGING -> c;
            };
        }

        @Override
        public Paint getItemOutlinePaint(int series, int item) {
            GanttModel.Bar b = bar(series, item);
            if (b.conflict()) {
                return CONFLICT;
            }
            return b.vehicleId().equals(selectedVehicle) ? Color.BLACK : new Color(0, 0, 0, 60);
        }

        @Override
        public Stroke getItemOutlineStroke(int series, int item) {
            GanttModel.Bar b = bar(series, item);
            return new BasicStroke(b.conflict() || b.vehicleId().equals(selectedVehicle) ? 2.5f : 0.5f);
        }
    }

    /** Formats axis values (minutes from the scenario start) as HH:MM. */
    static final class ClockFormat extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(GanttModel.clock(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(GanttModel.clock(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
