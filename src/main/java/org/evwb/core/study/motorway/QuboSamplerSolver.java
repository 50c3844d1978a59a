package org.evwb.core.study.motorway;

import java.util.List;
import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * {@code anneal}, {@code tabu}, {@code exact} and {@code random} on the study's GCM QUBO (Model I, eqs. 19–20 with the
 * study's weights A and B): builds the engine's {@link Qubo} from {@link MotorwayQuboTerms}, runs the engine's sampler,
 * and decodes the best read into a schedule for the checker. The run's statistics (QUBO size, unresolved conflicts
 * per read) travel with the schedule.
 *
 * <p>{@code exact} above the engine's 30 variables enumerates only the states with at most one option per EMV, which
 * hold every ground state ({@link AtMostOneExact}).
 */
final class QuboSamplerSolver implements Optimizer<MotorwayInstance, MotorwaySchedule> {

    private final String id;
    private final String description;
    private final Optimizer<Qubo, SampleSet> sampler;

    QuboSamplerSolver(String id, String description, Optimizer<Qubo, SampleSet> sampler) {
        this.id = id;
        this.description = description;
        this.sampler = sampler;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public MotorwaySchedule solve(MotorwayInstance in, RunContext ctx) {
        MotorwayQuboTerms terms = MotorwayQuboTerms.gcm(in);
        Qubo q = MotorwayQubo.quadratic(terms);
        ctx.progress(Double.NaN, id + ": GCM QUBO with " + q.numVariables() + " variables, " + q.numCouplers()
                + " couplers");
        SampleSet set = ExactSampler.ID.equals(id) && q.numVariables() > ExactSampler.MAX_VARIABLES
                ? new AtMostOneExact().solve(q, terms, ctx) : sampler.solve(q, ctx);
        QuboDecoding decoding = new QuboDecoding(in, terms);
        MotorwayParameters p = in.parameters();
        if (set.best().isEmpty()) {
            QuboRunStats stats = new QuboRunStats(id, "gcm", q.numVariables(), q.numCouplers(), 0, p.weightA(),
                    p.weightB(), 0, Double.NaN, List.of(), List.of(), null);
            return new MotorwaySchedule(List.of(), MotorwaySchedule.Status.NO_SOLUTION, -1, stats);
        }
        Sample best = set.best().get();
        QuboRunStats stats = new QuboRunStats(id, "gcm", q.numVariables(), q.numCouplers(), 0, p.weightA(),
                p.weightB(), set.totalOccurrences(), best.energy(), decoding.histogram(set),
                broken(q.decode(best.state())), null);
        return decoding.schedule(best.state(), stats);
    }

    /** The broken constraints as "name (penalty)" for reports. */
    static List<String> broken(Decoded d) {
        return d.brokenConstraints().stream().map(b -> b.constraint() + " (penalty "
                + MotorwayInstance.fmt(b.penalty()) + ")").toList();
    }
}
