package org.evwb.core.qubo.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.evwb.core.project.Json;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a QUBO sampler run of any study measured besides its best solution: one shape for every {@link QuboStudy},
 * written as {@code solution.qubo} in result files and named the same way in run reports ({@link #toObjectives()}).
 *
 * <p>"Unresolved constraints" of a read are counted by the study's {@link QuboEncoding#unresolved}: a read with 0
 * decodes into a solution that meets every constraint the encoding models (motorway: one-hot EMVs plus charging
 * conflicts, the paper's Figs. 9, 10, 12; exchange: buyers and sellers with two partners).
 *
 * <p>Older result files are read leniently: the motorway study's former names {@code model} and
 * {@code conflictsPerRead} and the exchange {@code qubo} solver's {@code energy} are aliases; their {@code weightA},
 * {@code weightB}, {@code penalty} and {@code feasibleReads} are ignored (their penalties then read as none, and an
 * exchange block has no per-read histogram), and a missing {@code higherOrderTerms} reads as 0. Any other unknown
 * field is still an error.
 *
 * @param sampler           the solver id: {@code anneal}, {@code tabu}, {@code exact}, {@code cpsat}, {@code random},
 *                          {@code qaoa}
 * @param encoding          the study's name for the model sampled, e.g. {@code gcm}, {@code scm}, {@code matching}
 * @param variables         binary variables (qubits for QAOA)
 * @param couplers          distinct non-zero quadratic couplers of the QUBO
 * @param higherOrderTerms  penalty terms of order 3 or more (only a QAOA cost can hold them; 0 otherwise)
 * @param penalties         the penalty weights by name, e.g. {@code {A: 1, B: 1}} or {@code {P: 812.3}}
 * @param reads             reads behind the histogram (shots for QAOA; for {@code exact} the ground states kept)
 * @param bestEnergy        energy of the best read, the one decoded into the solution (NaN without reads)
 * @param readsByUnresolved reads per number of unresolved constraints, ascending; the counts sum to {@code reads}
 * @param brokenConstraints the constraints the best read breaks, named as {@code Qubo.decode} names them, then the
 *                          higher-order ones of a QAOA cost
 * @param qaoa              QAOA figures of the final state; {@code null} for the other samplers
 * @param cpsat             CP-SAT's status and bound; {@code null} for the other samplers
 */
@JsonIgnoreProperties({"weightA", "weightB", "penalty", "feasibleReads"})
public record QuboRunStats(String sampler,
                           @JsonAlias("model") String encoding,
                           int variables, int couplers,
                           @JsonSetter(nulls = Nulls.AS_EMPTY) int higherOrderTerms,
                           Map<String, Double> penalties,
                           long reads,
                           @JsonAlias("energy") @JsonDeserialize(using = Json.NullAsNaN.class) double bestEnergy,
                           @JsonAlias("conflictsPerRead") List<UnresolvedCount> readsByUnresolved,
                           List<String> brokenConstraints,
                           Qaoa qaoa,
                           CpSat cpsat) {

    public QuboRunStats {
        penalties = penalties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(penalties));
        readsByUnresolved = readsByUnresolved == null ? List.of() : List.copyOf(readsByUnresolved);
        brokenConstraints = brokenConstraints == null ? List.of() : List.copyOf(brokenConstraints);
    }

    /** {@code reads} reads left {@code unresolved} constraints unresolved. */
    public record UnresolvedCount(int unresolved, long reads) { }

    /** One energy level of the QAOA final state and its probability. */
    public record EnergyLevel(double energy, double probability) { }

    /**
     * QAOA figures of the final state, as the QUBO workbench shows them.
     *
     * @param layers              p
     * @param gammas              γ per layer, in the cost's own units
     * @param betas               β per layer
     * @param expectedEnergy      ⟨ψ|C|ψ⟩
     * @param minEnergy           lowest energy of any basis state
     * @param probabilityFeasible probability of measuring a state that breaks no constraint
     * @param probabilityOptimal  probability of measuring a lowest-energy state
     * @param evaluations         ⟨C⟩ evaluations the angle search used
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

    /**
     * What CP-SAT says about the QUBO's minimum.
     *
     * @param status  CP-SAT's status (OPTIMAL, FEASIBLE, UNKNOWN, ...)
     * @param optimal true when CP-SAT proved the best energy the minimum
     * @param bound   the proved lower bound on the energy
     */
    public record CpSat(String status, boolean optimal,
                        @JsonDeserialize(using = Json.NullAsNaN.class) double bound) { }

    /** Reads that leave no constraint unresolved. */
    public long feasibleReads() {
        return readsByUnresolved.stream().filter(c -> c.unresolved() == 0).mapToLong(UnresolvedCount::reads).sum();
    }

    /** Share of reads that leave no constraint unresolved; NaN without a per-read histogram. */
    public double feasibleReadShare() {
        return reads == 0 || readsByUnresolved.isEmpty() ? Double.NaN : (double) feasibleReads() / reads;
    }

    /**
     * The scalar figures as objective values for run reports, named the same for every study: {@code quboVariables},
     * {@code quboCouplers}, {@code quboHigherOrderTerms}, {@code quboPenalty<Name>} per penalty weight,
     * {@code quboReads}, {@code quboBestEnergy}, {@code quboBrokenConstraints} (of the best read) and, when there is a
     * per-read histogram, {@code quboFeasibleReads}, {@code quboFeasibleReadShare} and
     * {@code quboReadsWith<k>Unresolved}; for {@code qaoa} also {@code qaoaLayers}, {@code qaoaExpectedEnergy},
     * {@code qaoaMinEnergy}, {@code qaoaProbabilityFeasible}, {@code qaoaProbabilityOptimal},
     * {@code qaoaEvaluations}; for {@code cpsat} {@code cpsatOptimal} (1 or 0) and {@code cpsatBound}.
     */
    public Map<String, Double> toObjectives() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("quboVariables", (double) variables);
        m.put("quboCouplers", (double) couplers);
        m.put("quboHigherOrderTerms", (double) higherOrderTerms);
        penalties.forEach((name, weight) -> m.put("quboPenalty" + name, weight));
        m.put("quboReads", (double) reads);
        m.put("quboBestEnergy", bestEnergy);
        m.put("quboBrokenConstraints", (double) brokenConstraints.size());
        if (!readsByUnresolved.isEmpty()) {
            m.put("quboFeasibleReads", (double) feasibleReads());
            m.put("quboFeasibleReadShare", feasibleReadShare());
            for (UnresolvedCount c : readsByUnresolved) {
                m.put("quboReadsWith" + c.unresolved() + "Unresolved", (double) c.reads());
            }
        }
        if (qaoa != null) {
            m.put("qaoaLayers", (double) qaoa.layers());
            m.put("qaoaExpectedEnergy", qaoa.expectedEnergy());
            m.put("qaoaMinEnergy", qaoa.minEnergy());
            m.put("qaoaProbabilityFeasible", qaoa.probabilityFeasible());
            m.put("qaoaProbabilityOptimal", qaoa.probabilityOptimal());
            m.put("qaoaEvaluations", (double) qaoa.evaluations());
        }
        if (cpsat != null) {
            m.put("cpsatOptimal", cpsat.optimal() ? 1.0 : 0.0);
            m.put("cpsatBound", cpsat.bound());
        }
        return m;
    }
}
