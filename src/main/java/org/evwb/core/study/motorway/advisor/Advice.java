package org.evwb.core.study.motorway.advisor;

import java.util.List;

/**
 * The layout advisor's answer.
 *
 * @param status        what CP-SAT proved
 * @param changes       the proposed changes (empty when the layout already allows a conflict-free schedule, or when
 *                      none was found)
 * @param extraChargers the total number of chargers the changes add
 * @param message       one sentence for the user
 */
public record Advice(Status status, List<ProposedChange> changes, int extraChargers, String message) {

    public Advice {
        changes = List.copyOf(changes);
    }

    /** The proof status. */
    public enum Status {
        /** The layout already allows a conflict-free schedule; nothing to add. */
        ALREADY_FEASIBLE,
        /** The proposal is proved to be the fewest extra chargers within the allowed sites. */
        OPTIMAL,
        /** A proposal that works, but the time limit came before the proof that fewer would not. */
        FEASIBLE,
        /** Even the most the request allows at every site does not give a conflict-free schedule. */
        INFEASIBLE,
        /** The time limit came before any answer. */
        UNKNOWN
    }
}
