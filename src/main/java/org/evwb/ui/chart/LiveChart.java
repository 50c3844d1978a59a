package org.evwb.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.evwb.core.solve.RunEvent;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart fed live from a solver's {@link RunEvent}s. {@link #offer} may be called from any thread at any rate;
 * points are queued and added on the FX thread at most {@value #FRAMES_PER_SECOND} times a second, so a fast solver
 * cannot flood the UI.
 */
public final class LiveChart {

    public static final int FRAMES_PER_SECOND = 10;
    /** Points kept per series; older points are dropped (the chart shows the trend, the report has the result). */
    public static final int MAX_POINTS = 5_000;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final Map<String, XYSeries> series = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private final ChartViewer viewer;
    private final Timeline timer;

    public LiveChart(String xLabel, String yLabel) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, xLabel, yLabel, dataset, PlotOrientation.VERTICAL,
                true, true, false);
        viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("live-chart");
        viewer.setPrefSize(360, 180);
        viewer.setMinHeight(140);
        timer = new Timeline(new KeyFrame(Duration.millis(1000.0 / FRAMES_PER_SECOND), e -> drain()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public Node node() {
        return viewer;
    }

    /** The chart viewer (for the export menu). */
    public ChartViewer viewer() {
        return viewer;
    }

    /** Queues a point; thread-safe. */
    public void offer(RunEvent e) {
        pending.add(e);
    }

    /** Starts drawing queued points (FX thread). */
    public void start() {
        timer.play();
    }

    /** Draws what is still queued and stops the timer (FX thread). */
    public void stop() {
        timer.stop();
        drain();
    }

    /** Points shown in one series (0 when the series has none). */
    public int pointCount(String seriesName) {
        XYSeries s = series.get(seriesName);
        return s == null ? 0 : s.getItemCount();
    }

    private void drain() {
        // add without notifying, then one change event per touched series: a notification per point would redraw
        // the whole chart once per point (1,000 redraws for one anneal read's trace)
        java.util.Set<XYSeries> touched = new java.util.HashSet<>();
        RunEvent e;
        while ((e = pending.poll()) != null) {
            RunEvent ev = e;
            XYSeries s = series.computeIfAbsent(ev.series(), name -> {
                XYSeries created = new XYSeries(name, false, true);
                created.setMaximumItemCount(MAX_POINTS);
                dataset.addSeries(created);
                return created;
            });
            s.add(ev.x(), ev.y(), false);
            touched.add(s);
        }
        touched.forEach(XYSeries::fireSeriesChanged);
    }
}
