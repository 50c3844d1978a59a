package org.evwb.core.study.v2g;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/** {@link MipSink} on an MPSolver model (GLOP, SCIP, CBC through {@code core.solve.ortools.LinearModel}). */
final class MpSolverSink implements MipSink {

    private final MPSolver solver;
    private final List<MPVariable> vars = new ArrayList<>();
    private final List<MPVariable> hinted = new ArrayList<>();
    private final List<Double> hints = new ArrayList<>();

    MpSolverSink(MPSolver solver) {
        this.solver = solver;
    }

    @Override
    public boolean integral() {
        return false;
    }

    @Override
    public int var(double lb, double ub, boolean integer) {
        vars.add(integer ? solver.makeIntVar(lb, ub, "x" + vars.size()) : solver.makeNumVar(lb, ub,
                "x" + vars.size()));
        return vars.size() - 1;
    }

    @Override
    public void row(int[] idx, double[] coefs, double lb, double ub) {
        MPConstraint c = solver.makeConstraint(Double.isInfinite(lb) ? -MPSolver.infinity() : lb,
                Double.isInfinite(ub) ? MPSolver.infinity() : ub);
        for (int j = 0; j < idx.length; j++) {
            c.setCoefficient(vars.get(idx[j]), coefs[j]);
        }
    }

    @Override
    public void objective(int[] idx, double[] coefs) {
        MPObjective o = solver.objective();
        for (int j = 0; j < idx.length; j++) {
            o.setCoefficient(vars.get(idx[j]), o.getCoefficient(vars.get(idx[j])) + coefs[j]);
        }
        o.setMinimization();
    }

    @Override
    public void hint(int var, double value) {
        hinted.add(vars.get(var));
        hints.add(value);
    }

    /** Passes the collected hints to the solver (SCIP uses them; GLOP and CBC ignore them). */
    void applyHints() {
        if (!hinted.isEmpty()) {
            solver.setHint(hinted.toArray(MPVariable[]::new), hints.stream().mapToDouble(Double::doubleValue)
                    .toArray());
        }
    }

    double value(int var) {
        return vars.get(var).solutionValue();
    }
}
