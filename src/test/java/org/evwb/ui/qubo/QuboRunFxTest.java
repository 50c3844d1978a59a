package org.evwb.ui.qubo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evwb.ui.platform.BackgroundTask;
import javafx.stage.Stage;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sampler runs from the workbench's panel: live chart, results, cancel, form validation. */
@ExtendWith(ApplicationExtension.class)
class QuboRunFxTest {

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private QuboWorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private void openSmallCoo(FxRobot robot) throws Exception {
        Path coo = QuboTestFiles.writeCoo(dir);
        robot.interact(() -> view = wb.window.quboWorkbench().show(owner -> Optional.of(coo)));
        robot.clickOn("#qubo-open");
        waitFor(() -> view.source() != null);
    }

    /** Waits until a condition, evaluated on the FX thread (tasks and views are FX-thread objects), holds. */
    static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS); // generous: a loaded 2-core CI machine
    }

    private void choose(FxRobot robot, String sampler, String... nameValues) {
        robot.interact(() -> {
            view.samplerPanel().select(sampler);
            for (int k = 0; k < nameValues.length; k += 2) {
                view.samplerPanel().setParameter(nameValues[k], nameValues[k + 1]);
            }
        });
    }

    @Test
    void annealFeedsTheLiveChartAndFinishesWithTheBruteForceMinimum(FxRobot robot) throws Exception {
        openSmallCoo(robot);
        choose(robot, "anneal", "reads", "8", "sweeps", "500");
        robot.clickOn("#qubo-run");
        waitFor(() -> view.currentJob() != null && view.currentJob().getState() == BackgroundTask.State.SUCCEEDED);
        assertTrue(view.liveChart().pointCount("current energy") > 100, "trace of read 0 drawn");
        assertTrue(view.liveChart().pointCount("best energy") > 100);
        QuboResult r = view.lastResult();
        ResultCard card = view.results().cards().get(0);
        assertEquals(r.sets().get(0).samples().size(), card.table().getItems().size(), "result table filled");
        assertEquals(8.0, QuboCharts.totalWeight(card.charts().get(0)), 0.0, "8 reads in the histogram");
        assertEquals("anneal", r.sets().get(0).sampler());
        assertEquals(QuboTestFiles.bruteForceMinimum(), r.sets().get(0).bestEnergy(), 1e-12);
        assertTrue(robot.lookup("#qubo-status").queryLabeled().getText().startsWith("done"));
    }

    @Test
    void exactFillsTheTableWithTheBruteForceMinimumAndTheFullHistogram(FxRobot robot) throws Exception {
        openSmallCoo(robot);
        choose(robot, "exact");
        robot.clickOn("#qubo-run");
        waitFor(() -> view.results().cards().size() == 1);
        ResultCard card = view.results().cards().get(0);
        javafx.scene.control.TableView<?> table = card.table();
        assertTrue(table.getItems().size() >= 1);
        @SuppressWarnings("unchecked")
        var energyColumn = (javafx.scene.control.TableColumn<Object, ?>) table.getColumns().get(1);
        assertEquals("Energy", energyColumn.getText());
        double shownBest = Double.parseDouble(String.valueOf(energyColumn.getCellData(0)));
        assertEquals(QuboTestFiles.bruteForceMinimum(), shownBest, 1e-12);
        // the full histogram counts every one of the 2^6 states once
        assertEquals(64.0, QuboCharts.totalWeight(card.charts().get(0)), 0.0);
        String info = robot.lookup(".qubo-result-info").queryLabeled().getText();
        assertTrue(info.startsWith("all 2^6 = 64 states enumerated"), info);
    }

    @Test
    void cancelStopsALongAnnealWithinASecond(FxRobot robot) throws Exception {
        // 300 variables x 5 million sweeps: minutes of work (the β schedule alone is 40 MB, so not more sweeps)
        robot.interact(() -> {
            view = wb.window.quboWorkbench().show(owner -> Optional.empty());
            view.open(org.evwb.core.qubo.RandomQubos.random(300, 0.05, true, 1), "random 300");
        });
        choose(robot, "anneal", "reads", "1", "threads", "1", "sweeps", "5000000");
        robot.clickOn("#qubo-run");
        waitFor(() -> view.liveChart() != null && view.liveChart().pointCount("current energy") > 0);
        BackgroundTask<QuboResult> job = view.currentJob();
        assertEquals(BackgroundTask.State.RUNNING, onFx(job::getState));
        long t0 = System.nanoTime();
        robot.interact(() -> robot.lookup("#qubo-cancel").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(job::getState) == BackgroundTask.State.CANCELLED);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 1.0, "cancelled after " + seconds + " s");
        System.err.println("cancel took " + seconds + " s"); // the figure, for the record
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cancelled", robot.lookup("#qubo-status").queryLabeled().getText());
        assertNull(view.lastResult());
        assertTrue(!robot.lookup("#qubo-run").queryButton().isDisabled(), "Run is offered again");
    }

    @Test
    void badParameterIsRefusedWithTheFieldNamed(FxRobot robot) throws Exception {
        openSmallCoo(robot);
        choose(robot, "anneal", "reads", "0");
        robot.clickOn("#qubo-run");
        WaitForAsyncUtils.waitForFxEvents();
        String msg = view.samplerPanel().errorText();
        assertTrue(msg.startsWith("Reads:") && msg.contains("reads >= 1"), msg);
        assertNull(view.currentJob());
        choose(robot, "tabu", "restarts", "many");
        robot.clickOn("#qubo-run");
        WaitForAsyncUtils.waitForFxEvents();
        msg = view.samplerPanel().errorText();
        assertTrue(msg.contains("Restarts") && msg.contains("\"many\" is not a whole number"), msg);
    }
}
