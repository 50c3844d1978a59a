package org.evwb.ui.qubo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.qubo.Qubo;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening QUBOs in the real workbench window: the menu shortcut, a COO file, a malformed file, the heat map hover. */
@ExtendWith(ApplicationExtension.class)
class QuboOpenFxTest {

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        wb = TestWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private QuboWorkbenchView workbench(FxRobot robot, Path answer) {
        QuboWorkbenchView[] v = new QuboWorkbenchView[1];
        robot.interact(() -> v[0] = wb.window.quboWorkbench().show(owner -> Optional.ofNullable(answer)));
        return v[0];
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shortcutOpensTheWorkbenchTabOnceAndFocusesIt(FxRobot robot) throws Exception {
        robot.clickOn(wb.window).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q)
                .release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#centre-views").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> "tab-qubo-workbench".equals(t.getId())).findFirst()
                .orElseThrow();
        assertSame(tab, tabs.getSelectionModel().getSelectedItem());
        assertNotNull(wb.window.state().getProject(), "a workspace was started to hold the tab");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tabs.getTabs().stream().filter(t -> "tab-qubo-workbench".equals(t.getId())).count());
        assertSame(tab, tabs.getSelectionModel().getSelectedItem());
    }

    @Test
    void openButtonReadsACooFileAndShowsItsSize(FxRobot robot) throws Exception {
        Path coo = QuboTestFiles.writeCoo(dir);
        QuboWorkbenchView view = workbench(robot, coo);
        robot.clickOn("#qubo-open");
        waitFor(() -> view.source() != null);
        assertEquals(6, view.source().qubo().numVariables());
        assertEquals(QuboTestFiles.COUPLERS.length, view.source().qubo().numCouplers());
        String size = robot.lookup("#qubo-size").queryLabeled().getText();
        assertTrue(size.startsWith("6 variables, 7 couplers, density 46.7 %"), size);
        assertEquals("small.coo", robot.lookup("#qubo-title").queryLabeled().getText());
        BlockGrid grid = view.heatMap().lastGrid();
        assertTrue(grid.oneCellPerBlock());
        assertEquals(-4, grid.value(0, 3));
        assertEquals(-3, grid.value(0, 0));
        assertEquals(0, grid.count(3, 0), "nothing below the diagonal");
    }

    @Test
    void malformedFileShowsFileAndLineAndIsLeftUntouched(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.coo");
        String text = "# vartype=BINARY\n0 0 1\n0 1 2\n1 x 3\n";
        Files.writeString(bad, text);
        FileTime before = Files.getLastModifiedTime(bad);
        QuboWorkbenchView view = workbench(robot, bad);
        robot.clickOn("#qubo-open");
        waitFor(() -> !view.errorText().isEmpty());
        String shown = robot.lookup("#qubo-error").queryLabeled().getText();
        assertTrue(shown.contains(bad.toString()) && shown.contains("line 4"), shown);
        assertEquals(text, Files.readString(bad));
        assertEquals(before, Files.getLastModifiedTime(bad));
        assertEquals(null, view.source());
    }

    @Test
    void gsetNeedsTheMaxCutToggleAndThenGivesCutAsMinusEnergy(FxRobot robot) throws Exception {
        Path g = dir.resolve("tiny.txt");
        Files.writeString(g, "3 3\n1 2 1\n2 3 1\n1 3 1\n");
        QuboWorkbenchView view = workbench(robot, g);
        robot.clickOn("#qubo-open");
        waitFor(() -> !view.errorText().isEmpty());
        assertTrue(view.errorText().contains("Gset max-cut"), view.errorText());
        robot.clickOn("#qubo-maxcut").clickOn("#qubo-open");
        waitFor(() -> view.source() != null);
        assertTrue(view.source().maxCut());
        Qubo q = view.source().qubo();
        assertEquals(-2, q.energy(new byte[] {1, 0, 0}), "a triangle's best cut is 2");
        assertEquals("", view.errorText());
    }

    @Test
    void hoverNamesTheVariablesTheCoefficientAndItsParts(FxRobot robot) {
        QuboWorkbenchView view = workbench(robot, null);
        robot.interact(() -> view.open(QuboTestFiles.labelled(), "assignment"));
        WaitForAsyncUtils.waitForFxEvents();
        MatrixHeatMap map = view.heatMap();
        Point2D cell = map.cellCentre(0, 2);
        robot.moveTo(map.canvas().localToScreen(cell));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#qubo-hover").queryLabeled().getText();
        // q(EV1 at S1, EV2 at S1) = 6 from the cost only: the one-hot constraints couple other pairs
        assertTrue(text.startsWith("EV1 at S1 · EV2 at S1"), text);
        assertTrue(text.contains("q = 6") && text.contains("objective 'charging cost' 6"), text);
        robot.moveTo(map.canvas().localToScreen(map.cellCentre(0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        text = robot.lookup("#qubo-hover").queryLabeled().getText();
        assertTrue(text.startsWith("EV1 at S1 · EV1 at S2") && text.contains("constraint 'one-hot EV1' 20"), text);
        robot.moveTo(map.canvas().localToScreen(map.cellCentre(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        text = robot.lookup("#qubo-hover").queryLabeled().getText();
        // linear of "EV1 at S2": cost 5 and one-hot 10·(1 − 2) = −10
        assertTrue(text.startsWith("EV1 at S2 (linear") && text.contains("q = -5"), text);
        assertArrayEquals(new String[] {"charging cost", "one-hot EV1"}, CellInfo.of(view.source().qubo(), 1, 1)
                .shares().stream().map(CellInfo.Share::part).toArray());
    }
}
