package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * Maximum-weight bipartite matching on the gains (SPEC §3 {@code optimal}): the social-welfare optimum over feasible
 * acceptable pairs, the ground truth the paper lacks. Solved exactly as a rectangular linear sum assignment
 * ({@link RectangularAssignment}, shortest augmenting paths in doubles) on the dense buyers × sellers matrix of gains,
 * where the grid is each side's outside option: a pair that is not acceptable or gains nothing weighs 0, as good as
 * both trading with the grid, and is never formed.
 */
final class OptimalMatching implements Optimizer<ExchangeInstance, Matching> {

    OptimalMatching() {
    }

    @Override
    public String id() {
        return "optimal";
    }

    @Override
    public String description() {
        return "Maximum-weight bipartite matching on the gains (exact)";
    }

    @Override
    public Matching solve(ExchangeInstance in, RunContext ctx) {
        return Matching.of(in, optimalPairs(in));
    }

    static List<Matching.Pair> optimalPairs(ExchangeInstance in) {
        int nb = in.buyerCount();
        int ns = in.sellerCount();
        int[] mate = RectangularAssignment.maximiseMatching(weights(in), nb, ns);
        List<Matching.Pair> out = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            if (mate[b] >= 0) {
                out.add(in.pairOf(b, mate[b]));
            }
        }
        return out;
    }

    /** The buyers × sellers matrix, row by row: the gain of an acceptable pair that gains, else 0 (the grid). */
    static double[] weights(ExchangeInstance in) {
        int nb = in.buyerCount();
        int ns = in.sellerCount();
        double[] w = new double[nb * ns];
        for (int b = 0; b < nb; b++) {
            for (int s = 0; s < ns; s++) {
                double g = in.gain(b, s);
                w[b * ns + s] = in.acceptable(b, s) && g > 0 ? g : 0;
            }
        }
        return w;
    }
}
