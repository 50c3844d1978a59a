package org.evwb.core.study.exchange;

import com.google.ortools.graph.LinearSumAssignment;
import org.evwb.core.solve.OrTools;
import java.util.ArrayList;
import java.util.List;

/**
 * The former {@code optimal} (kept for tests as an independent reference): maximum-weight bipartite matching on the
 * gains, solved as a linear sum assignment (OR-Tools) on a square graph with dummy nodes: left = buyers + one dummy per seller, right = sellers + one dummy per buyer; a buyer
 * may stay with its own dummy (trade with the grid) at cost 0, a seller with its dummy at cost 0, dummies pair at 0.
 * Costs are integers: gains are scaled so the largest is about 10^14/(n+1) (OR-Tools multiplies costs by n+1
 * internally), which keeps ties and sums exact to ~1e-12 relative.
 */
public final class OrToolsAssignmentReference {

    private OrToolsAssignmentReference() {
    }

    public static List<Matching.Pair> optimalPairs(ExchangeInstance in) {
        OrTools.ensureLoaded();
        int nb = in.buyerCount();
        int ns = in.sellerCount();
        double max = 0;
        for (int b = 0; b < nb; b++) {
            for (int s = 0; s < ns; s++) {
                if (in.acceptable(b, s) && in.gain(b, s) > 0) {
                    max = Math.max(max, in.gain(b, s));
                }
            }
        }
        List<Matching.Pair> out = new ArrayList<>();
        if (max == 0) {
            return out;
        }
        int n = nb + ns;
        double scale = 1e14 / (n + 1) / max;
        for (int attempt = 0; attempt < 4; attempt++, scale /= 1000) {
            LinearSumAssignment lsa = new LinearSumAssignment();
            try {
                for (int b = 0; b < nb; b++) {
                    for (int s = 0; s < ns; s++) {
                        if (in.acceptable(b, s) && in.gain(b, s) > 0) {
                            lsa.addArcWithCost(b, s, -Math.round(in.gain(b, s) * scale));
                        }
                    }
                    lsa.addArcWithCost(b, ns + b, 0);            // buyer b trades with the grid
                }
                for (int s = 0; s < ns; s++) {
                    lsa.addArcWithCost(nb + s, s, 0);            // seller s trades with the grid
                    for (int b = 0; b < nb; b++) {
                        lsa.addArcWithCost(nb + s, ns + b, 0);    // dummy with dummy
                    }
                }
                LinearSumAssignment.Status st = lsa.solve();
                if (st == LinearSumAssignment.Status.POSSIBLE_OVERFLOW) {
                    continue;
                }
                if (st != LinearSumAssignment.Status.OPTIMAL) {
                    throw new IllegalStateException("OR-Tools assignment returned " + st);
                }
                for (int b = 0; b < nb; b++) {
                    int s = lsa.getRightMate(b);
                    if (s < ns) {
                        out.add(in.pairOf(b, s));
                    }
                }
                return out;
            } finally {
                lsa.delete();
            }
        }
        throw new IllegalStateException("OR-Tools assignment overflowed at every cost scale");
    }
}
