package org.evwb.ui.exchange;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The one quantum-hardware figure the compute charts may show beside our CPU estimates: the D-Wave QPU access time
 * per problem that paper 002 measured (§5, {@code QPU_ACCESS_TIME} 1.98 s on an Advantage 4.1). It is a reference,
 * not a run: our QUBO solvers are classical (annealing, tabu, … on this CPU), so paper 000's quantum CO2 figure is
 * not comparable with anything measured here, and the charts say so.
 */
final class QpuReference {

    /** Paper 002 §5: mean QPU access time per problem. */
    static final double QPU_ACCESS_SECONDS = 1.98;

    static final String LABEL = "D-Wave QPU access ≈ 1.98 s per problem (paper 002) — reference, not a run";

    /** The chart's caption on what CO2 and time mean here. */
    static final String CAPTION = "CO2 and time are estimates for this CPU. Our QUBO solvers are classical "
            + "(simulated annealing and the like), so paper 000's \"quantum emits less\" is not reproduced and its "
            + "quantum figure is not comparable; the dashed line is a D-Wave QPU's access time per problem from paper "
            + "002 (1.98 s), for scale only.";

    private QpuReference() {
    }

    /** Adds the reference as a dashed horizontal line (in ms) over {@code [fromX, toX]} as a second dataset. */
    static void addTo(XYPlot plot, double fromX, double toX) {
        XYSeries s = new XYSeries(LABEL);
        s.add(fromX, QPU_ACCESS_SECONDS * 1000);
        s.add(toX, QPU_ACCESS_SECONDS * 1000);
        int index = plot.getDatasetCount();
        plot.setDataset(index, new XYSeriesCollection(s));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.DARK_GRAY);
        r.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        plot.setRenderer(index, r);
    }

    /** The caption as a chart subtitle. */
    static TextTitle subtitle() {
        TextTitle t = new TextTitle("Estimates for this CPU; the QUBO runs are classical annealing, not quantum — "
                + "paper 000's quantum CO2 is not comparable. Dashed: D-Wave QPU access 1.98 s/problem (paper 002).");
        t.setFont(t.getFont().deriveFont(10f));
        return t;
    }
}
