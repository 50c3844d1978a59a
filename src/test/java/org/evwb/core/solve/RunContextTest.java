package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunContextTest {

    @Test
    void cancellationIsSeenByChecks() {
        RunContext ctx = RunContext.of(7);
        assertFalse(ctx.shouldStop());
        ctx.checkCancelled();
        ctx.cancel();
        assertTrue(ctx.isCancelled());
        assertTrue(ctx.shouldStop());
        assertThrows(CancelledException.class, ctx::checkCancelled);
        assertEquals(7, ctx.seed());
    }

    @Test
    void timeLimitIsReportedOnceReached() throws InterruptedException {
        RunContext ctx = new RunContext(1, Duration.ofMillis(20), null);
        assertFalse(ctx.timeLimitReached());
        Thread.sleep(40);
        assertTrue(ctx.isTimeUp());
        assertTrue(ctx.timeLimitReached());
        assertEquals(0, ctx.secondsLeft(), 0);
        assertEquals(Double.POSITIVE_INFINITY, RunContext.of(1).secondsLeft());
    }

    @Test
    void nonPositiveTimeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RunContext(1, Duration.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new RunContext(1, Duration.ofSeconds(-1), null));
    }

    @Test
    void progressIsClampedAndEventsReachTheListener() {
        List<Double> fractions = new ArrayList<>();
        List<RunEvent> events = new ArrayList<>();
        RunContext ctx = new RunContext(1, null, new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public void onEvent(RunEvent event) {
                events.add(event);
            }
        });
        ctx.progress(-0.5, "a");
        ctx.progress(0.25, "b");
        ctx.progress(3, "c");
        ctx.progress(Double.NaN, "d");
        ctx.event("best energy", 3, -12.5);
        assertEquals(List.of(0.0, 0.25, 1.0), fractions.subList(0, 3));
        assertTrue(Double.isNaN(fractions.get(3)));
        assertEquals(List.of(new RunEvent("best energy", 3, -12.5)), events);
    }

    @Test
    void computeCarbonFollowsTheSpecFormula() {
        // 36 CPU-seconds at 10 W = 360 J; 100 wall-seconds at 3 W = 300 J; 660 J = 660 / 3.6e6 kWh.
        ComputeCarbon c = ComputeCarbon.estimate(36, 100, ComputeCarbon.Settings.DEFAULT);
        assertEquals(660 / 3.6e6, c.energyKWh(), 1e-15);
        assertEquals(660 / 3.6e6 * 0.2, c.co2Kg(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new ComputeCarbon.Settings(-1, 3, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new ComputeCarbon.Settings(Double.NaN, 3, 0.2));
    }
}
