package org.evwb.core.study.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;

/**
 * Deferred acceptance (Gale–Shapley) over the feasible acceptable pairs, paper 000 §III-B. Each side ranks its
 * acceptable partners by its own utility (eq. (7) for buyers, eq. (8) for sellers); ties go to the lower index, and a
 * receiver keeps its current proposer on a tie. The result is stable: no pair in which both strictly prefer each other
 * (an unmatched entity prefers any acceptable partner to the grid).
 */
public final class GaleShapley implements Optimizer<ExchangeInstance, Matching> {

    private final ProposingSide side;

    /** {@code side} null: the study's {@link ExchangeParameters#proposingSide()}. */
    GaleShapley(ProposingSide side) {
        this.side = side;
    }

    @Override
    public String id() {
        return "gale-shapley";
    }

    @Override
    public String description() {
        return "Deferred acceptance, stable matching by each side's own utility";
    }

    @Override
    public Matching solve(ExchangeInstance in, RunContext ctx) {
        ProposingSide s = side == null ? in.params().proposingSide() : side;
        int[] holder = holders(in, s, null, ctx);
        List<Matching.Pair> pairs = new ArrayList<>();
        for (int r = 0; r < holder.length; r++) {
            if (holder[r] >= 0) {
                pairs.add(s == ProposingSide.BUYERS ? in.pairOf(holder[r], r) : in.pairOf(r, holder[r]));
            }
        }
        ctx.progress(1, "stable matching of " + pairs.size() + " pairs");
        return Matching.of(in, pairs);
    }

    /**
     * Told about every proposal of a run (the teaching trace). Indices are in the proposing side's and the receiving
     * side's own numbering (buyer or seller index).
     */
    public interface ProposalListener {
        /**
         * @param round     1 for everyone's first proposal; a proposer freed in round r proposes again in round r + 1
         * @param accepted  false: rejected
         * @param displaced the proposer the receiver let go for this one, -1 for none
         * @param holder    for every receiver, the proposer it holds after this proposal (-1: none); read only
         */
        void proposal(int round, int proposer, int receiver, boolean accepted, int displaced, int[] holder);
    }

    /**
     * Runs deferred acceptance with {@code side} proposing and returns, for every receiver, the proposer it holds
     * (-1: none); {@code listener} (may be null) hears every proposal.
     */
    public static int[] holders(ExchangeInstance in, ProposingSide side, ProposalListener listener, RunContext ctx) {
        return side == ProposingSide.BUYERS
                ? run(in.buyerCount(), in.sellerCount(), in::acceptable, in::buyerUtility, in::sellerUtility, ctx,
                        listener)
                : run(in.sellerCount(), in.buyerCount(), (p, r) -> in.acceptable(r, p),
                        (p, r) -> in.sellerUtility(r, p), (p, r) -> in.buyerUtility(r, p), ctx, listener);
    }

    interface PairTest {
        boolean test(int proposer, int receiver);
    }

    interface PairValue {
        double value(int proposer, int receiver);
    }

    /** Returns, for every receiver, the proposer it holds at the end (-1: none). */
    static int[] run(int np, int nr, PairTest acceptable, PairValue proposerU, PairValue receiverU, RunContext ctx,
                     ProposalListener listener) {
        int[][] prefs = new int[np][];
        for (int p = 0; p < np; p++) {
            final int pp = p;
            prefs[p] = java.util.stream.IntStream.range(0, nr).filter(r -> acceptable.test(pp, r)).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(r -> -proposerU.value(pp, r))
                            .thenComparingInt(r -> r))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] next = new int[np];
        int[] holder = new int[nr];
        Arrays.fill(holder, -1);
        int[] round = new int[np];
        Arrays.fill(round, 1);
        ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int p = 0; p < np; p++) {
            free.add(p);
        }
        long steps = 0;
        while (!free.isEmpty()) {
            if (++steps % 4096 == 0) {
                ctx.checkCancelled();
            }
            int p = free.poll();
            if (next[p] >= prefs[p].length) {
                continue;           // exhausted its list: trades with the grid
            }
            int r = prefs[p][next[p]++];
            int h = holder[r];
            int rd = round[p];
            boolean accepted = true;
            if (h < 0) {
                holder[r] = p;
            } else if (receiverU.value(p, r) > receiverU.value(h, r)) {
                holder[r] = p;
                free.add(h);
                round[h] = rd + 1;
            } else {
                free.add(p);
                round[p] = rd + 1;
                accepted = false;
            }
            if (listener != null) {
                listener.proposal(rd, p, r, accepted, accepted ? h : -1, holder);
            }
        }
        return holder;
    }
}
