package org.evwb.core.qubo.qaoa;

import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/** QAOA on a QUBO through {@link QaoaSimulator}: the shots are the sample set, the statistics its info. */
public final class QaoaSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "qaoa";

    private final QaoaSimulator.Parameters params;

    public QaoaSampler(QaoaSimulator.Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "QAOA simulated on a state vector (n <= 26), angles by Nelder-Mead, shots drawn";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        // the size message (qubits, limit, memory) before the cost is built, as for a study's qaoa solver
        QaoaSimulator.checkSize(qubo.numVariables(), params.maxQubits());
        long t0 = System.nanoTime();
        QaoaSimulator.Result r = new QaoaSimulator(params).run(new QuboCost(qubo), ctx);
        long t1 = System.nanoTime();
        SamplerInfo info = new SamplerInfo.Qaoa(params.layers(), r.gammas(), r.betas(), r.expectedEnergy(),
                r.minEnergy(), r.probabilityOptimal(), r.probabilityFeasible(), r.evaluations(), params.shots(),
                r.histogram());
        java.util.List<org.evwb.core.qubo.Sample> shots = new java.util.ArrayList<>(r.shots());
        shots.sort(SampleSet.ORDER);
        return new SampleSet(ID, qubo.numVariables(), shots, info, new SampleSet.Timings(0, (t1 - t0) / 1e9));
    }
}
