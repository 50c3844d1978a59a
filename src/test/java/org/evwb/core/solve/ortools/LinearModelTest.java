package org.evwb.core.solve.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinearModelTest {

    /** Records every event and progress message of a run. */
    static final class Recorder implements RunListener {
        final List<RunEvent> events = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void onEvent(RunEvent e) {
            events.add(e);
        }

        @Override
        public synchronized void onProgress(double fraction, String message) {
            messages.add(message);
        }

        synchronized List<Double> series(String name) {
            return events.stream().filter(e -> e.series().equals(name)).map(RunEvent::y).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = LinearBackend.class, names = {"GLOP", "PDLP", "CLP"})
    void lpWithAKnownOptimum(LinearBackend backend) {
        // max 3x + 2y  s.t. x + y <= 4, x + 3y <= 6, 0 <= x <= 3, y >= 0: optimum at the vertex (3, 1), value 11
        Recorder rec = new Recorder();
        try (LinearModel m = LinearModel.create(backend)) {
            MPSolver s = m.solver();
            MPVariable x = s.makeNumVar(0, 3, "x");
            MPVariable y = s.makeNumVar(0, MPSolver.infinity(), "y");
            MPConstraint c1 = s.makeConstraint(-MPSolver.infinity(), 4);
            c1.setCoefficient(x, 1);
            c1.setCoefficient(y, 1);
            MPConstraint c2 = s.makeConstraint(-MPSolver.infinity(), 6);
            c2.setCoefficient(x, 1);
            c2.setCoefficient(y, 3);
            s.objective().setCoefficient(x, 3);
            s.objective().setCoefficient(y, 2);
            s.objective().setMaximization();
            LinearResult r = m.solve(LinearOptions.DEFAULT, new RunContext(1, null, rec));
            assertEquals(LinearResult.Status.OPTIMAL, r.status());
            assertEquals(11, r.objective(), 1e-6);
            assertEquals(3, x.solutionValue(), 1e-6);
            assertEquals(1, y.solutionValue(), 1e-6);
            assertEquals(r.objective(), r.bestBound(), 1e-9);
            assertEquals(0, r.relativeGap());
            assertFalse(r.cancelled() || r.timeLimitReached());
            assertEquals(List.of(r.objective()), rec.series(OrTools.INCUMBENT_SERIES));
            assertEquals(List.of(r.bestBound()), rec.series(OrTools.BOUND_SERIES));
        }
    }

    /** Random two-variable LPs against the best feasible vertex, found by intersecting every pair of constraints. */
    @ParameterizedTest
    @EnumSource(value = LinearBackend.class, names = {"GLOP", "PDLP", "CLP"})
    void randomLpsMatchVertexEnumeration(LinearBackend backend) {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 15; trial++) {
            int k = 3 + rnd.nextInt(4);
            // rows a x + b y <= c with a, b > 0 (bounded, feasible at the origin), plus x >= 0, y >= 0
            double[][] rows = new double[k + 2][];
            for (int i = 0; i < k; i++) {
                rows[i] = new double[] {rnd.nextDouble(0.1, 5), rnd.nextDouble(0.1, 5), rnd.nextDouble(1, 20)};
            }
            rows[k] = new double[] {-1, 0, 0};
            rows[k + 1] = new double[] {0, -1, 0};
            double cx = rnd.nextDouble(-1, 4);
            double cy = rnd.nextDouble(-1, 4);
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows.length; i++) {
                for (int j = i + 1; j < rows.length; j++) {
                    double det = rows[i][0] * rows[j][1] - rows[i][1] * rows[j][0];
                    if (Math.abs(det) < 1e-12) {
                        continue;
                    }
                    double vx = (rows[i][2] * rows[j][1] - rows[i][1] * rows[j][2]) / det;
                    double vy = (rows[i][0] * rows[j][2] - rows[i][2] * rows[j][0]) / det;
                    boolean feasible = true;
                    for (double[] r : rows) {
                        feasible &= r[0] * vx + r[1] * vy <= r[2] + 1e-9;
                    }
                    if (feasible) {
                        best = Math.max(best, cx * vx + cy * vy);
                    }
                }
            }
            try (LinearModel m = LinearModel.create(backend)) {
                MPSolver s = m.solver();
                MPVariable x = s.makeNumVar(0, MPSolver.infinity(), "x");
                MPVariable y = s.makeNumVar(0, MPSolver.infinity(), "y");
                for (int i = 0; i < k; i++) {
                    MPConstraint c = s.makeConstraint(-MPSolver.infinity(), rows[i][2]);
                    c.setCoefficient(x, rows[i][0]);
                    c.setCoefficient(y, rows[i][1]);
                }
                s.objective().setCoefficient(x, cx);
                s.objective().setCoefficient(y, cy);
                s.objective().setMaximization();
                LinearResult r = m.solve(LinearOptions.DEFAULT, RunContext.of(trial));
                assertEquals(LinearResult.Status.OPTIMAL, r.status(), "trial " + trial);
                double tol = 1e-5 * Math.max(1, Math.abs(best));
                assertEquals(best, r.objective(), tol, backend + " trial " + trial);
                assertEquals(cx * x.solutionValue() + cy * y.solutionValue(), r.objective(), tol);
                for (int i = 0; i < k; i++) {
                    assertTrue(rows[i][0] * x.solutionValue() + rows[i][1] * y.solutionValue() <= rows[i][2] + tol);
                }
            }
        }
    }

    /** A 0/1 knapsack: values, weights, capacity. */
    record Knapsack(long[] values, long[] weights, long capacity) {
        static Knapsack random(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            long[] v = new long[n];
            long[] w = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                v[i] = 1 + r.nextInt(100);
                w[i] = 1 + r.nextInt(60);
                total += w[i];
            }
            return new Knapsack(v, w, total / 3);
        }

        long bruteForce() {
            long best = 0;
            int n = values.length;
            for (int mask = 0; mask < 1 << n; mask++) {
                long v = 0;
                long w = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask >> i & 1) == 1) {
                        v += values[i];
                        w += weights[i];
                    }
                }
                if (w <= capacity) {
                    best = Math.max(best, v);
                }
            }
            return best;
        }
    }

    @ParameterizedTest
    @EnumSource(value = LinearBackend.class, names = {"SCIP", "CBC"})
    void knapsackMatchesBruteForce(LinearBackend backend) {
        for (long seed = 1; seed <= 5; seed++) {
            Knapsack k = Knapsack.random(16, seed);
            long exact = k.bruteForce();
            try (LinearModel m = LinearModel.create(backend)) {
                MPSolver s = m.solver();
                MPVariable[] x = s.makeBoolVarArray(16);
                MPConstraint cap = s.makeConstraint(-MPSolver.infinity(), k.capacity());
                for (int i = 0; i < 16; i++) {
                    cap.setCoefficient(x[i], k.weights()[i]);
                    s.objective().setCoefficient(x[i], k.values()[i]);
                }
                s.objective().setMaximization();
                LinearResult r = m.solve(LinearOptions.DEFAULT.withRelativeMipGap(0), RunContext.of(seed));
                assertEquals(LinearResult.Status.OPTIMAL, r.status());
                assertEquals(exact, r.objective(), 1e-6, backend + " seed " + seed);
                long v = 0;
                long w = 0;
                for (int i = 0; i < 16; i++) {
                    long xi = Math.round(x[i].solutionValue());
                    v += xi * k.values()[i];
                    w += xi * k.weights()[i];
                }
                assertEquals(exact, v, "the solution's own value");
                assertTrue(w <= k.capacity(), "the solution fits");
                assertTrue(r.bestBound() >= r.objective() - 1e-6 && r.relativeGap() <= 1e-6, r.toString());
            }
        }
    }

    /** A multi-dimensional knapsack that neither MILP backend proves optimal in seconds (300 items, 15 rows). */
    static MPVariable[] hardMilp(MPSolver s, boolean integer) {
        SplittableRandom r = new SplittableRandom(1);
        int n = 300;
        MPVariable[] x = integer ? s.makeBoolVarArray(n) : s.makeNumVarArray(n, 0, 1);
        for (int k = 0; k < 15; k++) {
            MPConstraint c = s.makeConstraint(-MPSolver.infinity(), n * 50 / 4.0);
            for (int i = 0; i < n; i++) {
                c.setCoefficient(x[i], 1 + r.nextInt(100));
            }
        }
        for (int i = 0; i < n; i++) {
            s.objective().setCoefficient(x[i], 1 + r.nextInt(100));
        }
        s.objective().setMaximization();
        return x;
    }

    static double lpRelaxation() {
        try (LinearModel m = LinearModel.create(LinearBackend.GLOP)) {
            hardMilp(m.solver(), false);
            return m.solve(LinearOptions.DEFAULT, RunContext.of(0)).objective();
        }
    }

    /** The incumbent satisfies every row and its own objective is the reported one. */
    static void assertIncumbentValid(MPSolver s, MPVariable[] x, LinearResult r) {
        double obj = 0;
        for (MPVariable v : x) {
            double xi = v.solutionValue();
            assertTrue(Math.abs(xi - Math.round(xi)) < 1e-6, "integral");
            obj += s.objective().getCoefficient(v) * Math.round(xi);
        }
        assertEquals(obj, r.objective(), 1e-6);
        for (MPConstraint c : s.constraints()) {
            double lhs = 0;
            for (MPVariable v : x) {
                lhs += c.getCoefficient(v) * Math.round(v.solutionValue());
            }
            assertTrue(lhs <= c.ub() + 1e-6, "row within its bound");
        }
    }

    @ParameterizedTest
    @EnumSource(value = LinearBackend.class, names = {"SCIP", "CBC"})
    void timeLimitedMilpReturnsItsIncumbentWithAValidBound(LinearBackend backend) {
        double relaxation = lpRelaxation();
        Recorder rec = new Recorder();
        // the run's limit applies (the options have none of their own)
        RunContext ctx = new RunContext(3, Duration.ofMillis(1000), rec);
        try (LinearModel m = LinearModel.create(backend)) {
            MPVariable[] x = hardMilp(m.solver(), true);
            LinearResult r = m.solve(LinearOptions.DEFAULT, ctx);
            assertEquals(LinearResult.Status.FEASIBLE, r.status(), r.toString());
            assertTrue(r.timeLimitReached() && !r.cancelled(), r.toString());
            assertTrue(ctx.timeLimitReached(), "the run's report will say TIME_LIMIT");
            assertIncumbentValid(m.solver(), x, r);
            // maximisation: incumbent <= bound <= LP relaxation
            assertTrue(r.objective() <= r.bestBound() + 1e-6, r.toString());
            assertTrue(r.bestBound() <= relaxation + 1e-6, r.bestBound() + " vs relaxation " + relaxation);
            assertTrue(r.relativeGap() > 0, r.toString());
            assertEquals((r.bestBound() - r.objective()) / r.objective(), r.relativeGap(), 1e-12);
            assertEquals(List.of(r.objective()), rec.series(OrTools.INCUMBENT_SERIES));
            assertEquals(List.of(r.bestBound()), rec.series(OrTools.BOUND_SERIES));
        }
    }

    @Test
    void cancelStopsAScipSolveWithin200Ms() throws Exception {
        try (LinearModel m = LinearModel.create(LinearBackend.SCIP)) {
            MPVariable[] x = hardMilp(m.solver(), true);
            RunContext ctx = RunContext.of(1);
            long[] cancelledAt = new long[1];
            // its own thread, not the common pool (which other tests may keep busy)
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancelledAt[0] = System.nanoTime();
                ctx.cancel();
            }, "test-canceller");
            canceller.start();
            // a safety limit far beyond the cancel, so a broken cancel fails the test instead of hanging the build
            LinearResult r = m.solve(LinearOptions.DEFAULT.withTimeLimit(60), ctx);
            long returned = System.nanoTime();
            canceller.join();
            double latencyMs = (returned - cancelledAt[0]) / 1e6;
            assertTrue(cancelledAt[0] > 0 && latencyMs < 200, "returned " + latencyMs + " ms after the cancel");
            assertTrue(r.cancelled() && !r.timeLimitReached(), r.toString());
            assertEquals(LinearResult.Status.FEASIBLE, r.status(), "SCIP keeps its incumbent");
            assertIncumbentValid(m.solver(), x, r);
        }
    }

    @Test
    void cbcCannotBeInterruptedAndSaysSo() throws Exception {
        Recorder rec = new Recorder();
        RunContext ctx = new RunContext(1, null, rec);
        try (LinearModel m = LinearModel.create(LinearBackend.CBC)) {
            MPVariable[] x = hardMilp(m.solver(), true);
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ctx.cancel();
            }, "test-canceller");
            canceller.start();
            LinearResult r = m.solve(LinearOptions.DEFAULT.withTimeLimit(1.5), ctx);
            canceller.join();
            assertFalse(LinearBackend.CBC.interruptible());
            assertTrue(r.cancelled(), r.toString());
            // CBC ran on to its own limit, and the run was told why the cancel did not stop it
            assertTrue(r.hasSolution(), r.toString());
            assertIncumbentValid(m.solver(), x, r);
            assertTrue(rec.messages.stream().anyMatch(s -> s.contains("CBC cannot be interrupted")),
                    rec.messages::toString);
        }
    }

    @Test
    void infeasibilityIsReported() {
        try (LinearModel m = LinearModel.create(LinearBackend.SCIP)) {
            MPVariable x = m.solver().makeIntVar(0, 10, "x");
            MPConstraint c = m.solver().makeConstraint(11, MPSolver.infinity());
            c.setCoefficient(x, 1);
            m.solver().objective().setCoefficient(x, 1);
            LinearResult r = m.solve(LinearOptions.DEFAULT, RunContext.of(1));
            assertEquals(LinearResult.Status.INFEASIBLE, r.status());
            assertFalse(r.hasSolution());
            assertTrue(Double.isNaN(r.objective()) && Double.isNaN(r.relativeGap()));
        }
    }
}
