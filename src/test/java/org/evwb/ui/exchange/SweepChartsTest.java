package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.study.exchange.SweepRows;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;

/** Fig. 4 shows two panels of the same algorithms; its legend listed each algorithm twice, in two colours. */
class SweepChartsTest {

    private static SweepRows.AlgorithmRow row(int evs, String alg, double co2, double cpu) {
        return new SweepRows.AlgorithmRow(evs, 2, 0, 1, alg, "OPTIMAL", true, cpu, cpu, cpu, 0, co2, 3, 3, 4, 2, 0,
                1, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static List<SweepRows.AlgorithmRow> rows() {
        List<SweepRows.AlgorithmRow> rows = new ArrayList<>();
        String[] algs = {"gale-shapley", "max-weight", "anneal"};
        for (int evs : new int[] {10, 20, 30}) {
            for (int a = 0; a < algs.length; a++) {
                rows.add(row(evs, algs[a], 0.001 * evs * (a + 1), 0.002 * evs * (a + 1)));
            }
        }
        return rows;
    }

    private static List<LegendItem> items(JFreeChart c) {
        LegendItemCollection all = c.getPlot().getLegendItems();
        List<LegendItem> out = new ArrayList<>();
        for (int i = 0; i < all.getItemCount(); i++) {
            out.add(all.get(i));
        }
        return out;
    }

    @Test
    void fig4ListsEachAlgorithmOnceInTheColourOfBothPanels() {
        JFreeChart c = SweepCharts.fig4(rows());
        List<LegendItem> items = items(c);
        List<String> legend = items.stream().map(LegendItem::getLabel).toList();
        assertEquals(legend.stream().distinct().toList(), legend, "no entry twice");
        List<String> algorithms = List.of("gale-shapley", "max-weight", "anneal");
        assertEquals(algorithms, legend.stream().filter(algorithms::contains).toList(), "each algorithm once");

        // a line has one colour in both panels, the colour its legend entry shows
        List<XYPlot> panels = ((CombinedDomainXYPlot) c.getPlot()).getSubplots();
        assertEquals(2, panels.size());
        for (String alg : algorithms) {
            LegendItem entry = items.get(legend.indexOf(alg));
            for (XYPlot p : panels) {
                int s = p.getDataset().indexOf(alg);
                assertTrue(s >= 0, alg + " in " + p.getRangeAxis().getLabel());
                assertEquals(entry.getLinePaint(), ((AbstractRenderer) p.getRenderer()).lookupSeriesPaint(s),
                        alg + " in " + p.getRangeAxis().getLabel());
            }
        }
    }
}
