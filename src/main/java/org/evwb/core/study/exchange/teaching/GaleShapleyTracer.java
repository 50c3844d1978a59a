package org.evwb.core.study.exchange.teaching;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;
import org.evwb.core.study.exchange.GaleShapley;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Step;

/**
 * Records every proposal of the {@code gale-shapley} solver's own deferred acceptance ({@link GaleShapley#holders}),
 * so the teaching view steps through exactly what the solver does: round, proposer, receiver, outcome, who was let go,
 * and the tentative matching after each proposal.
 */
public final class GaleShapleyTracer {

    private GaleShapleyTracer() {
    }

    /** The trace of a run with {@code side} proposing. */
    public static GaleShapleyTrace trace(ExchangeInstance in, ProposingSide side) {
        boolean buyers = side == ProposingSide.BUYERS;
        // proposer p, receiver r → buyer/seller numbers
        Slot slot = buyers ? (p, r) -> new int[] {p, r} : (p, r) -> new int[] {r, p};
        List<Step> steps = new ArrayList<>();
        int[] holder = GaleShapley.holders(in, side, (round, p, r, accepted, h, held) -> {
            int[] ps = slot.of(p, r);
            Matching.Pair pr = in.pairOf(ps[0], ps[1]);
            int proposer = buyers ? pr.buyer() : pr.seller();
            int receiver = buyers ? pr.seller() : pr.buyer();
            int displaced = -1;
            if (h >= 0) {
                int[] hs = slot.of(h, r);
                Matching.Pair old = in.pairOf(hs[0], hs[1]);
                displaced = buyers ? old.buyer() : old.seller();
            }
            Outcome outcome = !accepted ? Outcome.REJECTED : h >= 0 ? Outcome.DISPLACED : Outcome.ACCEPTED;
            steps.add(new Step(steps.size(), round, proposer, receiver, outcome, displaced,
                    pairs(in, held, slot)));
        }, RunContext.of(0));
        return new GaleShapleyTrace(side, steps, pairs(in, holder, slot));
    }

    private interface Slot {
        int[] of(int proposer, int receiver);
    }




    private static List<Matching.Pair> pairs(ExchangeInstance in, int[] holder, Slot slot) {
        List<Matching.Pair> out = new ArrayList<>();
        for (int r = 0; r < holder.length; r++) {
            if (holder[r] >= 0) {
                int[] bs = slot.of(holder[r], r);
                out.add(in.pairOf(bs[0], bs[1]));
            }
        }
        return new Matching(out, 0).pairs();
    }
}
