package org.evwb.core.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a sweep's {@link SweepChart} from its table with JFreeChart (AWT, no JavaFX): the command line writes it as
 * SVG and PNG, the UI shows it in a chart viewer. Each point is the mean over the rows with that series and x value.
 */
public final class SweepChartRenderer {

    /** The size charts are written at (logical pixels; PNG at twice that). */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    private SweepChartRenderer() {
    }

    /** The chart drawn from the table it names; an empty chart when the table lacks a column it reads. */
    public static JFreeChart render(SweepChart spec, SweepTable table) {
        return spec.kind() == SweepChart.Kind.BAR ? bar(spec, table) : line(spec, table);
    }

    /** The chart from the first table of {@code tables} with its name (an empty table when there is none). */
    public static JFreeChart render(SweepChart spec, List<SweepTable> tables) {
        SweepTable t = tables.stream().filter(x -> x.name().equals(spec.table())).findFirst()
                .orElse(new SweepTable(spec.table(), List.of(), List.of()));
        return render(spec, t);
    }

    /** Writes the chart as {@code ID.svg} and {@code ID.png} in {@code dir}; returns the files written. */
    public static List<Path> write(SweepChart spec, List<SweepTable> tables, Path dir) throws IOException {
        JFreeChart c = render(spec, tables);
        Path svg = dir.resolve(spec.id() + ".svg");
        Path png = dir.resolve(spec.id() + ".png");
        ChartFiles.write(c, ChartFiles.Format.SVG, svg, WIDTH, HEIGHT, 1);
        ChartFiles.write(c, ChartFiles.Format.PNG, png, WIDTH, HEIGHT, 2);
        return List.of(svg, png);
    }

    private static JFreeChart line(SweepChart spec, SweepTable table) {
        // series → y column → x → {sum, count}
        Map<String, Map<Double, double[]>> acc = new LinkedHashMap<>();
        for (Map<String, Object> row : table.rows()) {
            double x = SweepTable.number(row, spec.x());
            if (Double.isNaN(x)) {
                continue;
            }
            String series = label(row.get(spec.series()));
            for (String y : spec.ys()) {
                double v = SweepTable.number(row, y);
                if (Double.isNaN(v) || (spec.logY() && v <= 0)) {
                    continue;
                }
                String key = spec.ys().size() == 1 ? series : series + " " + y;
                double[] a = acc.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(x, k -> new double[2]);
                a[0] += v;
                a[1]++;
            }
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        acc.forEach((name, points) -> {
            XYSeries s = new XYSeries(name);
            points.forEach((x, a) -> s.add((double) x, a[0] / a[1]));
            ds.addSeries(s);
        });
        JFreeChart c = ChartFactory.createXYLineChart(spec.title(), spec.xLabel(), spec.yLabel(), ds,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = (XYPlot) c.getPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        if (spec.logY()) {
            LogAxis axis = new LogAxis(spec.yLabel());
            axis.setSmallestValue(1e-9);
            plot.setRangeAxis(axis);
        }
        return c;
    }

    private static JFreeChart bar(SweepChart spec, SweepTable table) {
        Map<String, Map<String, double[]>> acc = new LinkedHashMap<>();
        for (Map<String, Object> row : table.rows()) {
            String series = label(row.get(spec.series()));
            for (String y : spec.ys()) {
                double v = SweepTable.number(row, y);
                if (!Double.isNaN(v)) {
                    double[] a = acc.computeIfAbsent(series, k -> new LinkedHashMap<>())
                            .computeIfAbsent(y, k -> new double[2]);
                    a[0] += v;
                    a[1]++;
                }
            }
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        acc.forEach((series, byY) -> {
            for (String y : spec.ys()) {
                double[] a = byY.get(y);
                if (a != null) {
                    ds.addValue(a[0] / a[1], series, shortName(y));
                }
            }
        });
        return ChartFactory.createBarChart(spec.title(), spec.xLabel(), spec.yLabel(), ds, PlotOrientation.VERTICAL,
                true, false, false);
    }

    /** A series value as a legend entry: whole numbers without ".0". */
    private static String label(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    /** {@code energyV2GKWh} → {@code V2G}: the category names of a bar chart, without the repeated parts. */
    static String shortName(String column) {
        String s = column;
        if (s.startsWith("energy") && s.endsWith("KWh") && s.length() > 9) {
            s = s.substring(6, s.length() - 3);
        }
        return s;
    }
}
