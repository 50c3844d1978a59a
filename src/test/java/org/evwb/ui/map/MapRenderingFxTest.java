package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.core.AppDirs;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.ui.platform.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the map draws, checked on its pixels; the picture is kept in target/ for a human look. */
@ExtendWith(ApplicationExtension.class)
class MapRenderingFxTest {

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

    @Test
    void drawsStationsVehiclesAndSelection(FxRobot robot) throws Exception {
        robot.interact(() -> state.open(MapDemoProject.generate(300, 3, 5), null));
        WaitForAsyncUtils.waitForFxEvents();
        EntityRef cs = state.getProject().entities(EntityKind.CHARGING_STATION).get(0).ref();
        robot.interact(() -> state.select(cs));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = snapshot(robot);
        Point2D p = map.canvasPointOf(cs).orElseThrow();
        Color atStation = img.getPixelReader().getColor((int) p.getX() - 6, (int) p.getY() - 4);
        assertEquals(MapSymbols.CHARGING.getGreen(), atStation.getGreen(), 0.08, "station badge is drawn");
        long vehiclePixels = count(img, MapSymbols.VEHICLE);
        long selectedPixels = count(img, MapSymbols.SELECTED);
        assertTrue(vehiclePixels > 300, "vehicle dots drawn: " + vehiclePixels);
        assertTrue(selectedPixels > 10, "selection ring drawn: " + selectedPixels);
        Path out = Path.of("target", "map-screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.resolve("map-demo.png").toFile());
    }

    @Test
    void drawsTheShippedBasemapAtWorldScale(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !map.basemap().parts().isEmpty());
        robot.interact(() -> {
            map.viewport().setZoom(2.2);
            map.viewport().setCenter(0.5, 0.4);
        });
        WritableImage img = snapshot(robot);
        long land = count(img, MapSymbols.LAND);
        long sea = count(img, MapSymbols.SEA);
        assertTrue(land > 50_000 && sea > 50_000, "land " + land + ", sea " + sea);
        Path out = Path.of("target", "map-screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.resolve("map-world.png").toFile());
    }

    @Test
    void wholeViewHasToolbarLayersMenuAndLegend(FxRobot robot) throws Exception {
        robot.interact(() -> state.open(MapDemoProject.generate(2000, 4, 6), null));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#map-tool-select", "#map-tool-add", "#map-add-kind", "#map-tool-delete",
                "#map-fit", "#map-layers", "#map-settings", "#map-help"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        assertEquals(7, robot.lookup(".map-legend-row").queryAll().size(), "one legend row per drawn kind");
        // Hiding the vehicles layer through its menu item removes the dots.
        robot.clickOn("#map-layers").clickOn("Vehicles");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!map.layerVisibleProperty(MapLayer.VEHICLES).get());
        assertEquals(0, count(snapshot(robot), MapSymbols.VEHICLE));
        robot.interact(() -> map.layerVisibleProperty(MapLayer.VEHICLES).set(true));
        WritableImage[] whole = new WritableImage[1];
        robot.interact(() -> {
            map.mapCanvas().redrawNow();
            whole[0] = map.getScene().snapshot(null);
        });
        Path out = Path.of("target", "map-screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(whole[0], null), "png", out.resolve("map-view.png").toFile());
    }

    @Test
    void overlaysDrawOverTheEntitiesAtProjectedPositionsAndGoAwayWhenRemoved(FxRobot robot) {
        robot.interact(() -> state.open(MapDemoProject.generate(50, 2, 2), null));
        WaitForAsyncUtils.waitForFxEvents();
        var station = (org.evwb.core.project.PlacedEntity) state.getProject()
                .entities(EntityKind.CHARGING_STATION).get(0);
        Color magenta = Color.rgb(255, 0, 255);
        MapOverlay square = (gc, at) -> {
            gc.setFill(magenta);
            gc.fillRect(at.x(station.position()) - 20, at.y(station.position()) - 20, 40, 40);
        };
        robot.interact(() -> map.overlays().add(square));
        WritableImage with = snapshot(robot);
        Point2D p = map.canvasPointOf(station.ref()).orElseThrow();
        // The overlay is centred on the station's own screen point, so the same projection as the entities.
        Color at = with.getPixelReader().getColor((int) p.getX() + 15, (int) p.getY() + 15);
        assertEquals(magenta, at);
        assertTrue(count(with, magenta) >= 1000, "the 40 x 40 square is drawn");
        robot.interact(() -> map.overlays().remove(square));
        assertEquals(0, count(snapshot(robot), magenta));
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> {
            map.mapCanvas().redrawNow();
            holder[0] = map.canvasNode().snapshot(null, null);
        });
        return holder[0];
    }

    private static long count(Image img, Color c) {
        long n = 0;
        var r = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.03 && Math.abs(p.getGreen() - c.getGreen()) < 0.03
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.03) {
                    n++;
                }
            }
        }
        return n;
    }
}
