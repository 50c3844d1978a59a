package org.evwb.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.evwb.core.solve.RunEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** BackgroundTask on the pooled executor: callbacks on the FX thread, registration in AppState, real cancel. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Start
    void start(Stage stage) {
        // the FX toolkit must run for the callbacks; no window needed
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void workRunsOffTheFxThreadCallbacksOnItAndTheStateListsTheTaskWhileItRuns(FxRobot robot) throws Exception {
        AppState state = new AppState();
        FxTaskExecutor executor = new FxTaskExecutor(state, 1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean callbackOnFx = new AtomicBoolean();
        AtomicReference<Integer> got = new AtomicReference<>();
        List<RunEvent> events = new ArrayList<>();
        BackgroundTask<Integer> t = BackgroundTask.of("answer", ctx -> {
            workOnFx.set(javafx.application.Platform.isFxApplicationThread());
            ctx.event("s", 1, 2);
            ctx.progress(0.5, "half way");
            release.await(10, TimeUnit.SECONDS);
            return 42;
        }).onEvent(e -> {
            synchronized (events) {
                events.add(e);
            }
        }).onSuccess(v -> {
            callbackOnFx.set(javafx.application.Platform.isFxApplicationThread());
            got.set(v);
        });
        robot.interact(() -> t.executeWith(executor));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> t.getProgress() == 0.5));
        assertEquals(List.of(t), fx(() -> List.copyOf(state.getRunningTasks())), "listed while it runs");
        assertEquals("half way", fx(() -> t.messageProperty().get()));
        assertEquals(BackgroundTask.State.RUNNING, fx(t::getState));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(t::isDone));
        assertEquals(BackgroundTask.State.SUCCEEDED, fx(t::getState));
        assertEquals(42, got.get());
        assertFalse(workOnFx.get(), "the work ran on a pool thread");
        assertTrue(callbackOnFx.get(), "the callback ran on the FX thread");
        assertEquals(List.of(new RunEvent("s", 1, 2)), events);
        assertTrue(fx(() -> state.getRunningTasks().isEmpty()), "gone from the list once it ended");
        assertThrows(IllegalStateException.class, () -> t.executeWith(executor), "a task runs once");
        executor.close();
    }

    @Test
    void cancelStopsTheWorkThroughItsContextAndReportsCancelledOnlyWhenTheWorkEnded(FxRobot robot) throws Exception {
        AppState state = new AppState();
        FxTaskExecutor executor = new FxTaskExecutor(state, 1);
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean workEnded = new AtomicBoolean();
        AtomicBoolean endedBeforeCallback = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        BackgroundTask<String> t = BackgroundTask.of("long", ctx -> {
            running.countDown();
            while (!ctx.shouldStop()) {
                Thread.sleep(5);
            }
            Thread.sleep(100); // winding down takes a while: the task must not say CANCELLED before this
            workEnded.set(true);
            return "partial";
        }).timeLimit(Duration.ofMinutes(1))
                .onSuccess(v -> succeeded.set(true))
                .onCancelledWith(v -> endedBeforeCallback.set(workEnded.get() && "partial".equals(v)));
        robot.interact(() -> t.executeWith(executor));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        robot.interact(t::cancel);
        assertTrue(t.isCancelRequested());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(t::isDone));
        assertEquals(BackgroundTask.State.CANCELLED, fx(t::getState));
        assertTrue(endedBeforeCallback.get(), "cancelled reported after the work really ended, with its value");
        assertFalse(succeeded.get());
        executor.close();
    }

    @Test
    void aTaskCancelledWhileQueuedNeverRunsAndTasksAfterCloseAreCancelledNotThrown(FxRobot robot) throws Exception {
        AppState state = new AppState();
        FxTaskExecutor executor = new FxTaskExecutor(state, 1);
        CountDownLatch release = new CountDownLatch(1);
        BackgroundTask<Void> blocker = BackgroundTask.of("blocker", ctx -> {
            release.await(10, TimeUnit.SECONDS);
            return null;
        });
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Void> queued = BackgroundTask.<Void>of("queued", ctx -> {
            ran.set(true);
            return null;
        }).onCancelled(() -> cancelled.set(true));
        robot.interact(() -> {
            blocker.executeWith(executor);
            queued.executeWith(executor);
            queued.cancel();
        });
        assertEquals(BackgroundTask.State.CANCELLED, fx(queued::getState), "at once: it had not started");
        assertTrue(cancelled.get());
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(blocker::isDone));
        assertFalse(ran.get(), "a task cancelled in the queue never runs");

        executor.close();
        AtomicBoolean lateRan = new AtomicBoolean();
        BackgroundTask<Integer> late = BackgroundTask.of("late", ctx -> {
            lateRan.set(true);
            return 1;
        });
        robot.interact(() -> late.executeWith(executor)); // must not throw
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(late::getState) == BackgroundTask.State.CANCELLED);
        assertFalse(lateRan.get(), "a task handed in after close never runs");
        assertTrue(fx(() -> state.getRunningTasks().isEmpty()));
    }

    @Test
    void aFailureReachesOnFailureAndTheCallingThreadExecutorRunsEverythingBeforeReturning(FxRobot robot)
            throws Exception {
        AppState state = new AppState();
        CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(state);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Integer> seenRunning = new ArrayList<>();
        BackgroundTask<Integer> boom = BackgroundTask.<Integer>of("boom", ctx -> {
            seenRunning.add(state.getRunningTasks().size());
            throw new IllegalStateException("no");
        }).onFailure(failure::set);
        robot.interact(() -> boom.executeWith(executor));
        assertEquals(BackgroundTask.State.FAILED, boom.getState(), "done when execute returned");
        assertEquals("no", failure.get().getMessage());
        assertSame(failure.get(), boom.getException());
        assertEquals(List.of(1), seenRunning, "registered in the state while it ran");
        assertTrue(state.getRunningTasks().isEmpty());
        assertNull(boom.getValue());

        AtomicReference<Long> seed = new AtomicReference<>();
        BackgroundTask<Long> seeded = BackgroundTask.of("seeded", ctx -> {
            seed.set(ctx.seed());
            return ctx.seed();
        }).seed(7);
        robot.interact(() -> seeded.executeWith(executor));
        assertEquals(7L, seeded.getValue());
        assertEquals(BackgroundTask.State.SUCCEEDED, seeded.getState());
    }
}
