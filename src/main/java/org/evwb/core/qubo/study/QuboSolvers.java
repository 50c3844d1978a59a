package org.evwb.core.qubo.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.CpSatSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.sampler.RandomSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.qubo.sampler.TabuSampler;
import org.evwb.core.solve.SolverSpec;

/**
 * The engine's samplers as a study's solvers: for a {@link QuboFormulation}, one {@link SolverSpec} per sampler id
 * ({@link #IDS}), each taking the engine's own parameters record ({@code AnnealSampler.Parameters}, …,
 * {@code QaoaSimulator.Parameters}) and all run by one optimiser that encodes the instance, samples, decodes the best
 * read and attaches the {@link QuboRunStats}.
 *
 * <p>The rule for a study's own solvers: {@link #withSamplers} lists them first, then every sampler whose id none of
 * them takes; an own solver with a sampler's id replaces that sampler.
 */
public final class QuboSolvers {

    /** The sampler solver ids, in the order studies list them. */
    public static final List<String> IDS = List.of(AnnealSampler.ID, TabuSampler.ID, ExactSampler.ID,
            CpSatSampler.ID, RandomSampler.ID, QaoaSampler.ID);

    private QuboSolvers() {
    }

    /** The six sampler solvers of {@code formulation}, in {@link #IDS} order. */
    public static <I, S> List<SolverSpec<I, S>> of(QuboFormulation<I, S> formulation) {
        Samplers engine = new Samplers();
        Map<String, Record> overrides = formulation.samplerDefaults();
        for (String id : overrides.keySet()) {
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException(formulation.title() + ": sampler defaults for unknown sampler '"
                        + id + "'; the samplers are " + String.join(", ", IDS));
            }
        }
        List<SolverSpec<I, S>> out = new ArrayList<>();
        for (String id : IDS) {
            SolverSpec<Qubo, SampleSet> sampler = engine.byId(id).orElseThrow();
            Record defaults = overrides.getOrDefault(id, sampler.defaults());
            if (defaults.getClass() != sampler.defaults().getClass()) {
                throw new IllegalArgumentException(formulation.title() + ": the defaults of " + id + " must be a "
                        + sampler.defaults().getClass().getSimpleName() + ", not "
                        + defaults.getClass().getSimpleName());
            }
            String description = QaoaSampler.ID.equals(id)
                    ? "QAOA model of the study — " + sampler.description() + "; best shot decoded"
                    : formulation.title() + " — " + sampler.description() + "; best read decoded";
            out.add(SolverSpec.of(id, description, defaults,
                    p -> new SamplerSolver<>(id, description, formulation, sampler, p)));
        }
        return out;
    }

    /** {@code own} followed by the sampler solvers whose ids {@code own} does not already use. */
    public static <I, S> List<SolverSpec<I, S>> withSamplers(List<SolverSpec<I, S>> own,
                                                             QuboFormulation<I, S> formulation) {
        Set<String> taken = own.stream().map(SolverSpec::id).collect(Collectors.toSet());
        List<SolverSpec<I, S>> out = new ArrayList<>(own);
        for (SolverSpec<I, S> s : of(formulation)) {
            if (!taken.contains(s.id())) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
