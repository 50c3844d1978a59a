package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cancelling the paper's sweep while it runs on the pool: it ends CANCELLED and shows no half results. */
@ExtendWith(ApplicationExtension.class)
class SweepCancelFxTest {

    @TempDir
    Path dir;
    private ExchangeWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new ExchangeWorkbench(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private void waitForNoTasks() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getRunningTasks()
                .isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SweepView open(FxRobot robot) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        ExchangeTeachingView v = wb.openTeaching(robot);
        robot.interact(() -> v.tabs().getSelectionModel().select(3));
        return v.sweeps();
    }

    @Test
    void cancelStopsARunningSweep(FxRobot robot) throws Exception {
        SweepView v = open(robot);
        BackgroundTask<?>[] t = new BackgroundTask<?>[1];
        robot.interact(() -> t[0] = v.start(ExchangeSweep.Settings.paper(1)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> t[0].getProgress()) > 0);
        robot.clickOn("#sweep-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> t[0].getState()) == BackgroundTask.State.CANCELLED);
        waitForNoTasks();
        assertTrue(robot.lookup("#sweep-status").queryLabeled().getText().contains("cancelled"));
        assertTrue(v.result() == null, "a cancelled sweep shows no half results");
    }

}
