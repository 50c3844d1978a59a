package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs that flood their live charts (a million events each, as a traced anneal of many sweeps does) keep the window
 * responsive: the FX thread runs a posted runnable within a generous bound throughout, each chart holds at most its
 * budget of points, and a card's Cancel and Run ▸ Cancel all runs (Ctrl+.) each stop a run within 200 ms.
 */
@ExtendWith(ApplicationExtension.class)
class LiveChartFloodFxTest {

    /** Generous: a frame of the live chart takes milliseconds; the unbounded redraw took seconds to minutes. */
    private static final long FX_LATENCY_BOUND_MS = 500;

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), new StudyRegistry().register(new DemoStudy())
                .register(new ProbeStudy()));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    /** How long the FX thread takes to run a runnable posted now; fails past four times the bound. */
    private static long fxLatencyMs() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicLong at = new AtomicLong();
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            at.set(System.nanoTime());
            ran.countDown();
        });
        if (!ran.await(4 * FX_LATENCY_BOUND_MS, TimeUnit.MILLISECONDS)) {
            return 4 * FX_LATENCY_BOUND_MS;
        }
        return (at.get() - posted) / 1_000_000;
    }

    @Test
    void floodedChartsStayWithinBudgetTheWindowRespondsAndBothCancelsStopWithin200Ms(FxRobot robot)
            throws Exception {
        var sample = new ProbeStudy().sampleProject().orElseThrow();
        robot.interact(() -> wb.window.state().open(sample, null));
        AtomicReference<RunEntry> a = new AtomicReference<>();
        AtomicReference<RunEntry> b = new AtomicReference<>();
        robot.interact(() -> {
            a.set(wb.window.runs().start(new RunRequest(ProbeStudy.ID, "flood", ProbeStudy.FloodParameters.DEFAULT,
                    1, Duration.ofMinutes(2))));
            b.set(wb.window.runs().start(new RunRequest(ProbeStudy.ID, "flood", ProbeStudy.FloodParameters.DEFAULT,
                    2, Duration.ofMinutes(2))));
        });
        LiveChart chartA = fx(() -> wb.window.runs().chartOf(a.get()));
        LiveChart chartB = fx(() -> wb.window.runs().chartOf(b.get()));

        // while both runs flood and then trickle, the FX thread keeps answering
        long worst = 0;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (System.nanoTime() < until) {
            worst = Math.max(worst, fxLatencyMs());
            Thread.sleep(20);
        }
        System.out.printf("worst FX latency while flooding: %d ms%n", worst);
        assertTrue(worst < FX_LATENCY_BOUND_MS, "the FX thread took " + worst + " ms to run a posted runnable");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> chartA.offeredCount(ProbeStudy.FLOOD_SERIES)
                > ProbeStudy.FloodParameters.DEFAULT.events()
                && chartB.offeredCount(ProbeStudy.FLOOD_SERIES) > ProbeStudy.FloodParameters.DEFAULT.events());
        for (LiveChart c : List.of(chartA, chartB)) {
            WaitForAsyncUtils.waitForFxEvents();
            List<RunEvent> shown = fx(() -> c.points(ProbeStudy.FLOOD_SERIES));
            assertTrue(shown.size() <= LiveChart.MAX_POINTS, shown.size() + " points drawn");
            assertTrue(shown.size() > LiveChart.MAX_POINTS / 4, "the budget is used: " + shown.size());
            // the extremes survive the decimation: the first (highest) point and the tail's low values
            assertEquals(1000.0, shown.stream().mapToDouble(RunEvent::y).max().orElseThrow());
            double lowest = shown.stream().mapToDouble(RunEvent::y).min().orElseThrow();
            assertTrue(lowest <= 1000.0 / ProbeStudy.FloodParameters.DEFAULT.events(), "lowest drawn " + lowest);
        }

        // a card's Cancel stops run a
        Node cancelA = fx(() -> {
            for (Node card : robot.lookup(".run-cards").queryAs(javafx.scene.layout.Pane.class).getChildren()) {
                if (card.lookup(".run-title") instanceof javafx.scene.control.Label l
                        && l.getText().equals(a.get().title())) {
                    return card.lookup(".run-cancel");
                }
            }
            throw new AssertionError("no card for " + a.get().title());
        });
        robot.clickOn(cancelA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> a.get().endedNanos() != 0);
        assertCancelledWithin200Ms(a.get());
        assertTrue(b.get().endedNanos() == 0, "the other run goes on");

        // Run ▸ Cancel all runs (Ctrl+.) stops run b
        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.PERIOD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> b.get().endedNanos() != 0);
        assertCancelledWithin200Ms(b.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> wb.window.state().getRunningTasks().isEmpty()));
    }

    private static void assertCancelledWithin200Ms(RunEntry run) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BackgroundTask.State.CANCELLED, fx(() -> run.task().getState()));
        assertTrue(run.cancelRequestedNanos() > 0, "cancel was asked");
        double ms = (run.endedNanos() - run.cancelRequestedNanos()) / 1e6;
        System.out.printf("%s cancelled in %.1f ms%n", run.title(), ms);
        assertTrue(ms < 200, run.title() + ": cancel took " + ms + " ms");
        assertEquals(RunStatus.CANCELLED, run.report().status());
    }
}
