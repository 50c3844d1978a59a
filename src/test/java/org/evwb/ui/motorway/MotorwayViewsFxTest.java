package org.evwb.ui.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.ui.app.AppState;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The motorway views in the real window with the A4 sample. */
@ExtendWith(ApplicationExtension.class)
class MotorwayViewsFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        state = wb.window.state();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    static Project a4() throws Exception {
        return new ProjectIO().load(Path.of("sample-projects/motorway-a4.evwb.json"));
    }

    /** Opens a project and waits for the what-if evaluation of it. */
    void openAndEvaluate(FxRobot robot, Project p) throws Exception {
        robot.interact(() -> state.open(p, null));
        awaitEvaluation(0);
    }

    void awaitEvaluation(int before) throws Exception {
        MotorwayController c = wb.window.motorway().controller();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> c.evaluationCount() > before && !c.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ganttShowsTheA4ScheduleAndAClickOnABarSelectsItsEmv(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        robot.interact(() -> wb.window.motorway().show());
        GanttView g = wb.window.motorway().gantt().gantt();
        MotorwayEvaluation ev = wb.window.motorway().controller().evaluation();
        assertNotNull(ev);
        // the shown schedule is the what-if one and passes the checker when cpsat says it is conflict-free
        if (ev.feasible()) {
            assertEquals(List.of(), new MotorwayChecker().check(ev.instance(), ev.noWait()));
        }
        GanttModel m = g.model();
        assertEquals(8, m.rows().size(), "A4: 4 stations with 2 chargers each");
        assertEquals(5, m.bars().stream().filter(b -> b.kind() == GanttModel.Kind.CHARGING).count());
        assertEquals(m.bars().size(), g.dataset().getSeriesCount() == 3 ? g.dataset().getItemCount(0)
                + g.dataset().getItemCount(1) + g.dataset().getItemCount(2) : -1);
        WaitForAsyncUtils.waitForFxEvents();
        int bar = m.bars().size() - 1;
        String vehicle = m.bars().get(bar).vehicleId();
        Point2D p = g.screenPointOf(bar);
        assertNotNull(p, "the chart has been drawn");
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, vehicle)), state.getSelection());
        assertEquals(vehicle, g.selectedVehicle());
        assertFalse(m.barsOf(vehicle).isEmpty());
        assertTrue(GanttModel.clock(75).equals("01:15"));
    }

    @Test
    void matrixHasASliceChooserSizesVerdictsAndHoverLabels(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        robot.interact(() -> wb.window.motorway().show("tab-motorway-matrix"));
        ConflictMatrixView v = wb.window.motorway().matrix();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, v.sliceChooser().getItems().size(), "GCM: one slice per charger");
        assertTrue(v.sizesLabel().getText().contains("after"), v.sizesLabel().getText());
        assertTrue(v.verdictsLabel().getText().contains("paper pairwise rule")
                && v.verdictsLabel().getText().contains("exact capacity rule"), v.verdictsLabel().getText());
        robot.clickOn("#matrix-scm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, v.sliceChooser().getItems().size(), "SCM: one slice per station");
        robot.interact(() -> v.sliceChooser().getSelectionModel().select(1));
        var m = v.matrix();
        // hover over the cell of rows 0 and the last row: the label names both rows and the cell's kind
        int last = m.rows().size() - 1;
        Point2D cell = v.canvas().localToScreen(v.cellCentre(0, last));
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        String kind = m.slices().get(1)[0][last].name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        assertTrue(v.hoverLabel().getText().startsWith(m.rows().get(0).label() + "  ×  " + m.rows().get(last)
                .label()) && v.hoverLabel().getText().endsWith(kind), v.hoverLabel().getText());
    }
}
