package org.evwb.core.qubo;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a sampler reports beyond its samples; one record per sampler, written into result files as is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SamplerInfo.Anneal.class, name = "anneal"),
        @JsonSubTypes.Type(value = SamplerInfo.Tabu.class, name = "tabu"),
        @JsonSubTypes.Type(value = SamplerInfo.Exact.class, name = "exact"),
        @JsonSubTypes.Type(value = SamplerInfo.CpSat.class, name = "cpsat"),
        @JsonSubTypes.Type(value = SamplerInfo.Qaoa.class, name = "qaoa"),
        @JsonSubTypes.Type(value = SamplerInfo.Random.class, name = "random"),
        @JsonSubTypes.Type(value = SamplerInfo.Imported.class, name = "imported")})
public sealed interface SamplerInfo {

    /** β range actually used, sweeps, reads completed and Metropolis spin updates attempted. */
    record Anneal(double betaHot, double betaCold, int sweeps, int readsCompleted, long spinUpdates,
                  boolean stoppedEarly) implements SamplerInfo { }

    record Tabu(int tenure, int restarts, long iterations, boolean stoppedEarly) implements SamplerInfo { }

    /**
     * @param complete      false when the enumeration was stopped (time limit) before covering all 2^n states
     * @param groundStates  how many states have the lowest energy (all are in the sample set up to 1,024)
     */
    record Exact(long statesEnumerated, boolean complete, double groundEnergy, long groundStates,
                 EnergyHistogram histogram) implements SamplerInfo { }

    /**
     * @param status       CP-SAT's status (OPTIMAL, FEASIBLE, ...)
     * @param optimal      true when CP-SAT proved the best energy optimal
     * @param bound        lower bound on the energy proved by CP-SAT
     * @param integerModel true when the coefficients were integers after exact scaling (the proof is then exact;
     *                     otherwise CP-SAT's floating-point objective was used)
     */
    record CpSat(String status, boolean optimal, double bestEnergy, double bound, boolean integerModel)
            implements SamplerInfo { }

    /**
     * @param probabilityFeasible probability of measuring a state that breaks no constraint
     * @param probabilityOptimal  probability of measuring a ground state (energy within 1e-9 of the minimum)
     * @param expectedEnergy      ⟨ψ|C|ψ⟩ of the final state
     * @param histogram           probability per energy level of the final state
     */
    record Qaoa(int layers, double[] gammas, double[] betas, double expectedEnergy, double minEnergy,
                double probabilityOptimal, double probabilityFeasible, int evaluations, int shots,
                EnergyHistogram histogram) implements SamplerInfo { }

    record Random(int reads) implements SamplerInfo { }

    /** A sample set read from a file. */
    record Imported(String source) implements SamplerInfo { }
}
