package org.evwb.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart in a scrolling page, as the sweep and comparison views show them: the wheel over the chart zoomed it instead
 * of scrolling the page (and left the penalty sweep zoomed on an empty range with no way back).
 */
@ExtendWith(ApplicationExtension.class)
class ChartZoomFxTest {

    private ChartViewer viewer;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        viewer = new ChartViewer(org.evwb.core.chart.ChartFilesTest.chart());
        viewer.setPrefSize(480, 300);
        viewer.setMinHeight(300);
        new ChartExport(new ChartExportFxTest.FakeDialogs()).install(viewer, "trace");
        Region below = new Region();
        below.setMinHeight(1500);
        page = new ScrollPane(new VBox(viewer, below));
        stage.setScene(new Scene(page, 520, 500));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private Range domain() throws Exception {
        return fx(() -> ((XYPlot) viewer.getChart().getPlot()).getDomainAxis().getRange());
    }

    /** A wheel turn over the middle of the chart, with or without Ctrl (what the robot's wheel cannot hold). */
    private void wheel(FxRobot robot, boolean ctrl) {
        robot.interact(() -> {
            var canvas = viewer.getCanvas();
            Point2D local = new Point2D(canvas.getWidth() / 2, canvas.getHeight() / 2);
            Point2D scene = canvas.localToScene(local);
            Point2D screen = canvas.localToScreen(local);
            Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, local.getX(), local.getY(), screen.getX(),
                    screen.getY(), false, ctrl, false, false, false, false, 0, -40, 0, -40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                    new PickResult(canvas, scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePlainWheelScrollsThePageAndLeavesTheChartAlone(FxRobot robot) throws Exception {
        // the robot's wheel direction depends on the platform, so start in the middle of the page
        Region below = new Region();
        below.setMinHeight(1500);
        robot.interact(() -> {
            ((VBox) page.getContent()).getChildren().add(0, below);
            page.layout();
            page.setVvalue(0.5);
        });
        robot.interact(() -> page.setVvalue(0.5)); // after the layout that the new content caused
        Range before = domain();
        robot.moveTo(viewer).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, domain(), "the wheel did not zoom the chart");
        assertNotEquals(0.5, fx(page::getVvalue), 1e-9, "the page scrolled");
    }

    @Test
    void ctrlWheelZoomsAndDoubleClickOrResetZoomShowsAllAgain(FxRobot robot) throws Exception {
        Range all = domain();
        wheel(robot, true);
        Range zoomed = domain();
        assertNotEquals(all, zoomed, "Ctrl+wheel zooms");
        assertTrue(zoomed.getLength() < all.getLength(), "in: " + zoomed);
        assertEquals(0, fx(page::getVvalue), 0, "and the page keeps still");

        robot.doubleClickOn(viewer);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, domain(), "a double-click shows all data again");

        wheel(robot, true);
        assertNotEquals(all, domain());
        Optional<MenuItem> reset = fx(() -> viewer.getContextMenu().getItems().stream()
                .filter(i -> "Reset zoom".equals(i.getText())).findFirst());
        assertTrue(reset.isPresent(), "the chart's menu has Reset zoom");
        robot.interact(() -> reset.get().fire());
        assertEquals(all, domain(), "Reset zoom shows all data again");
    }

    @Test
    void aDragBoxZoomsIntoTheBoxAndADoubleClickResets(FxRobot robot) throws Exception {
        Range all = domain();
        Point2D from = fx(() -> viewer.getCanvas().localToScreen(viewer.getCanvas().getWidth() * 0.35, 60));
        Point2D to = fx(() -> viewer.getCanvas().localToScreen(viewer.getCanvas().getWidth() * 0.6, 200));
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).moveTo(to).release(
                javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Range boxed = domain();
        assertTrue(boxed.getLength() < all.getLength() / 2, "zoomed into the box: " + boxed);
        robot.doubleClickOn(viewer);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, domain());
    }

    @Test
    void thePlainWheelFiredOnTheCanvasReachesThePage(FxRobot robot) throws Exception {
        Range before = domain();
        wheel(robot, false);
        assertEquals(before, domain(), "no zoom without Ctrl");
        assertTrue(fx(page::getVvalue) > 0, "the page scrolled");
    }
}
