package org.evwb.core.study.netzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.ortools.LinearBackend;
import org.junit.jupiter.api.Test;

/**
 * A cancel stops {@code milp} on MPSolver promptly and keeps the best so far, checked: on a real subset-sum
 * (6,000 EVs, no grid, 833 admitted offers for 4,286 kWh to meet, gap 0 — SCIP does not close it in 30 s here),
 * cancelled once SCIP has searched for 0.8 s (not a fixed time after the start, which a loaded machine spends building), the solver returns its incumbent, which the checker accepts. OR-Tools' natives are loaded first
 * (on the sample), since loading them cannot be interrupted and is not the search.
 *
 * <p>The bound is SCIP's, not ours: the cancel watch calls {@code interruptSolve} within its 20 ms poll, but SCIP
 * returns only at its next check of the flag. On the idle development machine it returned within 200 ms in 3 of 5
 * runs and after 247 and 305 ms in the other two (the same cancel 0.8 s into its search, caught in a step SCIP does
 * not interrupt), so the test holds it to 500 ms. {@code milp}'s default method reaches SCIP only when its own
 * subset-sum search, which polls the run itself, leaves a gap.
 */
class NetzeroMilpCancelTest {

    @Test
    void aCancelStopsTheMilpOnScipPromptlyAndKeepsTheBestSoFar() throws Exception {
        NetzeroInstance sample = NetzeroTestSupport.sampleInstance();
        assertEquals(List.of(), new NetzeroChecker().check(sample, NetzeroTestSupport.solve("milp", sample)));
        NetzeroInstance in = NetzeroTestSupport.instance("fleetSize", 6000, "fleetSeed", 3L, "gridCapKWh", 0.0,
                "initialChargeMinShare", 0.3, "alpha", 0.2);
        assertTrue(in.eligibleSupplyKWh() > in.netDemandKWh(), "offers exceed the demand: a subset-sum");
        NetzeroMilp milp = new NetzeroMilp(new NetzeroMilp.Parameters(LinearBackend.SCIP, 0, 60,
                NetzeroMilp.Method.MPSOLVER));
        RunContext ctx = RunContext.of(1);
        long[] returned = new long[1];
        CompletableFuture<NetzeroSolution> run = CompletableFuture.supplyAsync(() -> {
            NetzeroSolution s = milp.solve(in, ctx);
            returned[0] = System.nanoTime();
            return s;
        });
        // into SCIP's search: its cancel watch runs while MPSolver solves; then time for its first incumbent
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!mpSolverRunning() && !run.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(mpSolverRunning(), "MPSolver started within 30 s");
        Thread.sleep(800);
        assertFalse(run.isDone(), "the subset-sum is still being searched at the cancel");
        long t0 = System.nanoTime();
        ctx.cancel();
        NetzeroSolution s = run.get(10, TimeUnit.SECONDS);
        double ms = (returned[0] - t0) / 1e6;
        assertTrue(ms < 500, "returned " + ms + " ms after the cancel");
        assertTrue(s.solve() != null && !"OPTIMAL".equals(s.solve().status()), String.valueOf(s.solve()));
        assertNotEquals(0, s.taken().length, "the incumbent's offers are kept");
        assertEquals(0, s.unmetKWh(), 1e-6, "the incumbent meets the demand");
        assertEquals(List.of(), new NetzeroChecker().check(in, s));
    }

    private static boolean mpSolverRunning() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("mpsolver-cancel-watch"));
    }
}
