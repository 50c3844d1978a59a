package org.evwb.core.qubo.sampler;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;

/**
 * The QUBO linearised into OR-Tools CP-SAT (SPEC §2): one Boolean per variable, one per coupler y_uv = x_u ∧ x_v,
 * enforced only in the direction the objective pushes against (q_uv < 0: y → x_u, y → x_v; q_uv > 0:
 * x_u ∧ x_v → y). Coefficients that become integers after exact scaling by a power of two give an integer objective,
 * so "optimal" is a real proof; otherwise CP-SAT's floating-point objective is used and the report says so.
 */
public final class CpSatSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "cpsat";
    /** Largest power-of-two scale tried to make coefficients integral. */
    private static final int MAX_SCALE_EXPONENT = 30;

    /**
     * @param timeLimitSeconds CP-SAT's time limit (the run context's limit applies too)
     * @param workers          CP-SAT search workers; 0 = all cores
     */
    public record Parameters(double timeLimitSeconds, int workers) {
        public static final Parameters DEFAULT = new Parameters(60, 0);

        public Parameters {
            if (!(timeLimitSeconds > 0) || workers < 0) {
                throw new IllegalArgumentException("cpsat needs a positive time limit and workers >= 0");
            }
        }
    }

    private final Parameters params;

    public CpSatSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "OR-Tools CP-SAT on the linearised QUBO: optimum with proof, or best and bound at the time limit";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        OrTools.ensureLoaded();
        int n = qubo.numVariables();
        int m = qubo.numCouplers();
        double scale = integerScale(qubo);
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        Literal[] terms = new Literal[n + m];
        double[] coef = new double[n + m];
        System.arraycopy(x, 0, terms, 0, n);
        for (int i = 0; i < n; i++) {
            coef[i] = qubo.linear(i);
        }
        for (int k = 0; k < m; k++) {
            BoolVar u = x[qubo.couplerU(k)];
            BoolVar v = x[qubo.couplerV(k)];
            BoolVar y = model.newBoolVar("y" + k);
            double w = qubo.couplerWeight(k);
            if (w < 0) {
                model.addImplication(y, u);
                model.addImplication(y, v);
            } else {
                model.addBoolOr(new Literal[] {u.not(), v.not(), y});
            }
            terms[n + k] = y;
            coef[n + k] = w;
        }
        if (scale > 0) {
            long[] c = new long[coef.length];
            for (int k = 0; k < c.length; k++) {
                c[k] = (long) (coef[k] * scale);
            }
            model.minimize(LinearExpr.weightedSum(terms, c));
        } else {
            model.minimize(DoubleLinearExpr.weightedSum(terms, coef));
        }
        CpSolver solver = OrTools.cpSat(ctx, ParallelReads.threads(params.workers()), params.timeLimitSeconds());
        long t1 = System.nanoTime();
        CpSolverStatus status;
        double offset = qubo.offset();
        double s = scale > 0 ? scale : 1;
        // the platform's callback reports incumbent and bound in energy units: the live chart draws them and the gap
        status = OrTools.solve(solver, model, null, new OrTools.ObjectiveUnits(s, offset), ctx);
        long t2 = System.nanoTime();
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (!found) {
            ctx.checkCancelled(); // a cancel keeps CP-SAT's incumbent; without one it is a plain cancel
        }
        byte[] best = new byte[n];
        if (found) {
            for (int i = 0; i < n; i++) {
                best[i] = (byte) (solver.booleanValue(x[i]) ? 1 : 0);
            }
        }
        double energy = found ? qubo.energy(best) : Double.NaN;
        double bound = solver.bestObjectiveBound() / s + offset;
        SamplerInfo info = new SamplerInfo.CpSat(status.name(), status == CpSolverStatus.OPTIMAL, energy, bound,
                scale > 0);
        return SampleSet.aggregate(ID, qubo, found ? List.of(best) : List.of(), null, info,
                new SampleSet.Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9));
    }

    /**
     * The smallest power of two that makes every coefficient an integer with all sums safely inside a long, or 0
     * when there is none up to 2^30 (scaling by a power of two is exact, so the integer model is the same problem).
     */
    static double integerScale(Qubo q) {
        double total = Math.abs(q.offset());
        for (int i = 0; i < q.numVariables(); i++) {
            total += Math.abs(q.linear(i));
        }
        for (int k = 0; k < q.numCouplers(); k++) {
            total += Math.abs(q.couplerWeight(k));
        }
        for (int e = 0; e <= MAX_SCALE_EXPONENT; e++) {
            double s = Math.scalb(1.0, e);
            if (total * s > 0x1p52) {
                return 0;
            }
            if (integral(q, s)) {
                return s;
            }
        }
        return 0;
    }

    private static boolean integral(Qubo q, double s) {
        for (int i = 0; i < q.numVariables(); i++) {
            double v = q.linear(i) * s;
            if (v != Math.rint(v)) {
                return false;
            }
        }
        for (int k = 0; k < q.numCouplers(); k++) {
            double v = q.couplerWeight(k) * s;
            if (v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }
}
