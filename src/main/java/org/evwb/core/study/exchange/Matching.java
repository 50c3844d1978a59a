package org.evwb.core.study.exchange;

import java.util.Comparator;
import java.util.List;
import org.evwb.core.qubo.study.QuboRunStats;

/**
 * A solution of study {@code exchange}: buyer–seller pairs (participant indices into {@link ExchangeInstance#participants()})
 * and the social welfare the solver reports for it. Everyone not in a pair trades with the grid. The checker
 * recomputes the welfare from the project data and compares it with {@code reportedSocialWelfare}.
 *
 * <p>{@code qubo} is null except for the QUBO sampler solvers ({@code anneal}, …, {@code qaoa}), which record how
 * their sample was obtained. A QUBO sample may select two partners for one buyer or seller; it is kept as sampled
 * (never repaired) so the checker reports it.
 *
 * <p>{@code edgeTasks} are the base stations' edge-computing tasks with their Theorem 1 bounds as a result file
 * reports them ({@code solution.edgeTasks}); null when the solution does not report them (what solvers return: the
 * tasks are the scenario's, so the result file writes them from the instance). The checker recomputes them either way.
 */
public record Matching(List<Pair> pairs, double reportedSocialWelfare, QuboRunStats qubo,
                       List<EdgeTasks.EdgeTask> edgeTasks) {

    /** Buyer and seller, as participant indices. */
    public record Pair(int buyer, int seller) { }

    public Matching {
        pairs = pairs.stream().sorted(Comparator.comparingInt(Pair::buyer).thenComparingInt(Pair::seller)).toList();
        edgeTasks = edgeTasks == null ? null : List.copyOf(edgeTasks);
    }

    /** A matching that reports no edge-computing tasks. */
    public Matching(List<Pair> pairs, double reportedSocialWelfare, QuboRunStats qubo) {
        this(pairs, reportedSocialWelfare, qubo, null);
    }

    /** A matching without QUBO statistics (every solver but the QUBO samplers). */
    public Matching(List<Pair> pairs, double reportedSocialWelfare) {
        this(pairs, reportedSocialWelfare, null);
    }

    /** A matching whose reported welfare is the model's own value (what the solvers return). */
    public static Matching of(ExchangeInstance in, List<Pair> pairs) {
        return new Matching(pairs, in.socialWelfare(pairs));
    }

    /** The same pairs and welfare with other QUBO statistics. */
    public Matching withQubo(QuboRunStats stats) {
        return new Matching(pairs, reportedSocialWelfare, stats, edgeTasks);
    }
}
