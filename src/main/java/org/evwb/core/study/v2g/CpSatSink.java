package org.evwb.core.study.v2g;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/** {@link MipSink} on a CP-SAT model: every variable an integer, every coefficient and bound an integer. */
final class CpSatSink implements MipSink {

    private final CpModel model;
    private final List<IntVar> vars = new ArrayList<>();

    CpSatSink() {
        org.evwb.core.solve.OrTools.ensureLoaded();
        model = new CpModel();
    }

    CpModel model() {
        return model;
    }

    @Override
    public boolean integral() {
        return true;
    }

    @Override
    public int var(double lb, double ub, boolean integer) {
        long lo = (long) Math.ceil(lb - 1e-9);
        long hi = (long) Math.floor(ub + 1e-9);
        vars.add(lo == 0 && hi == 1 ? model.newBoolVar("b" + vars.size())
                : model.newIntVar(lo, Math.max(lo, hi), "x" + vars.size()));
        return vars.size() - 1;
    }

    @Override
    public void row(int[] idx, double[] coefs, double lb, double ub) {
        IntVar[] v = new IntVar[idx.length];
        long[] c = new long[idx.length];
        for (int j = 0; j < idx.length; j++) {
            v[j] = vars.get(idx[j]);
            c[j] = whole(coefs[j]);
        }
        long lo = Double.isInfinite(lb) ? Long.MIN_VALUE / 4 : (long) Math.ceil(lb - 1e-9);
        long hi = Double.isInfinite(ub) ? Long.MAX_VALUE / 4 : (long) Math.floor(ub + 1e-9);
        model.addLinearConstraint(LinearExpr.weightedSum(v, c), lo, hi);
    }

    @Override
    public void objective(int[] idx, double[] coefs) {
        IntVar[] v = new IntVar[idx.length];
        for (int j = 0; j < idx.length; j++) {
            v[j] = vars.get(idx[j]);
        }
        model.minimize(DoubleLinearExpr.weightedSum(v, coefs));
    }

    @Override
    public void hint(int var, double value) {
        model.addHint(vars.get(var), Math.round(value));
    }

    double value(CpSolver solver, int var) {
        return solver.value(vars.get(var));
    }

    private static long whole(double c) {
        long r = Math.round(c);
        if (Math.abs(c - r) > 1e-9) {
            throw new IllegalStateException("CP-SAT needs integer coefficients, got " + c);
        }
        return r;
    }
}
