package org.evwb.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.report.ChartSpec;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A study's {@link ChartSpec} as a JFreeChart chart (the non-FX library), for the PDF and HTML reports. */
public final class ReportCharts {

    private ReportCharts() {
    }

    public static JFreeChart chart(ChartSpec spec) {
        JFreeChart chart = switch (spec.kind()) {
            case XY_LINE, XY_SCATTER -> xy(spec);
            case CATEGORY -> bars(spec);
            case INTERVAL -> gantt(spec);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart xy(ChartSpec spec) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (ChartSpec.XySeries s : spec.xy()) {
            XYSeries series = new XYSeries(s.name(), false, true);
            s.points().forEach(p -> series.add(p[0], p[1]));
            ds.addSeries(series);
        }
        boolean legend = spec.xy().size() > 1;
        return spec.kind() == ChartSpec.Kind.XY_LINE
                ? ChartFactory.createXYLineChart(spec.title(), spec.x().text(), spec.y().text(), ds,
                        PlotOrientation.VERTICAL, legend, false, false)
                : ChartFactory.createScatterPlot(spec.title(), spec.x().text(), spec.y().text(), ds,
                        PlotOrientation.VERTICAL, legend, false, false);
    }

    private static JFreeChart bars(ChartSpec spec) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ChartSpec.CategorySeries s : spec.bars()) {
            s.values().forEach((category, v) -> ds.addValue(v, s.name(), category));
        }
        return ChartFactory.createBarChart(spec.title(), spec.x().text(), spec.y().text(), ds,
                PlotOrientation.VERTICAL, spec.bars().size() > 1, false, false);
    }

    /** Rows (chargers) down the side, time along the bottom, one bar per interval, one colour per series. */
    private static JFreeChart gantt(ChartSpec spec) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        spec.intervals().forEach(i -> rows.putIfAbsent(i.row(), rows.size()));
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        for (ChartSpec.Interval i : spec.intervals()) {
            int r = rows.get(i.row());
            series.computeIfAbsent(i.series(), XYIntervalSeries::new)
                    .add(r, r - 0.35, r + 0.35, i.start(), i.start(), i.end());
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        series.values().forEach(ds::addSeries);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        SymbolAxis rowAxis = new SymbolAxis(spec.x().text(), rows.keySet().toArray(String[]::new));
        rowAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(ds, rowAxis, new NumberAxis(spec.y().text()), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return new JFreeChart(spec.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
    }

    /** The charts' ids in order (for file names and tests). */
    static List<String> ids(List<ChartSpec> specs) {
        return specs.stream().map(ChartSpec::id).toList();
    }
}
