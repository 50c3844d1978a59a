package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evwb.core.project.Project;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

/**
 * The milp run's gap curve and its cancel: one monotone curve that starts with greedy's incumbent, and a cancel keeps
 * the best schedule and its bound.
 */
class V2gMilpRunTest {

    private final V2gStudy study = new V2gStudy();

    private V2gInstance night(int evs) throws Exception {
        Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(evs).withLevel(3), 11);
        return study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
    }

    @Test
    void theGapCurveOnlyImprovesAndEndsAtTheResult() throws Exception {
        V2gInstance in = night(20);
        List<RunEvent> events = new ArrayList<>();
        RunContext ctx = new RunContext(1, java.time.Duration.ofSeconds(60), new RunListener() {
            @Override
            public synchronized void onEvent(RunEvent e) {
                events.add(e);
            }
        });
        V2gSchedule s = new V2gMilp(V2gMilp.Parameters.DEFAULT).solve(in, ctx);
        assertEquals(List.of(), new V2gChecker().check(in, s));
        List<RunEvent> inc = events.stream().filter(e -> e.series().equals(OrTools.INCUMBENT_SERIES)).toList();
        List<RunEvent> bnd = events.stream().filter(e -> e.series().equals(OrTools.BOUND_SERIES)).toList();
        assertTrue(!inc.isEmpty() && !bnd.isEmpty(), "incumbent and bound events: " + events);
        // the curve starts with greedy's schedule, posted before any model is built
        assertEquals(OrTools.INCUMBENT_SERIES, events.get(0).series(), "first event " + events.get(0));
        V2gSchedule greedy = new V2gGreedy().solve(in, RunContext.of(1));
        assertEquals(List.of(), new V2gChecker().check(in, greedy));
        assertEquals(greedy.reportedCost(), events.get(0).y(), 1e-6);
        for (int i = 1; i < inc.size(); i++) {
            assertTrue(inc.get(i).y() < inc.get(i - 1).y() && inc.get(i).x() >= inc.get(i - 1).x());
        }
        for (int i = 1; i < bnd.size(); i++) {
            assertTrue(bnd.get(i).y() > bnd.get(i - 1).y());
        }
        assertEquals(s.reportedCost(), inc.get(inc.size() - 1).y(), 1e-6);
        assertTrue(bnd.get(bnd.size() - 1).y() <= s.reportedCost() + 1e-6);
        assertNotNull(s.lowerBound());
    }

    @Test
    void aCancelDuringTheSearchKeepsTheBestScheduleWithItsBound() throws Exception {
        V2gInstance in = night(30);
        CountDownLatch bound = new CountDownLatch(1);
        RunContext ctx = new RunContext(1, null, new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                if (e.series().equals(OrTools.BOUND_SERIES)) {
                    bound.countDown();
                }
            }
        });
        // relative gap 0 and CP-SAT: the search runs on after the LP stages until it is cancelled
        V2gMilp milp = new V2gMilp(new V2gMilp.Parameters(V2gMilp.Backend.CPSAT, 600, 0, true, 2000, 2, true));
        CompletableFuture<V2gSchedule> run = CompletableFuture.supplyAsync(() -> milp.solve(in, ctx));
        assertTrue(bound.await(120, TimeUnit.SECONDS), "a bound arrives");
        Thread.sleep(300);
        long t0 = System.nanoTime();
        ctx.cancel();
        V2gSchedule s = run.get(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(List.of(), new V2gChecker().check(in, s));
        assertNotNull(s.lowerBound(), "the proven bound is kept");
        assertTrue(s.lowerBound() <= s.reportedCost() + 1e-6);
        // the product promises 200 ms; generous here for a loaded build machine
        assertTrue(seconds < 5, "stopped " + seconds + " s after the cancel");
    }
}
