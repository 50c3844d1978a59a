package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evwb.core.qubo.study.QuboRunStats;

/**
 * A solution of study {@code exchange}: buyer–seller pairs (participant indices into {@link ExchangeInstance#participants()})
 * and the social welfare the solver reports for it. Everyone not in a pair trades with the grid. The checker
 * recomputes the welfare from the project data and compares it with {@code reportedSocialWelfare}, and likewise every
 * energy and flow in {@code trades}.
 *
 * <p>{@code qubo} is null except for the QUBO sampler solvers ({@code anneal}, …, {@code qaoa}), which record how
 * their sample was obtained. A QUBO sample may select two partners for one buyer or seller; it is kept as sampled
 * (never repaired) so the checker reports it.
 *
 * @param trades    the energies and flows the matching reports (the solvers: the model's; a result file: what it
 *                  says); {@code null} when it reports none
 * @param edgeTasks the base stations' edge-computing tasks with their Theorem 1 bounds ({@code solution.edgeTasks});
 *                  the model's for a solver's matching ({@link #of}), what a result file reports for one read back;
 *                  null when none are reported (the result file then writes them from the instance). The checker
 *                  recomputes them either way.
 */
public record Matching(List<Pair> pairs, double reportedSocialWelfare, QuboRunStats qubo, Trades trades,
                       List<EdgeTasks.EdgeTask> edgeTasks) {

    /** Buyer and seller, as participant indices. */
    public record Pair(int buyer, int seller) { }

    /**
     * What a matching reports about the energy that changes hands, in the order a result file lists it.
     *
     * @param pairs      per pair its energy and flow type
     * @param gridTrades every trade with the grid; {@code null} when not reported
     */
    public record Trades(List<PairTrade> pairs, List<GridTrade> gridTrades) {
        public Trades {
            pairs = List.copyOf(pairs);
            gridTrades = gridTrades == null ? null : List.copyOf(gridTrades);
        }

        /**
         * The model's trades of {@code pairs}: each pair moves the buyer's demand; an unmatched buyer buys its demand
         * from the grid, a seller sells to the grid what its partner does not take.
         */
        public static Trades of(ExchangeInstance in, List<Pair> pairs) {
            List<PairTrade> pt = new ArrayList<>();
            int n = in.participants().size();
            boolean[] matched = new boolean[n];
            double[] delivered = new double[n];
            for (Pair p : pairs) {
                Participant b = in.participants().get(p.buyer());
                Participant s = in.participants().get(p.seller());
                pt.add(new PairTrade(p.buyer(), p.seller(), in.tradeKWh(p.buyer()), FlowType.of(s.kind(), b.kind())));
                matched[p.buyer()] = true;
                delivered[p.seller()] += in.tradeKWh(p.buyer());
            }
            List<GridTrade> grid = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                double e = switch (in.role(k)) {
                    case BUYER -> matched[k] ? 0 : in.tradeKWh(k);
                    case SELLER -> in.sellerToGridKWh(k, delivered[k]);
                    case NONE -> 0;
                };
                if (e > 0) {
                    boolean sells = in.role(k) == ExchangePhysics.Role.SELLER;
                    grid.add(new GridTrade(k, e, FlowType.withGrid(in.participants().get(k).kind(), sells)));
                }
            }
            return new Trades(pt, grid);
        }
    }

    /** A pair's reported energy from seller to buyer and its flow type (either null: not reported). */
    public record PairTrade(int buyer, int seller, Double energyKWh, FlowType flow) { }

    /** A participant's reported trade with the grid (either figure null: not reported). */
    public record GridTrade(int participant, Double energyKWh, FlowType flow) { }

    public Matching {
        pairs = pairs.stream().sorted(Comparator.comparingInt(Pair::buyer).thenComparingInt(Pair::seller)).toList();
        edgeTasks = edgeTasks == null ? null : List.copyOf(edgeTasks);
    }

    /** A matching that reports no edge-computing tasks. */
    public Matching(List<Pair> pairs, double reportedSocialWelfare, QuboRunStats qubo, Trades trades) {
        this(pairs, reportedSocialWelfare, qubo, trades, null);
    }

    /** A matching without QUBO statistics and reported trades. */
    public Matching(List<Pair> pairs, double reportedSocialWelfare) {
        this(pairs, reportedSocialWelfare, null, null, null);
    }

    /** A matching without reported trades and edge tasks. */
    public Matching(List<Pair> pairs, double reportedSocialWelfare, QuboRunStats qubo) {
        this(pairs, reportedSocialWelfare, qubo, null, null);
    }

    /**
     * A matching whose reported welfare, trades and edge tasks are the model's own values (what the solvers return),
     * so that a solver's matching and the one its result file reads back are equal.
     */
    public static Matching of(ExchangeInstance in, List<Pair> pairs) {
        List<Pair> sorted = new Matching(pairs, 0).pairs();
        return new Matching(sorted, in.socialWelfare(sorted), null, Trades.of(in, sorted), EdgeTasks.of(in));
    }

    /** The same pairs, welfare and trades with other QUBO statistics. */
    public Matching withQubo(QuboRunStats stats) {
        return new Matching(pairs, reportedSocialWelfare, stats, trades, edgeTasks);
    }
}
