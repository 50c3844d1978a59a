package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.study.Studies;
import org.evwb.core.study.exchange.ExchangeSweepPresets;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudySweepPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cancel in Study ▸ Sweep… on the pool: the paper's exchange sweep (1,500 tasks) is cancelled once a task has
 * finished; it ends CANCELLED with the finished tasks' rows on show, every task whole.
 */
@ExtendWith(ApplicationExtension.class)
class StudySweepCancelFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), Studies.standard());
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void cancelKeepsTheFinishedTasksRows(FxRobot robot) throws Exception {
        SampleProjects.Sample s = wb.services.samples().list().stream()
                .filter(x -> x.fileName().equals("exchange-classroom.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(s));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getProject() != null
                && wb.window.state().getRunningTasks().isEmpty()));
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-study".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "menu-sweep-exchange".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        StudySweepPane pane = robot.lookup("#study-sweep-exchange").queryAs(StudySweepPane.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> source = robot.from(pane).lookup("#study-sweep-source").queryAs(ChoiceBox.class);
        BackgroundTask<?>[] t = new BackgroundTask<?>[1];
        robot.interact(() -> {
            source.setValue(source.getItems().stream().filter(c -> c.toString().startsWith("Figs. 4–7, paper"))
                    .findFirst().orElseThrow());
            t[0] = pane.start();
        });
        assertNotNull(t[0]);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> t[0].getProgress()) > 0);
        robot.interact(() -> robot.from(pane).lookup("#study-sweep-cancel").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> t[0].getState())
                == BackgroundTask.State.CANCELLED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> pane.output() != null));
        StudySweeps.Output out = fx(pane::output);
        assertTrue(out.cancelled());
        int done = out.result().finishedTasks();
        assertTrue(done >= 1 && done < 1500, "finished " + done);
        assertEquals(done * ExchangeSweepPresets.SOLVERS.size(), out.rows().size(), "every task kept is whole");
        assertEquals(out.rows().size(), (int) fx(() -> pane.rowsTable().getItems().size()));
        assertTrue(out.rows().stream().allMatch(r -> r.status() == org.evwb.core.solve.RunStatus.COMPLETED),
                "each kept run ran to the end, with the checker's verdict");
        String status = fx(() -> robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Cancelled: kept " + done + " of 1500 tasks"), status);
    }
}
