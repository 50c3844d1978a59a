package org.evwb.core.qubo.sampler;

import java.util.List;
import java.util.Optional;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.solve.SolverSpec;

/** The QUBO samplers by id, each with its parameters record and defaults: one list for the CLI, the UI and tests. */
public final class Samplers {

    private final List<SolverSpec<Qubo, SampleSet>> specs = List.of(
            SolverSpec.of(AnnealSampler.ID, "Simulated annealing (neal-style Metropolis sweeps, parallel reads)",
                    AnnealSampler.Parameters.DEFAULT, AnnealSampler::new),
            SolverSpec.of(TabuSampler.ID, "Tabu search, tenure min(20, n/4), restarts, time-limited",
                    TabuSampler.Parameters.DEFAULT, TabuSampler::new),
            SolverSpec.of(ExactSampler.ID, "Exhaustive Gray-code enumeration (n <= 30): ground states, histogram",
                    ExactSampler.Parameters.DEFAULT, ExactSampler::new),
            SolverSpec.of(CpSatSampler.ID, "OR-Tools CP-SAT on the linearised QUBO (proof or bound)",
                    CpSatSampler.Parameters.DEFAULT, CpSatSampler::new),
            SolverSpec.of(QaoaSampler.ID, "QAOA on a simulated state vector (n <= 26)",
                    QaoaSimulator.Parameters.DEFAULT, QaoaSampler::new),
            SolverSpec.of(RandomSampler.ID, "Uniform random bit strings (baseline)",
                    RandomSampler.Parameters.DEFAULT, RandomSampler::new));

    public List<SolverSpec<Qubo, SampleSet>> all() {
        return specs;
    }

    public Optional<SolverSpec<Qubo, SampleSet>> byId(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return specs.stream().map(SolverSpec::id).toList();
    }
}
