package org.evwb.ui.exchange;

import java.awt.BasicStroke;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.evwb.core.study.exchange.FlowType;
import org.evwb.core.study.exchange.SweepRows;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The four sweep charts of paper 000, built from sweep rows (means over the seeded runs; optionally one N_BS):
 * Fig. 4 compute CO2 and time per algorithm vs N_EV, Fig. 5 energy per flow type, Fig. 6 average sum of utilities of
 * matched pairs vs N_EV, Fig. 7 edge-computing task time vs s_EV at P_chg 40 and 110 kW with Theorem 1's bounds.
 */
final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * Fig. 4: compute CO2 (the SPEC §1 estimate) and CPU time per algorithm. The time axis is logarithmic so that
     * milliseconds and the QPU reference (paper 002's 1.98 s per problem, dashed) share it; the subtitle says that
     * our QUBO runs are classical, so the paper's quantum figure is not comparable.
     *
     * <p>Two panels over one N_EV axis. A combined plot's legend gathers every panel's series, and the panels'
     * renderers drew their colours one after the other from the shared supplier, so each algorithm was listed twice in
     * two colours. The time panel takes the CO2 panel's colour per algorithm and stays out of the legend.
     */
    static JFreeChart fig4(List<SweepRows.AlgorithmRow> rows) {
        XYLineAndShapeRenderer co2Lines = new XYLineAndShapeRenderer(true, true);
        XYLineAndShapeRenderer timeLines = new XYLineAndShapeRenderer(true, true);
        XYSeriesCollection co2Data = perAlgorithm(rows, r -> r.computeCo2Kg() * 1000);
        XYSeriesCollection timeData = perAlgorithm(rows, r -> r.cpuSeconds() * 1000);
        XYPlot co2 = new XYPlot(co2Data, null, new NumberAxis("compute CO2 [g] (estimate)"), co2Lines);
        LogAxis ms = new LogAxis("CPU time [ms], log scale");
        ms.setSmallestValue(1e-3);
        XYPlot time = new XYPlot(timeData, null, ms, timeLines);
        IntSummaryStatistics evs = rows.stream().mapToInt(SweepRows.AlgorithmRow::evs).summaryStatistics();
        if (evs.getCount() > 0) {
            QpuReference.addTo(time, evs.getMin(), evs.getMax());
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("N_EV"));
        plot.add(co2);
        plot.add(time);
        for (int s = 0; s < timeData.getSeriesCount(); s++) {
            int inCo2 = co2Data.indexOf(timeData.getSeriesKey(s));
            if (inCo2 >= 0) {
                timeLines.setSeriesPaint(s, co2Lines.lookupSeriesPaint(inCo2));
                timeLines.setSeriesShape(s, co2Lines.lookupSeriesShape(inCo2));
                timeLines.setSeriesVisibleInLegend(s, false);
            }
        }
        JFreeChart c = new JFreeChart("Fig. 4 — compute CO2 and time per algorithm", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        c.addSubtitle(QpuReference.subtitle());
        return c;
    }

    static JFreeChart fig5(List<SweepRows.AlgorithmRow> rows) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (SweepRows.AlgorithmRow r : rows) {
            double[] s = sums.computeIfAbsent(r.algorithm(), k -> new double[FlowType.values().length]);
            double[] v = {r.energyV2GKWh(), r.energyG2VKWh(), r.energyT2GKWh(), r.energyG2TKWh(), r.energyT2VKWh(),
                r.energyV2TKWh(), r.energyV2VKWh(), r.energyT2TKWh()};
            String[] names = {"V2G", "G2V", "T2G", "G2T", "T2V", "V2T", "V2V", "T2T"};
            for (int i = 0; i < v.length; i++) {
                s[FlowType.valueOf(names[i]).ordinal()] += v[i];
            }
            counts.merge(r.algorithm(), 1, Integer::sum);
        }
        sums.forEach((alg, s) -> {
            for (FlowType f : FlowType.values()) {
                ds.addValue(s[f.ordinal()] / counts.get(alg), alg, f.name());
            }
        });
        return ChartFactory.createBarChart("Fig. 5 — energy per flow type (mean per scenario)", "flow",
                "energy [kWh]", ds, PlotOrientation.VERTICAL, true, true, false);
    }

    static JFreeChart fig6(List<SweepRows.AlgorithmRow> rows) {
        JFreeChart c = ChartFactory.createXYLineChart("Fig. 6 — average sum of utilities of matched pairs", "N_EV",
                "mean U_i + U_j", perAlgorithm(rows, SweepRows.AlgorithmRow::meanPairUtility),
                PlotOrientation.VERTICAL, true, true, false);
        ((XYPlot) c.getPlot()).setRenderer(new XYLineAndShapeRenderer(true, true));
        return c;
    }

    static JFreeChart fig7(List<SweepRows.EdgeRow> rows) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int k = 0;
        for (double p : rows.stream().map(SweepRows.EdgeRow::chargingPowerKW).distinct().sorted().toList()) {
            Predicate<SweepRows.EdgeRow> at = e -> e.chargingPowerKW() == p;
            String kw = String.format(java.util.Locale.ROOT, "%.0f kW", p);
            ds.addSeries(mean("t_task " + kw, rows, at, SweepRows.EdgeRow::taskSeconds));
            ds.addSeries(mean("Theorem 1 lower " + kw, rows, at, SweepRows.EdgeRow::lowerBoundSeconds));
            ds.addSeries(mean("Theorem 1 upper " + kw, rows, at, SweepRows.EdgeRow::upperBoundSeconds));
            r.setSeriesStroke(k + 1, dashed());
            r.setSeriesStroke(k + 2, dashed());
            k += 3;
        }
        JFreeChart c = ChartFactory.createXYLineChart("Fig. 7 — edge-computing time vs chunk size", "s_EV [M]",
                "time [s]", ds, PlotOrientation.VERTICAL, true, true, false);
        ((XYPlot) c.getPlot()).setRenderer(r);
        return c;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);
    }

    private static XYSeries mean(String name, List<SweepRows.EdgeRow> rows, Predicate<SweepRows.EdgeRow> keep,
                                 ToDoubleFunction<SweepRows.EdgeRow> f) {
        Map<Double, double[]> acc = new TreeMap<>();
        for (SweepRows.EdgeRow e : rows) {
            if (keep.test(e)) {
                double[] a = acc.computeIfAbsent(e.chunkSizeM(), x -> new double[2]);
                a[0] += f.applyAsDouble(e);
                a[1]++;
            }
        }
        XYSeries s = new XYSeries(name);
        acc.forEach((x, a) -> s.add((double) x, a[0] / a[1]));
        return s;
    }

    /** Per algorithm, the mean of {@code f} over rows at each N_EV (NaN values skipped). */
    static XYSeriesCollection perAlgorithm(List<SweepRows.AlgorithmRow> rows,
                                           ToDoubleFunction<SweepRows.AlgorithmRow> f) {
        Map<String, Map<Integer, double[]>> acc = new java.util.LinkedHashMap<>();
        for (SweepRows.AlgorithmRow r : rows) {
            double v = f.applyAsDouble(r);
            if (Double.isNaN(v)) {
                continue;
            }
            double[] a = acc.computeIfAbsent(r.algorithm(), k -> new TreeMap<>())
                    .computeIfAbsent(r.evs(), k -> new double[2]);
            a[0] += v;
            a[1]++;
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        acc.forEach((alg, byEvs) -> {
            XYSeries s = new XYSeries(alg);
            byEvs.forEach((n, a) -> s.add((double) n, a[0] / a[1]));
            ds.addSeries(s);
        });
        return ds;
    }
}
