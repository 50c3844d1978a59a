package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.qaoa.QuboCost;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * {@code qaoa} as the paper ran it (§3.4, §4.4): on the station conflict matrix (Model II, one qubit per reachable
 * (EMV, mode, station)), cost = one-hot A·(1 − Σx)² per EMV plus B for every set of b_j + 1 overlapping options of
 * distinct EMVs at a station — a higher-order penalty the engine's {@link PenalisedCost} (a QAOA
 * {@code CostFunction}) evaluates on every basis
 * state. Refuses instances over the simulator's qubit limit. The best shot is decoded into a schedule; the final
 * state's probability per energy level and of a feasible state (paper Fig. 13) travel with it.
 */
final class QaoaSolver implements Optimizer<MotorwayInstance, MotorwaySchedule> {

    static final String ID = "qaoa";

    private final QaoaSimulator.Parameters params;

    QaoaSolver(QaoaSimulator.Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "QAOA (simulated state vector) on the station model with the higher-order capacity penalty";
    }

    /** The QAOA cost of the instance: the SCM one-hot QUBO plus the station-capacity monomials. */
    static PenalisedCost cost(MotorwayQuboTerms scm) {
        return new PenalisedCost(new QuboCost(MotorwayQubo.quadratic(scm)), MotorwayQubo.higherOrder(scm));
    }

    @Override
    public MotorwaySchedule solve(MotorwayInstance in, RunContext ctx) {
        int qubits = in.stationOptions().size();
        if (qubits > params.maxQubits()) {
            throw new IllegalArgumentException("qaoa: this instance has " + qubits + " reachable (EMV, mode, "
                    + "station) instances, one qubit each; the simulator's limit is " + params.maxQubits()
                    + " qubits (2^" + qubits + " amplitudes). Use fewer EMVs or driving modes, or anneal/tabu/cpsat");
        }
        // the station options exist under either model; the schedule is decoded into the study's active model
        MotorwayQuboTerms terms = MotorwayQuboTerms.scm(in, MotorwayQuboTerms.DEFAULT_MAX_SETS);
        Qubo oneHot = MotorwayQubo.quadratic(terms);
        PenalisedCost cost = cost(terms);
        ctx.progress(Double.NaN, "qaoa: " + qubits + " qubits, " + cost.penalties().size()
                + " station terms, p = " + params.layers());
        QaoaSimulator.Result r = new QaoaSimulator(params).run(cost, ctx);
        QuboRunStats.Qaoa q = new QuboRunStats.Qaoa(params.layers(), boxed(r.gammas()), boxed(r.betas()),
                r.expectedEnergy(), r.minEnergy(), r.probabilityFeasible(), r.probabilityOptimal(), r.evaluations(),
                levels(r.histogram()));
        List<Sample> shots = new ArrayList<>(r.shots());
        shots.sort(SampleSet.ORDER);
        SampleSet set = new SampleSet(ID, qubits, shots, null, new SampleSet.Timings(0, 0));
        QuboDecoding decoding = new QuboDecoding(in, terms);
        MotorwayParameters p = in.parameters();
        if (shots.isEmpty()) {
            QuboRunStats stats = new QuboRunStats(ID, "scm", qubits, oneHot.numCouplers(), cost.penalties().size(),
                    p.weightA(), p.weightB(), 0, Double.NaN, List.of(), List.of(), q);
            return new MotorwaySchedule(List.of(), MotorwaySchedule.Status.NO_SOLUTION, -1, stats);
        }
        Sample best = shots.get(0);
        QuboRunStats stats = new QuboRunStats(ID, "scm", qubits, oneHot.numCouplers(), cost.penalties().size(),
                p.weightA(), p.weightB(), set.totalOccurrences(), best.energy(), decoding.histogram(set),
                brokenWithStations(oneHot, cost, best.state()), q);
        return decoding.schedule(best.state(), stats);
    }

    private static List<String> brokenWithStations(Qubo oneHot, PenalisedCost cost, byte[] x) {
        List<String> out = new ArrayList<>(QuboSamplerSolver.broken(oneHot.decode(x)));
        for (PenalisedCost.Monomial m : cost.penalties()) {
            if (Arrays.stream(m.vars()).allMatch(v -> x[v] != 0)) {
                out.add(m.name() + " (penalty " + MotorwayInstance.fmt(m.weight()) + ")");
            }
        }
        return out;
    }

    /** Energy levels of the final state; the simulator's histogram is exact levels up to 65,536 of them. */
    static List<QuboRunStats.EnergyLevel> levels(EnergyHistogram h) {
        List<QuboRunStats.EnergyLevel> out = new ArrayList<>(h.size());
        double[] e = h.energies();
        double[] w = h.weights();
        for (int k = 0; k < e.length; k++) {
            if (w[k] > 0) {
                out.add(new QuboRunStats.EnergyLevel(e[k], w[k]));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(QuboRunStats.EnergyLevel::energy));
        return out;
    }

    private static List<Double> boxed(double[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
