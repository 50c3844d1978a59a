package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrToolsTest {

    static final class Events implements RunListener {
        final List<RunEvent> all = new ArrayList<>();

        @Override
        public synchronized void onEvent(RunEvent e) {
            all.add(e);
        }

        synchronized List<RunEvent> series(String name) {
            return all.stream().filter(e -> e.series().equals(name)).toList();
        }
    }

    /** A multi-dimensional 0/1 knapsack: n items, rows constraints. */
    static BoolVar[] knapsack(CpModel model, int n, int rows, long seed, boolean maximise) {
        SplittableRandom r = new SplittableRandom(seed);
        BoolVar[] x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        for (int k = 0; k < rows; k++) {
            long[] w = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                w[i] = 1 + r.nextInt(100);
                total += w[i];
            }
            model.addLessOrEqual(LinearExpr.weightedSum(x, w), total / 4);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = (maximise ? 1 : -1) * (1 + r.nextInt(100));
        }
        if (maximise) {
            model.maximize(LinearExpr.weightedSum(x, v));
        } else {
            model.minimize(LinearExpr.weightedSum(x, v));
        }
        return x;
    }

    @Test
    void seedRuleFoldsBothHalvesAndIsNonNegative() {
        assertEquals(5, OrTools.solverSeed(5));
        assertEquals(Integer.MAX_VALUE, OrTools.solverSeed(Integer.MAX_VALUE));
        assertTrue(OrTools.solverSeed(-1) >= 0 && OrTools.solverSeed(Long.MIN_VALUE) >= 0);
        assertNotEquals(OrTools.solverSeed(7), OrTools.solverSeed(7 + (1L << 40)));
    }

    @Test
    void cpSatIsConfiguredInOnePlace() {
        RunContext ctx = new RunContext(123L << 33 | 9, Duration.ofSeconds(30), null);
        CpSolver s = OrTools.cpSat(ctx, 3, 5);
        assertFalse(s.getParameters().getCatchSigintSignal(), "our SIGINT handler cancels, not CP-SAT's");
        assertEquals(OrTools.solverSeed(ctx.seed()), s.getParameters().getRandomSeed());
        assertEquals(3, s.getParameters().getNumWorkers());
        assertEquals(5, s.getParameters().getMaxTimeInSeconds(), 1e-9);
        CpSolver t = OrTools.cpSat(ctx, 0, Double.POSITIVE_INFINITY);
        assertEquals(1, t.getParameters().getNumWorkers());
        assertTrue(t.getParameters().getMaxTimeInSeconds() <= 30, "the run's time left applies");
        assertFalse(OrTools.cpSat(RunContext.of(1), 1, Double.POSITIVE_INFINITY).getParameters().hasMaxTimeInSeconds());
    }

    @Test
    void smallKnapsackIsOptimalAgainstBruteForce() {
        CpModel model = new CpModel();
        OrTools.ensureLoaded();
        BoolVar[] x = knapsack(new CpModel(), 1, 1, 0, true); // warm the natives before building the real model
        assertEquals(1, x.length);
        x = knapsack(model, 16, 2, 5, true);
        Events ev = new Events();
        RunContext ctx = new RunContext(2, null, ev);
        CpSolver solver = OrTools.cpSat(ctx, 1, 30);
        assertEquals(CpSolverStatus.OPTIMAL, OrTools.solve(solver, model, null, ctx));
        // brute force over the same model's data
        var proto = model.model();
        long best = Long.MIN_VALUE;
        for (int mask = 0; mask < 1 << 16; mask++) {
            boolean ok = true;
            for (var c : proto.getConstraintsList()) {
                var lin = c.getLinear();
                long lhs = 0;
                for (int k = 0; k < lin.getVarsCount(); k++) {
                    lhs += lin.getCoeffs(k) * (mask >> lin.getVars(k) & 1);
                }
                ok &= lhs >= lin.getDomain(0) && lhs <= lin.getDomain(1);
            }
            if (ok) {
                var obj = proto.getObjective();
                long v = 0;
                for (int k = 0; k < obj.getVarsCount(); k++) {
                    v += obj.getCoeffs(k) * (mask >> obj.getVars(k) & 1);
                }
                best = Math.max(best, Math.round(v * obj.getScalingFactor()));
            }
        }
        assertEquals(best, solver.objectiveValue(), 1e-9);
        List<RunEvent> inc = ev.series(OrTools.INCUMBENT_SERIES);
        List<RunEvent> bound = ev.series(OrTools.BOUND_SERIES);
        assertEquals(best, inc.get(inc.size() - 1).y(), 1e-9);
        // one worker: the bounds read at solutions tighten, are never below the optimum and end at it
        assertEquals(best, bound.get(bound.size() - 1).y(), 1e-9, "the bound ends at the optimum");
        for (RunEvent b : bound) {
            assertTrue(b.y() >= best - 1e-9, "every bound is valid: " + bound);
        }
    }

    @Test
    void eventsAreMonotoneAndEndAtTheFinalObjectiveAndBound() {
        for (boolean maximise : new boolean[] {true, false}) {
            OrTools.ensureLoaded();
            CpModel model = new CpModel();
            knapsack(model, 120, 6, 11, maximise);
            Events ev = new Events();
            RunContext ctx = new RunContext(4, null, ev);
            CpSolver solver = OrTools.cpSat(ctx, 2, 1.5);
            AtomicInteger hook = new AtomicInteger();
            CpSolverStatus st = OrTools.solve(solver, model, new OrTools.ReportingCallback() {
                @Override
                protected void onSolution() {
                    hook.incrementAndGet();
                }
            }, ctx);
            assertTrue(st == CpSolverStatus.FEASIBLE || st == CpSolverStatus.OPTIMAL, st.toString());
            List<RunEvent> inc = ev.series(OrTools.INCUMBENT_SERIES);
            List<RunEvent> bound = ev.series(OrTools.BOUND_SERIES);
            assertTrue(inc.size() >= 2, "several improving solutions: " + inc);
            assertTrue(hook.get() >= 1);
            assertTrue(bound.size() >= 1, "the bound is reported: " + bound);
            double sign = maximise ? 1 : -1; // compare as a maximisation
            for (int k = 1; k < inc.size(); k++) {
                assertTrue(sign * inc.get(k).y() > sign * inc.get(k - 1).y(), "incumbents improve: " + inc);
                assertTrue(inc.get(k).x() >= inc.get(k - 1).x());
            }
            for (int k = 1; k < bound.size(); k++) {
                assertTrue(sign * bound.get(k).y() < sign * bound.get(k - 1).y(), "bounds tighten: " + bound);
            }
            double bestIncumbent = inc.get(inc.size() - 1).y();
            for (RunEvent b : bound) {
                assertTrue(sign * b.y() >= sign * bestIncumbent - 1e-9, "every bound is valid: " + b);
            }
            assertEquals(solver.objectiveValue(), bestIncumbent, 1e-9);
            assertEquals(solver.bestObjectiveBound(), bound.get(bound.size() - 1).y(), 1e-9);
        }
    }

    @Test
    void objectiveUnitsMapTheEvents() {
        OrTools.ensureLoaded();
        CpModel model = new CpModel();
        knapsack(model, 12, 1, 3, true);
        Events ev = new Events();
        RunContext ctx = new RunContext(1, null, ev);
        CpSolver solver = OrTools.cpSat(ctx, 1, 10);
        assertEquals(CpSolverStatus.OPTIMAL, OrTools.solve(solver, model, null, new OrTools.ObjectiveUnits(4, -1),
                ctx));
        List<RunEvent> inc = ev.series(OrTools.INCUMBENT_SERIES);
        assertEquals(solver.objectiveValue() / 4 - 1, inc.get(inc.size() - 1).y(), 1e-12);
    }

    @Test
    void relativeGap() {
        assertEquals(0.1, OrTools.relativeGap(100, 110), 1e-12);
        assertEquals(0.1, OrTools.relativeGap(-100, -110), 1e-12);
        assertEquals(0, OrTools.relativeGap(5, 5));
        assertEquals(Double.POSITIVE_INFINITY, OrTools.relativeGap(0, 1));
        assertTrue(Double.isNaN(OrTools.relativeGap(Double.NaN, 1)));
    }
}
