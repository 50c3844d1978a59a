package org.evwb.core.qubo.qaoa;

/**
 * The phases e^{−iγC(z)} of one QAOA layer times the factor f of its {@link FactoredMixer}: from a table per distinct
 * cost ({@link CostLevels}) when there is one, else a cosine and a sine per amplitude. Shared by the scalar and the
 * SIMD layer, so both fold the mixer's factor in the same way.
 */
final class LayerPhases {

    private final double[] cost;
    /** Level per basis state, or null: then {@link #apply} computes each phase. */
    final char[] level;
    /** cos and sin of the phase of each level, times f; null without levels. */
    final double[] cosT;
    final double[] sinT;
    private final double gamma;
    private final double fr;
    private final double fi;

    /** {@code levels} may be null; one that does not cover {@code cost} is not used. */
    LayerPhases(double[] cost, CostLevels levels, double gamma, FactoredMixer mix) {
        this.cost = cost;
        this.gamma = gamma;
        this.fr = mix.fr();
        this.fi = mix.fi();
        if (levels == null || levels.size() != cost.length) {
            level = null;
            cosT = null;
            sinT = null;
            return;
        }
        double[] v = levels.values();
        level = levels.levels();
        cosT = new double[v.length];
        sinT = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            double pc = Math.cos(-gamma * v[k]);
            double ps = Math.sin(-gamma * v[k]);
            cosT[k] = pc * fr - ps * fi;
            sinT[k] = pc * fi + ps * fr;
        }
    }

    /** Amplitudes [from, to) times their phase and f. */
    void apply(double[] re, double[] im, int from, int to) {
        if (level != null) {
            for (int z = from; z < to; z++) {
                int l = level[z];
                double c = cosT[l];
                double s = sinT[l];
                double r = re[z];
                double i = im[z];
                re[z] = r * c - i * s;
                im[z] = r * s + i * c;
            }
            return;
        }
        for (int z = from; z < to; z++) {
            double pc = Math.cos(-gamma * cost[z]);
            double ps = Math.sin(-gamma * cost[z]);
            double c = pc * fr - ps * fi;
            double s = pc * fi + ps * fr;
            double r = re[z];
            double i = im[z];
            re[z] = r * c - i * s;
            im[z] = r * s + i * c;
        }
    }
}
