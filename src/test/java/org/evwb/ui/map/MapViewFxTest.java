package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.ui.platform.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real map in a real (headless) stage: viewport behaviour. */
@ExtendWith(ApplicationExtension.class)
class MapViewFxTest {

    @TempDir
    static Path home;

    private AppState state;
    private MapView map;

    @Start
    void start(Stage stage) {
        state = new AppState();
        map = new MapView(state, new AppDirs(home));
        stage.setScene(new Scene(map, 900, 650));
        stage.show();
    }

    private void open(FxRobot robot, Project p) {
        robot.interact(() -> state.open(p, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fitToContentShowsEveryEntityInsideTheViewport(FxRobot robot) {
        open(robot, MapDemoProject.generate(500, 4, 1));
        robot.interact(() -> {
            map.viewport().setZoom(2);
            map.viewport().setCenter(0.1, 0.9);
        });
        robot.clickOn(map.canvasNode()).type(javafx.scene.input.KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport vp = map.viewport();
        double w = vp.widthPx();
        double h = vp.heightPx();
        assertTrue(w > 100 && h > 100, "the canvas has a size");
        state.getProject().placedEntities().forEach(e -> {
            Point2D p = map.canvasPointOf(e.ref()).orElseThrow();
            assertTrue(p.getX() >= 0 && p.getX() <= w && p.getY() >= 0 && p.getY() <= h, e.id() + " at " + p);
        });
        // Fitted, not merely zoomed out: the content spans most of the width (motorway is wider than tall).
        assertTrue((vp.screenX(map.projected().maxX()) - vp.screenX(map.projected().minX())) > w / 2);
    }

    @Test
    void opening_a_project_fits_it_automatically(FxRobot robot) {
        open(robot, MapDemoProject.generate(50, 2, 2));
        for (PlacedEntity e : state.getProject().placedEntities().toList()) {
            Point2D p = map.canvasPointOf(e.ref()).orElseThrow();
            assertTrue(p.getX() >= 0 && p.getX() <= map.viewport().widthPx(), e.id() + " inside after open");
        }
    }

    @Test
    void aFittedMapRefitsWhenResizedUntilTheUserZooms(FxRobot robot) {
        open(robot, MapDemoProject.generate(50, 2, 2));
        Stage stage = (Stage) map.getScene().getWindow();
        robot.interact(() -> stage.setWidth(500));
        WaitForAsyncUtils.waitForFxEvents();
        for (PlacedEntity e : state.getProject().placedEntities().toList()) {
            Point2D p = map.canvasPointOf(e.ref()).orElseThrow();
            assertTrue(p.getX() >= 0 && p.getX() <= map.viewport().widthPx(), e.id() + " inside after resize");
        }
        robot.moveTo(map.canvasNode()).scroll(3, javafx.geometry.VerticalDirection.UP);
        double zoom = map.viewport().zoom();
        robot.interact(() -> stage.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, map.viewport().zoom(), 1e-9, "after the user zoomed, a resize keeps their zoom");
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursor(FxRobot robot) {
        open(robot, MapDemoProject.generate(50, 2, 3));
        MapViewport vp = map.viewport();
        Point2D local = new Point2D(vp.widthPx() * 0.3, vp.heightPx() * 0.7);
        Point2D screen = map.canvasNode().localToScreen(local);
        double wx = vp.worldX(local.getX());
        double wy = vp.worldY(local.getY());
        double zoomBefore = vp.zoom();
        robot.moveTo(screen).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(zoomBefore, vp.zoom(), 1e-9, "the wheel zoomed");
        assertEquals(local.getX(), vp.screenX(wx), 1.0, "x under the cursor");
        assertEquals(local.getY(), vp.screenY(wy), 1.0, "y under the cursor");
        robot.scroll(5, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(local.getX(), vp.screenX(wx), 1.0, "x under the cursor after zooming out");
        assertEquals(local.getY(), vp.screenY(wy), 1.0, "y under the cursor after zooming out");
    }

    @Test
    void rightDragPansTheMap(FxRobot robot) {
        open(robot, MapDemoProject.generate(10, 1, 4));
        var ref = state.getProject().entities(EntityKind.CHARGING_STATION).get(0).ref();
        Point2D before = map.canvasPointOf(ref).orElseThrow();
        Point2D from = map.canvasNode().localToScreen(new Point2D(200, 200));
        robot.moveTo(from).press(javafx.scene.input.MouseButton.SECONDARY)
                .moveBy(60, 30).moveBy(20, 10).release(javafx.scene.input.MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = map.canvasPointOf(ref).orElseThrow();
        assertEquals(before.getX() + 80, after.getX(), 1.0);
        assertEquals(before.getY() + 40, after.getY(), 1.0);
        assertTrue(state.getSelection().isEmpty(), "panning selects nothing");
    }
}
