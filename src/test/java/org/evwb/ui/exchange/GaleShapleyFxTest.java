package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeChecker;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Gale–Shapley step by step in the real window: buttons, keys, the log, the overlay, the shared selection. */
@ExtendWith(ApplicationExtension.class)
class GaleShapleyFxTest {

    @TempDir
    Path dir;
    private ExchangeWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = ExchangeWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private GaleShapleyView openTeaching(FxRobot robot) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        assertNotNull(wb.views().view(), "a project with an exchange study gets the teaching tab");
        robot.clickOn("Study").clickOn("#menu-exchange-teaching");
        WaitForAsyncUtils.waitForFxEvents();
        ExchangeTeachingView v = wb.views().view();
        assertTrue(((TabPane) robot.lookup("#centre-views").query()).getSelectionModel().getSelectedItem()
                .getId().equals(ExchangeViews.TAB_ID));
        return v.galeShapley();
    }

    private Matching solverMatching() {
        ExchangeStudy study = new ExchangeStudy();
        var in = wb.views().view().session().instance();
        Matching m = study.solver("gale-shapley").orElseThrow()
                .create(new ExchangeStudy.GaleShapleyParameters("buyers")).solve(in, RunContext.of(1));
        assertEquals(List.of(), new ExchangeChecker().check(in, m));
        return m;
    }

    @Test
    void logLinesAreShownWholeNotCutOff(FxRobot robot) throws Exception {
        GaleShapleyView gs = openTeaching(robot);
        // a narrow log, as on a laptop screen or with the map given more room
        robot.interact(() -> ((javafx.scene.control.SplitPane) gs.log().getParent().getParent())
                .setDividerPositions(0.85));
        robot.clickOn("#gs-next");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few pulses: the list lays its cells out again
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gs.log().getWidth() < 200, "the log is narrow: " + gs.log().getWidth());
        var cells = robot.from(gs.log()).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class);
        int checked = 0;
        for (javafx.scene.control.ListCell<?> cell : cells) {
            if (cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible() || cell.isEmpty()) {
                continue; // the list's spare cells (kept for reuse, or for measuring) are not shown
            }
            // a line too long for the log is drawn with an ellipsis: the text shown differs from the cell's text
            String shown = WaitForAsyncUtils.asyncFx(() -> cell.lookupAll(".text").stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                    .findFirst().orElse("")).get(10, TimeUnit.SECONDS);
            assertEquals(cell.getText(), shown, "a log line is cut off");
            // nor does it run past the log's right edge (a horizontal scroll bar hides the end of every line)
            javafx.geometry.Bounds b = WaitForAsyncUtils.asyncFx(() -> gs.log().sceneToLocal(cell.localToScene(
                    cell.getLayoutBounds()))).get(10, TimeUnit.SECONDS);
            assertTrue(b.getMaxX() <= gs.log().getWidth() + 0.5, "\"" + cell.getText() + "\" runs past the log's "
                    + "edge: " + b.getMaxX() + " > " + gs.log().getWidth());
            checked++;
        }
        assertTrue(checked >= 3, "several log lines are shown: " + checked);
    }

    @Test
    void nextAndBackMoveTheLogTheOverlayAndTheSelectionTogether(FxRobot robot) throws Exception {
        GaleShapleyView gs = openTeaching(robot);
        GaleShapleyStepper st = gs.stepper();
        assertTrue(st.trace().size() >= 5, "the classroom project has several proposals");
        assertEquals(0, st.position());
        assertTrue(gs.overlay().model().lines().isEmpty());

        robot.clickOn("#gs-next");
        assertEquals(1, st.position());
        assertEquals(0, gs.log().getSelectionModel().getSelectedIndex());
        var first = st.trace().steps().get(0);
        OverlayModel m1 = gs.overlay().model();
        assertEquals(1, m1.lines().stream().filter(OverlayModel.Line::arrow).count());
        assertEquals(first.outcome() == Outcome.REJECTED ? 1 : 0, m1.lines(OverlayModel.Style.REJECTED).size());
        assertEquals(wb.views().view().session().ref(first.proposer()),
                wb.window.state().getSelection().get(0), "the proposer is selected everywhere");

        // walk to a rejection or displacement, then Back restores the matching before it
        int target = -1;
        for (var s : st.trace().steps()) {
            if (s.outcome() != Outcome.ACCEPTED) {
                target = s.index();
                break;
            }
        }
        assertTrue(target > 0, "the classroom trace has a rejection or displacement");
        for (int k = 1; k < target; k++) {
            robot.clickOn("#gs-next");
        }
        List<Matching.Pair> before = List.copyOf(st.matching());
        robot.clickOn("#gs-next");
        var step = st.current();
        assertEquals(target, step.index());
        OverlayModel.Style expected = step.outcome() == Outcome.REJECTED ? OverlayModel.Style.REJECTED
                : OverlayModel.Style.ACCEPTED;
        assertEquals(1, gs.overlay().model().lines(expected).stream().filter(OverlayModel.Line::arrow).count());
        if (step.outcome() == Outcome.DISPLACED) {
            assertEquals(1, gs.overlay().model().lines(OverlayModel.Style.DISPLACED).size());
        }
        assertEquals(target, gs.log().getSelectionModel().getSelectedIndex());
        robot.clickOn("#gs-back");
        assertEquals(before, st.matching(), "Back restores the previous matching");
        assertEquals(before.size(), gs.overlay().model().lines(OverlayModel.Style.MATCHED).size()
                + gs.overlay().model().lines(OverlayModel.Style.ACCEPTED).size());
        assertEquals(target - 1, gs.log().getSelectionModel().getSelectedIndex());

        // keys: Right and Left
        robot.interact(() -> gs.log().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(target + 1, st.position());
        robot.type(KeyCode.LEFT);
        assertEquals(target, st.position());

        // clicking a log line goes there and selects that proposer
        robot.interact(() -> gs.log().getSelectionModel().select(2));
        assertEquals(3, st.position());
        assertEquals(wb.views().view().session().ref(st.trace().steps().get(2).proposer()),
                wb.window.state().getSelection().get(0));

        robot.clickOn("#gs-reset");
        assertEquals(0, st.position());
        assertTrue(robot.lookup("#gs-status").queryAs(Label.class).getText().startsWith("Step 0 of"));
    }

    @Test
    void playToTheEndGivesTheSolversMatching(FxRobot robot) throws Exception {
        GaleShapleyView gs = openTeaching(robot);
        robot.interact(() -> ((javafx.scene.control.Slider) robot.lookup("#gs-speed").query()).setValue(10));
        robot.interact(() -> gs.log().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> gs.stepper().atEnd());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(solverMatching().pairs(), gs.stepper().matching());
        assertFalse(((javafx.scene.control.ToggleButton) robot.lookup("#gs-play").query()).isSelected(),
                "play stops at the end");
        assertTrue(robot.lookup("#gs-status").queryAs(Label.class).getText().contains("stable"));
        assertEquals(gs.stepper().matching().size(), gs.overlay().model().lines(OverlayModel.Style.MATCHED).size()
                + gs.overlay().model().lines(OverlayModel.Style.ACCEPTED).size());
    }
}
