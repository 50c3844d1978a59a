package org.evwb.core.study.exchange.teaching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Step;

/**
 * Runs deferred acceptance exactly as the {@code gale-shapley} solver does — the same preference lists (own utility,
 * eq. (7) for buyers and eq. (8) for sellers, ties to the lower index), the same first-in-first-out queue of free
 * proposers, a receiver keeping its current partner on a tie — and records every proposal. The solver itself records
 * nothing (it must stay fast at 200 EVs); {@code GaleShapleyTracerTest} checks on random instances that both end in
 * the same matching.
 */
public final class GaleShapleyTracer {

    private GaleShapleyTracer() {
    }

    /** The trace of a run with {@code side} proposing. */
    public static GaleShapleyTrace trace(ExchangeInstance in, ProposingSide side) {
        boolean buyers = side == ProposingSide.BUYERS;
        int np = buyers ? in.buyerCount() : in.sellerCount();
        int nr = buyers ? in.sellerCount() : in.buyerCount();
        // proposer p, receiver r → buyer/seller numbers
        Slot slot = buyers ? (p, r) -> new int[] {p, r} : (p, r) -> new int[] {r, p};
        int[][] prefs = new int[np][];
        for (int p = 0; p < np; p++) {
            final int pp = p;
            prefs[p] = IntStream.range(0, nr).filter(r -> acceptable(in, slot.of(pp, r))).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(r -> -proposerUtility(in, buyers, slot.of(pp, r)))
                            .thenComparingInt(r -> r))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] next = new int[np];
        int[] holder = new int[nr];
        Arrays.fill(holder, -1);
        ArrayDeque<int[]> free = new ArrayDeque<>(); // {proposer, round}
        for (int p = 0; p < np; p++) {
            free.add(new int[] {p, 1});
        }
        List<Step> steps = new ArrayList<>();
        while (!free.isEmpty()) {
            int[] turn = free.poll();
            int p = turn[0];
            int round = turn[1];
            if (next[p] >= prefs[p].length) {
                continue;           // exhausted its list: trades with the grid
            }
            int r = prefs[p][next[p]++];
            int h = holder[r];
            Outcome outcome;
            if (h < 0) {
                holder[r] = p;
                outcome = Outcome.ACCEPTED;
            } else if (receiverUtility(in, buyers, slot.of(p, r)) > receiverUtility(in, buyers, slot.of(h, r))) {
                holder[r] = p;
                free.add(new int[] {h, round + 1});
                outcome = Outcome.DISPLACED;
            } else {
                free.add(new int[] {p, round + 1});
                outcome = Outcome.REJECTED;
            }
            int[] ps = slot.of(p, r);
            Matching.Pair pr = in.pairOf(ps[0], ps[1]);
            int proposer = buyers ? pr.buyer() : pr.seller();
            int receiver = buyers ? pr.seller() : pr.buyer();
            int displaced = -1;
            if (outcome == Outcome.DISPLACED) {
                int[] hs = slot.of(h, r);
                Matching.Pair old = in.pairOf(hs[0], hs[1]);
                displaced = buyers ? old.buyer() : old.seller();
            }
            steps.add(new Step(steps.size(), round, proposer, receiver, outcome, displaced,
                    pairs(in, holder, slot)));
        }
        return new GaleShapleyTrace(side, steps, pairs(in, holder, slot));
    }

    private interface Slot {
        int[] of(int proposer, int receiver);
    }

    private static boolean acceptable(ExchangeInstance in, int[] bs) {
        return in.acceptable(bs[0], bs[1]);
    }

    private static double proposerUtility(ExchangeInstance in, boolean buyers, int[] bs) {
        return buyers ? in.buyerUtility(bs[0], bs[1]) : in.sellerUtility(bs[0], bs[1]);
    }

    private static double receiverUtility(ExchangeInstance in, boolean buyers, int[] bs) {
        return buyers ? in.sellerUtility(bs[0], bs[1]) : in.buyerUtility(bs[0], bs[1]);
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
