package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/** Acceptable pairs by descending gain (ties: lower buyer, then lower seller), each taken while both are free. */
final class GreedyMatching implements Optimizer<ExchangeInstance, Matching> {

    @Override
    public String id() {
        return "greedy";
    }

    @Override
    public String description() {
        return "Pairs by descending gain";
    }

    @Override
    public Matching solve(ExchangeInstance in, RunContext ctx) {
        List<long[]> cand = new ArrayList<>();
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                // a pair that lowers social welfare is never worth taking
                if (in.acceptable(b, s) && in.gain(b, s) >= 0) {
                    cand.add(new long[] {b, s});
                }
            }
        }
        ctx.checkCancelled();
        cand.sort((x, y) -> {
            int c = Double.compare(in.gain((int) y[0], (int) y[1]), in.gain((int) x[0], (int) x[1]));
            return c != 0 ? c : x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]);
        });
        boolean[] bUsed = new boolean[in.buyerCount()];
        boolean[] sUsed = new boolean[in.sellerCount()];
        List<Matching.Pair> pairs = new ArrayList<>();
        for (long[] c : cand) {
            int b = (int) c[0];
            int s = (int) c[1];
            if (!bUsed[b] && !sUsed[s]) {
                bUsed[b] = true;
                sUsed[s] = true;
                pairs.add(in.pairOf(b, s));
            }
        }
        ctx.progress(1, pairs.size() + " pairs");
        return Matching.of(in, pairs);
    }
}
