package org.evwb.core.study.exchange;

import java.util.Comparator;
import java.util.List;

/**
 * A solution of study {@code exchange}: buyer–seller pairs (participant indices into {@link ExchangeInstance#participants()})
 * and the social welfare the solver reports for it. Everyone not in a pair trades with the grid. The checker
 * recomputes the welfare from the project data and compares it with {@code reportedSocialWelfare}.
 */
public record Matching(List<Pair> pairs, double reportedSocialWelfare) {

    /** Buyer and seller, as participant indices. */
    public record Pair(int buyer, int seller) { }

    public Matching {
        pairs = pairs.stream().sorted(Comparator.comparingInt(Pair::buyer).thenComparingInt(Pair::seller)).toList();
    }

    /** A matching whose reported welfare is the model's own value (what the solvers return). */
    public static Matching of(ExchangeInstance in, List<Pair> pairs) {
        return new Matching(pairs, in.socialWelfare(pairs));
    }
}
