package org.evwb.core.study.motorway;

import java.util.List;

/**
 * What a QUBO-based run of the motorway study measured besides its best schedule, for the charts: the size of the
 * model, the number of unresolved conflicts per read (paper Figs. 9, 10, 12) and, for QAOA, the probability per
 * energy level and of a feasible state (paper Fig. 13).
 *
 * <p>"Unresolved conflicts" of a read: the EMVs whose one-hot constraint it breaks plus the charging conflicts of the
 * schedule it decodes into, counted the way the checker counts them under the study's model. A read with 0 decodes
 * into a schedule the checker accepts.
 *
 * @param sampler          engine sampler id ({@code anneal}, {@code tabu}, {@code exact}, {@code random},
 *                         {@code qaoa})
 * @param model            {@code "gcm"} (Model I QUBO) or {@code "scm"} (Model II with higher-order station terms)
 * @param variables        binary variables (qubits for QAOA)
 * @param couplers         distinct non-zero quadratic couplers
 * @param higherOrderTerms station-capacity terms of order b_j + 1 (0 for the GCM)
 * @param reads            reads (shots for QAOA) behind the histogram
 * @param bestEnergy       energy of the best read (0 = one-hot and conflict-free)
 * @param conflictsPerRead reads per number of unresolved conflicts, ascending
 * @param brokenConstraints the constraints the best read breaks, as the engine's decoder names them
 * @param qaoa             QAOA statistics of the final state, {@code null} for the other samplers
 */
public record QuboRunStats(String sampler, String model, int variables, int couplers, int higherOrderTerms,
                           double weightA, double weightB, long reads, double bestEnergy,
                           List<ConflictCount> conflictsPerRead, List<String> brokenConstraints, Qaoa qaoa) {

    public QuboRunStats {
        conflictsPerRead = List.copyOf(conflictsPerRead);
        brokenConstraints = List.copyOf(brokenConstraints);
    }

    /** {@code reads} reads left {@code unresolved} conflicts. */
    public record ConflictCount(int unresolved, long reads) { }

    /** One energy level of the QAOA final state and its probability. */
    public record EnergyLevel(double energy, double probability) { }

    /**
     * @param layers              p
     * @param probabilityFeasible probability of measuring a one-hot state within every station's capacity
     * @param probabilityOptimal  probability of measuring a lowest-energy state
     * @param levels              probability per energy level, ascending energy (sums to 1)
     */
    public record Qaoa(int layers, List<Double> gammas, List<Double> betas, double expectedEnergy, double minEnergy,
                       double probabilityFeasible, double probabilityOptimal, int evaluations,
                       List<EnergyLevel> levels) {
        public Qaoa {
            gammas = List.copyOf(gammas);
            betas = List.copyOf(betas);
            levels = List.copyOf(levels);
        }
    }

    /** Reads with no unresolved conflict. */
    public long conflictFreeReads() {
        return conflictsPerRead.stream().filter(c -> c.unresolved() == 0).mapToLong(ConflictCount::reads).sum();
    }

    /**
     * The scalar figures as objective values for run reports: {@code quboVariables}, {@code quboCouplers},
     * {@code quboHigherOrderTerms}, {@code reads}, {@code conflictFreeReads}, {@code conflictFreeShare},
     * {@code bestEnergy}, {@code readsWithNConflicts} per histogram entry, and for QAOA {@code qaoaLayers},
     * {@code qaoaProbabilityFeasible}, {@code qaoaProbabilityOptimal}, {@code qaoaExpectedEnergy}.
     */
    public java.util.Map<String, Double> toObjectives() {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("quboVariables", (double) variables);
        m.put("quboCouplers", (double) couplers);
        m.put("quboHigherOrderTerms", (double) higherOrderTerms);
        m.put("reads", (double) reads);
        m.put("conflictFreeReads", (double) conflictFreeReads());
        m.put("conflictFreeShare", conflictFreeShare());
        m.put("bestEnergy", bestEnergy);
        for (ConflictCount c : conflictsPerRead) {
            m.put("readsWith" + c.unresolved() + "Conflicts", (double) c.reads());
        }
        if (qaoa != null) {
            m.put("qaoaLayers", (double) qaoa.layers());
            m.put("qaoaProbabilityFeasible", qaoa.probabilityFeasible());
            m.put("qaoaProbabilityOptimal", qaoa.probabilityOptimal());
            m.put("qaoaExpectedEnergy", qaoa.expectedEnergy());
        }
        return m;
    }

    /** Share of reads with no unresolved conflict (0 when there were no reads). */
    public double conflictFreeShare() {
        return reads == 0 ? 0 : (double) conflictFreeReads() / reads;
    }
}
