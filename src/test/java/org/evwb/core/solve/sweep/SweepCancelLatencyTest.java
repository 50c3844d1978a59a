package org.evwb.core.solve.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;

/**
 * The promise {@code evwb sweep} and the sweep dialog make on Ctrl+C / Cancel: the sweep returns, with what it has
 * finished, within 200 ms while solvers are running (the one timing the tests assert).
 */
class SweepCancelLatencyTest {

    @Test
    void aCancelReturnsWithin200MsWhileSolversRun() throws Exception {
        DemoStudy study = new DemoStudy();
        SweepEngine engine = new SweepEngine(new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper()));
        // 40 vehicles at 20 ms per local-search step: each run takes seconds, so solvers are busy at the cancel
        var slow = new SweepSolver<>(study.solver("local-search").orElseThrow(),
                new DemoStudy.LocalSearchParameters(1000, 20));
        var plan = SweepPlan.builder(study, SweepEngineTest::scenario)
                .grid(SweepGrid.of(SweepGrid.axis("vehicles", List.of(40)), SweepGrid.axis("stations", List.of(3))))
                .runs(4).baseSeed(7).threads(2).solver(slow).build();
        RunContext ctx = RunContext.of(1);
        AtomicReference<SweepResult<Void>> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(engine.run(plan, ctx)), "sweep-under-test");
        t.start();
        Thread.sleep(300); // the runs are under way (each takes seconds)
        long t0 = System.nanoTime();
        ctx.cancel();
        t.join(5_000);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(!t.isAlive() && result.get() != null, "the sweep returned");
        assertTrue(result.get().cancelled());
        assertTrue(result.get().finishedTasks() < 4, "cut short");
        assertTrue(ms < 200, "returned " + ms + " ms after the cancel");
    }
}
