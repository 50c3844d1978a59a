package org.evwb.core.study.exchange.teaching;

import java.util.List;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;
import org.evwb.core.study.exchange.Matching;

/**
 * A recorded deferred-acceptance run (paper 000 §III-B), one {@link Step} per proposal, for stepping through in class.
 * Produced by {@link GaleShapleyTracer}; its final matching is the {@code gale-shapley} solver's result.
 *
 * @param side       who proposed
 * @param steps      every proposal in the order it was made
 * @param finalPairs the stable matching at the end (sorted as {@link Matching} sorts)
 */
public record GaleShapleyTrace(ProposingSide side, List<Step> steps, List<Matching.Pair> finalPairs) {

    /** What became of a proposal. */
    public enum Outcome {
        /** The receiver was free and holds the proposer now. */
        ACCEPTED,
        /** The receiver keeps the partner it holds (ties go to the one it already holds). */
        REJECTED,
        /** The receiver prefers the proposer and drops the partner it held, who becomes free again. */
        DISPLACED
    }

    /**
     * One proposal. Proposer, receiver and displaced are participant indices into the instance's participants.
     *
     * @param index         0-based position in the trace
     * @param round         1 for each proposer's first turn; a proposer freed in round r proposes again in round r+1
     * @param displaced     the partner the receiver dropped ({@link Outcome#DISPLACED}), else -1
     * @param matchingAfter the tentative matching once this step is done (buyer–seller pairs, sorted)
     */
    public record Step(int index, int round, int proposer, int receiver, Outcome outcome, int displaced,
                       List<Matching.Pair> matchingAfter) {
        public Step {
            matchingAfter = List.copyOf(matchingAfter);
        }
    }

    public GaleShapleyTrace {
        steps = List.copyOf(steps);
        finalPairs = List.copyOf(finalPairs);
    }

    /** The tentative matching before step {@code k} (empty before the first step; {@code k = size} is the end). */
    public List<Matching.Pair> matchingBefore(int k) {
        return k == 0 ? List.of() : steps.get(k - 1).matchingAfter();
    }

    /** The number of rounds (0 when nobody had anyone to propose to). */
    public int rounds() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).round();
    }

    public int size() {
        return steps.size();
    }
}
