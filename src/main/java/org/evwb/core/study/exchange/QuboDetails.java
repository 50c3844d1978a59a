package org.evwb.core.study.exchange;

import java.util.List;

/**
 * How the {@code qubo} solver's matching was obtained: the sampler, the penalty P, the QUBO's size, the energy of the
 * decoded (best) sample, the one-partner constraints it breaks, and how many of all reads broke none.
 *
 * @param sampler            engine sampler id ({@code anneal}, {@code exact}, ...)
 * @param penalty            P on every {@code x_ij·x_ij'} sharing a buyer or a seller
 * @param variables          binaries (one per feasible acceptable pair)
 * @param couplers           penalty couplers
 * @param energy             QUBO energy of the decoded sample ({@code −Σ gain} plus penalties)
 * @param brokenConstraints  names of the one-partner constraints the decoded sample breaks ("one partner per buyer ev7")
 * @param reads              samples drawn (occurrences; for {@code exact}, the ground states kept)
 * @param feasibleReads      of those, how many break no one-partner constraint
 */
public record QuboDetails(String sampler, double penalty, int variables, int couplers, double energy,
                          List<String> brokenConstraints, long reads, long feasibleReads) {

    public QuboDetails {
        brokenConstraints = List.copyOf(brokenConstraints);
    }

    /** Share of reads that break no one-partner constraint (NaN without reads). */
    public double feasibleShare() {
        return reads == 0 ? Double.NaN : (double) feasibleReads / reads;
    }
}
