package org.evwb.ui.qubo;

import javafx.scene.paint.Color;

/**
 * A diverging colour scale symmetric about zero (ColorBrewer RdBu: blue for negative, near-white for 0, red for
 * positive), so the sign of a coefficient reads at a glance and equal magnitudes get equal intensity.
 */
public record DivergingScale(double maxAbs) {

    private static final int[] NEG = {33, 102, 172};
    private static final int[] MID = {247, 247, 247};
    private static final int[] POS = {178, 24, 43};

    /** ARGB of value {@code v} (clamped to ±maxAbs). */
    public int argb(double v) {
        double t = maxAbs > 0 ? Math.max(-1, Math.min(1, v / maxAbs)) : 0;
        int[] end = t < 0 ? NEG : POS;
        double a = Math.abs(t);
        // A floor of 25 % keeps tiny non-zero coefficients distinguishable from empty cells.
        double f = a == 0 ? 0 : 0.25 + 0.75 * a;
        int r = (int) Math.round(MID[0] + (end[0] - MID[0]) * f);
        int g = (int) Math.round(MID[1] + (end[1] - MID[1]) * f);
        int b = (int) Math.round(MID[2] + (end[2] - MID[2]) * f);
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    public Color color(double v) {
        int c = argb(v);
        return Color.rgb(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff);
    }
}
