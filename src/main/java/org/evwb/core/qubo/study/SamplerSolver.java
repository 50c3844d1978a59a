package org.evwb.core.qubo.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.qaoa.CostFunction;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;

/**
 * The one optimiser behind every sampler solver of every {@link QuboStudy}: encodes the instance, runs the sampler
 * (which reports progress and watches the context for cancel and time limit), decodes the best read into the study's
 * solution and attaches the {@link QuboRunStats}. {@code qaoa} runs the simulator on the study's
 * {@link QuboFormulation#qaoaEncoding} cost instead of the engine's QUBO sampler, so a cost with higher-order terms
 * works too.
 */
final class SamplerSolver<I, S> implements Optimizer<I, S> {

    private final String id;
    private final String description;
    private final QuboFormulation<I, S> formulation;
    private final SolverSpec<Qubo, SampleSet> sampler;
    private final Record parameters;

    SamplerSolver(String id, String description, QuboFormulation<I, S> formulation,
                  SolverSpec<Qubo, SampleSet> sampler, Record parameters) {
        this.id = id;
        this.description = description;
        this.formulation = formulation;
        this.sampler = sampler;
        this.parameters = parameters;
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
    public S solve(I instance, RunContext ctx) {
        return QaoaSampler.ID.equals(id) ? solveQaoa(instance, ctx) : solveSampled(instance, ctx);
    }

    private S solveSampled(I instance, RunContext ctx) {
        QuboEncoding<S> enc = formulation.encode(instance);
        Qubo q = enc.qubo();
        ctx.progress(Double.NaN, id + ": " + enc.name() + " QUBO with " + q.numVariables() + " variables, "
                + q.numCouplers() + " couplers");
        SampleSet set = q.numVariables() == 0 ? onlyState(q) : enc.sampler(sampler, parameters).solve(q, ctx);
        // A cancelled sampler returns the reads it had, like at the time limit: the best is decoded and checked.
        QuboRunStats.CpSat cpsat = set.info() instanceof SamplerInfo.CpSat c
                ? new QuboRunStats.CpSat(c.status(), c.optimal(), c.bound()) : null;
        return finish(enc, q, List.of(), set, null, cpsat, ctx);
    }

    private S solveQaoa(I instance, RunContext ctx) {
        QuboEncoding<S> enc = formulation.qaoaEncoding(instance);
        Qubo q = enc.qubo();
        if (q.numVariables() == 0) {
            return finish(enc, q, List.of(), onlyState(q), null, null, ctx);
        }
        QaoaSimulator.Parameters p = (QaoaSimulator.Parameters) parameters;
        // refuse before the cost is built: its terms can be many for an instance far over the limit
        QaoaSimulator.checkSize(q.numVariables(), p.maxQubits());
        CostFunction cost = enc.cost();
        List<PenalisedCost.Monomial> higher = cost instanceof PenalisedCost pc ? pc.penalties() : List.of();
        ctx.progress(Double.NaN, id + ": " + enc.name() + " model with " + cost.numVariables() + " qubits, "
                + higher.size() + " higher-order terms, p = " + p.layers());
        QaoaSimulator.Result r = new QaoaSimulator(p).run(cost, ctx);
        List<Sample> shots = new ArrayList<>(r.shots());
        shots.sort(SampleSet.ORDER);
        SampleSet set = new SampleSet(id, cost.numVariables(), shots, null, new SampleSet.Timings(0, 0));
        QuboRunStats.Qaoa qaoa = new QuboRunStats.Qaoa(p.layers(), boxed(r.gammas()), boxed(r.betas()),
                r.expectedEnergy(), r.minEnergy(), r.probabilityFeasible(), r.probabilityOptimal(), r.evaluations(),
                levels(r.histogram()));
        return finish(enc, q, higher, set, qaoa, null, ctx);
    }

    private S finish(QuboEncoding<S> enc, Qubo q, List<PenalisedCost.Monomial> higher, SampleSet set,
                     QuboRunStats.Qaoa qaoa, QuboRunStats.CpSat cpsat, RunContext ctx) {
        TreeMap<Integer, Long> perUnresolved = new TreeMap<>();
        for (Sample s : set.samples()) {
            perUnresolved.merge(enc.unresolved(s.state()), s.occurrences(), Long::sum);
        }
        Optional<Sample> best = set.best();
        QuboRunStats stats = new QuboRunStats(id, enc.name(), q.numVariables(), q.numCouplers(), higher.size(),
                enc.penalties(), set.totalOccurrences(), set.bestEnergy(),
                perUnresolved.entrySet().stream().map(e -> new QuboRunStats.UnresolvedCount(e.getKey(),
                        e.getValue())).toList(),
                best.map(b -> broken(q, higher, b.state())).orElse(List.of()), qaoa, cpsat);
        ctx.progress(1, id + ": best energy " + set.bestEnergy());
        if (best.isEmpty()) {
            ctx.checkCancelled(); // cancelled before the sampler held any state: no solution, a plain cancel
        }
        S solution = best.isPresent() ? enc.decode(best.get().state()) : enc.noSolution(id);
        return formulation.withStats(solution, stats);
    }

    /** A QUBO without variables has one state, the empty one; no sampler runs on it. */
    private SampleSet onlyState(Qubo q) {
        return SampleSet.aggregate(id, q, List.of(new byte[0]), null, null, new SampleSet.Timings(0, 0));
    }

    /** What the state breaks: the QUBO's constraint parts by name, then the higher-order terms all of whose bits are 1. */
    static List<String> broken(Qubo q, List<PenalisedCost.Monomial> higher, byte[] x) {
        List<String> out = new ArrayList<>();
        q.decode(x).brokenConstraints().forEach(b -> out.add(b.constraint()));
        for (PenalisedCost.Monomial m : higher) {
            if (Arrays.stream(m.vars()).allMatch(v -> x[v] != 0)) {
                out.add(m.name());
            }
        }
        return out;
    }

    /** Energy levels of the final state with their probability, ascending energy. */
    static List<QuboRunStats.EnergyLevel> levels(EnergyHistogram h) {
        List<QuboRunStats.EnergyLevel> out = new ArrayList<>(h.size());
        double[] e = h.energies();
        double[] w = h.weights();
        for (int k = 0; k < e.length; k++) {
            if (w[k] > 0) {
                out.add(new QuboRunStats.EnergyLevel(e[k], w[k]));
            }
        }
        out.sort(Comparator.comparingDouble(QuboRunStats.EnergyLevel::energy));
        return out;
    }

    private static List<Double> boxed(double[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
