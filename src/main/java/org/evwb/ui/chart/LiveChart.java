package org.evwb.ui.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunEvent;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart fed live from a solver's {@link RunEvent}s. {@link #offer} may be called from any thread at any rate:
 * each series keeps a fixed budget of {@value #MAX_POINTS} points by min–max bucketing ({@link Decimator}), however
 * long the run, and the chart is redrawn on the FX thread at most {@value #FRAMES_PER_SECOND} times a second, once per
 * frame, from those budgets — so neither the memory nor the FX thread's work per frame grows with the trace.
 *
 * <p>An optimiser's {@value OrTools#INCUMBENT_SERIES} and {@value OrTools#BOUND_SERIES} series (CP-SAT, MILP) are
 * drawn as they come, and with them their relative gap {@link OrTools#relativeGap} in percent on a second axis, the
 * {@value #GAP_SERIES} series.
 */
public final class LiveChart {

    /** Redraws a second, at most: enough to look live, little enough to leave the FX thread free. */
    public static final int FRAMES_PER_SECOND = 10;
    /**
     * Points kept per series, at most — a few per pixel of the chart's width. Up to half of it a series is drawn
     * exactly (a 1,000-sweep trace point by point); beyond, its extremes per bucket.
     */
    public static final int MAX_POINTS = 2_001;
    /** Series drawn, at most; points of further series are counted but not drawn. */
    public static final int MAX_SERIES = 16;
    /** The relative gap between incumbent and bound, in percent. */
    public static final String GAP_SERIES = "relative gap (%)";

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYSeriesCollection gapDataset = new XYSeriesCollection();
    private final Map<String, Decimator> incoming = new LinkedHashMap<>(); // guarded by itself
    private final Map<String, XYSeries> drawn = new HashMap<>(); // FX thread
    private final Map<String, Long> drawnVersion = new HashMap<>(); // FX thread
    // points of the series over MAX_SERIES, counted, not drawn; guarded by incoming
    private final Map<String, long[]> dropped = new HashMap<>();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Timeline timer;
    private double incumbent = Double.NaN; // guarded by incoming
    private double bound = Double.NaN;

    public LiveChart(String xLabel, String yLabel) {
        // no tooltips: they would make an entity per point in every frame
        chart = ChartFactory.createXYLineChart(null, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, true, false,
                false);
        if (chart.getXYPlot().getRenderer() instanceof XYLineAndShapeRenderer r) {
            r.setDrawSeriesLineAsPath(true); // one path per series, not a line per point
        }
        viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("live-chart");
        viewer.setPrefSize(360, 180);
        viewer.setMinHeight(140);
        timer = new Timeline(new KeyFrame(Duration.millis(1000.0 / FRAMES_PER_SECOND), e -> frame()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public Node node() {
        return viewer;
    }

    /** The chart viewer (for the export menu). */
    public ChartViewer viewer() {
        return viewer;
    }

    /** Takes a point; thread-safe and cheap (a few comparisons), whatever the rate. */
    public void offer(RunEvent e) {
        Decimator d;
        Decimator gap = null;
        double gapPercent = Double.NaN;
        synchronized (incoming) {
            d = decimator(e.series());
            if (e.series().equals(OrTools.INCUMBENT_SERIES) || e.series().equals(OrTools.BOUND_SERIES)) {
                if (e.series().equals(OrTools.INCUMBENT_SERIES)) {
                    incumbent = e.y();
                } else {
                    bound = e.y();
                }
                gapPercent = 100 * OrTools.relativeGap(incumbent, bound);
                gap = Double.isFinite(gapPercent) ? decimator(GAP_SERIES) : null;
            }
        }
        if (d != null) {
            d.add(e.x(), e.y());
        }
        if (gap != null) {
            gap.add(e.x(), gapPercent);
        }
    }

    /** The series' decimator, made on first use; null (and the point counted) beyond {@link #MAX_SERIES}. */
    private Decimator decimator(String series) {
        Decimator d = incoming.get(series);
        if (d == null) {
            if (incoming.size() >= MAX_SERIES) {
                dropped.computeIfAbsent(series, k -> new long[1])[0]++;
                return null;
            }
            d = new Decimator(MAX_POINTS);
            incoming.put(series, d);
        }
        return d;
    }

    /** Starts drawing (FX thread). */
    public void start() {
        timer.play();
    }

    /** Draws what has come and stops the timer (FX thread). */
    public void stop() {
        timer.stop();
        frame();
    }

    /** Points drawn of one series (0 when the series has none). FX thread. */
    public int pointCount(String seriesName) {
        XYSeries s = drawn.get(seriesName);
        return s == null ? 0 : s.getItemCount();
    }

    /** The points drawn of one series, in order. FX thread. */
    public List<RunEvent> points(String seriesName) {
        XYSeries s = drawn.get(seriesName);
        List<RunEvent> out = new ArrayList<>();
        for (int i = 0; s != null && i < s.getItemCount(); i++) {
            out.add(new RunEvent(seriesName, s.getX(i).doubleValue(), s.getY(i).doubleValue()));
        }
        return out;
    }

    /** Points offered for one series so far, drawn or not. Thread-safe. */
    public long offeredCount(String seriesName) {
        synchronized (incoming) {
            Decimator d = incoming.get(seriesName);
            long[] n = dropped.get(seriesName);
            return d != null ? d.count() : n == null ? 0 : n[0];
        }
    }

    /** One frame: the series that changed since the last frame are replaced by their budgets, then one redraw. */
    private void frame() {
        List<Map.Entry<String, Decimator>> changed = new ArrayList<>();
        synchronized (incoming) {
            for (Map.Entry<String, Decimator> e : incoming.entrySet()) {
                if (drawnVersion.getOrDefault(e.getKey(), -1L) != e.getValue().version()) {
                    changed.add(e);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        chart.setNotify(false);
        try {
            for (Map.Entry<String, Decimator> e : changed) {
                Decimator d = e.getValue();
                long version = d.version();
                double[][] pts = d.snapshot(); // points of a later version are drawn in the next frame
                drawnVersion.put(e.getKey(), version);
                XYSeries s = drawn.computeIfAbsent(e.getKey(), this::newSeries);
                s.setNotify(false);
                s.clear();
                for (int i = 0; i < pts[0].length; i++) {
                    s.add(pts[0][i], pts[1][i], false);
                }
                s.setNotify(true); // one change event per series and frame
            }
        } finally {
            chart.setNotify(true); // and one redraw per frame
        }
    }

    private XYSeries newSeries(String name) {
        XYSeries s = new XYSeries(name, false, true);
        if (name.equals(GAP_SERIES)) {
            showGapAxis();
            gapDataset.addSeries(s);
        } else {
            dataset.addSeries(s);
        }
        return s;
    }

    /** The gap gets an axis of its own on the right, in percent, made when the first gap point is drawn. */
    private void showGapAxis() {
        XYPlot plot = chart.getXYPlot();
        NumberAxis axis = new NumberAxis("gap (%)");
        axis.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(1, axis);
        plot.setDataset(1, gapDataset);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesPaint(0, java.awt.Color.GRAY);
        r.setSeriesStroke(0, new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                java.awt.BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        plot.setRenderer(1, r);
    }
}
