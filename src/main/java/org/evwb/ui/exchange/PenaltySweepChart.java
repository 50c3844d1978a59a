package org.evwb.ui.exchange;

import java.awt.Color;
import org.evwb.core.study.exchange.PenaltySweep;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Feasible-sample rate (left axis) and social welfare of the best feasible sample with the optimum for reference
 * (right axis) against the penalty P as a multiple of the largest pair gain (log scale).
 */
final class PenaltySweepChart {

    private final XYSeries rate = new XYSeries("feasible-sample rate");
    private final XYSeries sw = new XYSeries("best feasible SW");
    private final XYSeries optimum = new XYSeries("optimal SW");
    private final ChartViewer viewer;

    PenaltySweepChart() {
        LogAxis x = new LogAxis("P / largest pair gain");
        x.setSmallestValue(0.01);
        NumberAxis left = new NumberAxis("feasible-sample rate");
        left.setRange(0, 1.05);
        XYPlot plot = new XYPlot(new XYSeriesCollection(rate), x, left, new XYLineAndShapeRenderer(true, true));
        NumberAxis right = new NumberAxis("social welfare");
        right.setAutoRangeIncludesZero(false);
        XYSeriesCollection swData = new XYSeriesCollection(sw);
        swData.addSeries(optimum);
        plot.setDataset(1, swData);
        plot.setRangeAxis(1, right);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r1 = new XYLineAndShapeRenderer(true, true);
        r1.setSeriesPaint(0, new Color(0x2e7d32));
        r1.setSeriesPaint(1, Color.GRAY);
        plot.setRenderer(1, r1);
        plot.getRenderer().setSeriesPaint(0, new Color(0x1565c0));
        viewer = new ChartViewer(new JFreeChart("Penalty sweep: why P matters", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
        viewer.setPrefSize(660, 260);
        viewer.getStyleClass().add("dashboard-chart");
    }

    ChartViewer viewer() {
        return viewer;
    }

    void clear() {
        rate.clear();
        sw.clear();
        optimum.clear();
    }

    void show(PenaltySweep.Result r) {
        clear();
        for (PenaltySweep.Row p : r.rows()) {
            rate.add(p.penaltyOverMaxGain(), p.feasibleShare());
            if (!Double.isNaN(p.bestFeasibleSocialWelfare())) {
                sw.add(p.penaltyOverMaxGain(), p.bestFeasibleSocialWelfare());
            }
            optimum.add(p.penaltyOverMaxGain(), r.optimalSocialWelfare());
        }
    }

    int points() {
        return rate.getItemCount();
    }
}
