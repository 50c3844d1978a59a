package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.evwb.ui.platform.BackgroundTask;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.evwb.core.study.exchange.teaching.TeachingAnneal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Annealing the classroom instance in the real window: the live chart fills, the map shows the state. */
@ExtendWith(ApplicationExtension.class)
class AnnealFxTest {

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

    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void annealFeedsTheLiveChartAndDrawsTheStateOnTheMap(FxRobot robot) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        wb.openTeaching(robot);
        ExchangeTeachingView v = wb.views().view();
        robot.interact(() -> v.tabs().getSelectionModel().select(1));
        AnnealView a = v.anneal();
        robot.interact(() -> ((CheckBox) robot.lookup("#anneal-slow").query()).setSelected(false));
        robot.clickOn("#anneal-start");
        assertNotNull(a.chart());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getRunningTasks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1000, a.chart().pointCount(TeachingAnneal.ENERGY_SERIES), "one point per sweep");
        assertTrue(a.chart().pointCount(TeachingAnneal.BEST_SERIES) > 0);
        assertNotNull(a.best());
        OverlayModel m = a.overlay().model();
        assertEquals(a.best() == null ? 0 : m.lines().size(), m.lines().size());
        assertTrue(!m.lines().isEmpty(), "the end state has pairs on the map");
        assertTrue(m.lines().stream().allMatch(l -> l.style() == OverlayModel.Style.MATCHED
                || l.style() == OverlayModel.Style.BROKEN));
        assertTrue(robot.lookup("#anneal-status").queryLabeled().getText().startsWith("Done"));
    }

    @Test
    void aTooLowPenaltyShowsBrokenConstraintsInRedAndCancelStops(FxRobot robot) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        wb.openTeaching(robot);
        AnnealView a = wb.views().view().anneal();
        robot.interact(() -> {
            a.lookupAll("#anneal-slow").forEach(n -> ((CheckBox) n).setSelected(false));
            ((javafx.scene.control.Spinner<Double>) a.lookup("#anneal-penalty")).getValueFactory().setValue(0.05);
        });
        robot.interact(a::start);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getRunningTasks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.RadioButton) a.lookup("#anneal-show-best")).setSelected(true));
        OverlayModel m = a.overlay().model();
        assertTrue(!a.best().decoded().feasible(), "P = 0.05 × max gain lets the annealer double-match");
        assertTrue(!m.lines(OverlayModel.Style.BROKEN).isEmpty());
        assertEquals(a.best().decoded().overMatched().size(), m.rings(OverlayModel.Style.BROKEN).size());

        // a long slow-motion run, cancelled at once: the task ends CANCELLED and the view says so
        robot.interact(() -> {
            a.lookupAll("#anneal-slow").forEach(n -> ((CheckBox) n).setSelected(true));
            ((javafx.scene.control.Spinner<Integer>) a.lookup("#anneal-sweeps")).getValueFactory().setValue(20_000);
        });
        BackgroundTask<?>[] task = new BackgroundTask<?>[1];
        robot.interact(() -> {
            task[0] = a.start();
            ((javafx.scene.control.Button) a.lookup("#anneal-cancel")).fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> task[0].getState()) == BackgroundTask.State.CANCELLED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getRunningTasks().isEmpty()));
        assertTrue(robot.lookup("#anneal-status").queryLabeled().getText().contains("cancelled"));
    }
}
