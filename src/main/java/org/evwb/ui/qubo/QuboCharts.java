package org.evwb.ui.qubo;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.TreeMap;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.Sample;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The workbench's energy bar charts: reads (or all states, or probability) per energy level. */
final class QuboCharts {

    private static final Color BAR = new Color(0x1f, 0x6f, 0xeb);
    private static final Color OPTIMAL = new Color(0xc6, 0x28, 0x28);

    private QuboCharts() {
    }

    /** Occurrences per distinct energy, summed over the sample set's states. */
    static EnergyHistogram fromSamples(List<Sample> samples) {
        TreeMap<Double, Double> byEnergy = new TreeMap<>();
        for (Sample s : samples) {
            byEnergy.merge(s.energy(), (double) s.occurrences(), Double::sum);
        }
        double[] e = new double[byEnergy.size()];
        double[] w = new double[byEnergy.size()];
        int k = 0;
        for (var entry : byEnergy.entrySet()) {
            e[k] = entry.getKey();
            w[k++] = entry.getValue();
        }
        return new EnergyHistogram(e, w, 0);
    }

    /**
     * A bar per energy level (or bin); the lowest level's bar is red, so the ground state stands out.
     *
     * @param title    chart title (may be null)
     * @param yLabel   "reads", "states" or "probability"
     */
    static ChartViewer histogram(String title, EnergyHistogram h, String yLabel) {
        XYSeries bars = new XYSeries(yLabel, true, false);
        double minGap = Double.POSITIVE_INFINITY;
        for (int k = 0; k < h.size(); k++) {
            double x = h.binned() ? h.energies()[k] + h.binWidth() / 2 : h.energies()[k];
            bars.add(x, h.weights()[k]);
            if (k > 0) {
                minGap = Math.min(minGap, h.energies()[k] - h.energies()[k - 1]);
            }
        }
        double width = h.binned() ? h.binWidth() : Double.isFinite(minGap) ? 0.8 * minGap
                : Math.max(1e-9, Math.abs(h.size() == 0 ? 1 : h.energies()[0]) * 0.05 + 0.5);
        IntervalXYDataset data = new XYBarDataset(new XYSeriesCollection(bars), width);
        JFreeChart chart = ChartFactory.createXYBarChart(null, "energy", false, yLabel, data,
                PlotOrientation.VERTICAL, false, true, false);
        if (title != null) {
            chart.setTitle(new TextTitle(title, new Font("SansSerif", Font.BOLD, 12)));
        }
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xfa, 0xfa, 0xfa));
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        XYBarRenderer r = new XYBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                return item == 0 ? OPTIMAL : BAR;
            }
        };
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        plot.setRenderer(r);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("qubo-chart");
        viewer.setPrefSize(360, 200);
        viewer.setMinSize(160, 140);
        return viewer;
    }

    /** Sum of the bar heights of a chart made by {@link #histogram} (a whole distribution sums to 1). */
    static double totalWeight(ChartViewer viewer) {
        var data = viewer.getChart().getXYPlot().getDataset();
        double s = 0;
        for (int k = 0; k < data.getItemCount(0); k++) {
            s += data.getYValue(0, k);
        }
        return s;
    }
}
