package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.Vehicle;
import org.evwb.ui.platform.AppState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new user saw on the map: after Fit the legend covered the Kraków end of the A4 (and much of the combined
 * sample), labels were drawn over each other, and vehicles at one spot could not be told apart or picked.
 */
@ExtendWith(ApplicationExtension.class)
class MapLayoutFxTest {

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

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private static Project sample(String file) throws Exception {
        try (InputStream in = MapLayoutFxTest.class.getResourceAsStream("/sample-projects/" + file)) {
            return new ProjectIO().read(in.readAllBytes(), file);
        }
    }

    private void open(FxRobot robot, Project p) {
        robot.interact(() -> state.open(p, null));
        robot.interact(map::fitToContent);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The legend's box in canvas pixels. */
    private Bounds legend() throws Exception {
        return fx(() -> {
            Node legend = map.lookup(".map-legend");
            return map.canvasNode().sceneToLocal(legend.localToScene(legend.getLayoutBounds()));
        });
    }

    @Test
    void afterFitTheLegendCoversNoEntityOfTheA4NorOfTheCombinedSample(FxRobot robot) throws Exception {
        for (String file : List.of("motorway-a4.evwb.json", "combined.evwb.json", "netzero-highway.evwb.json")) {
            open(robot, sample(file));
            Bounds legend = legend();
            assertTrue(legend.getWidth() > 50 && legend.getHeight() > 50, "the legend is shown: " + legend);
            List<String> covered = new ArrayList<>();
            for (var e : fx(() -> state.getProject().placedEntities().toList())) {
                Point2D p = fx(() -> map.canvasPointOf(e.ref()).orElseThrow());
                double r = MapSymbols.radius(e.kind()) + 2;
                if (p.getX() + r > legend.getMinX() && p.getX() - r < legend.getMaxX()
                        && p.getY() + r > legend.getMinY() && p.getY() - r < legend.getMaxY()) {
                    covered.add(e.kind().label() + " " + e.id() + " at " + p);
                }
                assertTrue(p.getX() >= 0 && p.getY() >= 0 && p.getX() <= fx(map.canvasNode()::getWidth)
                        && p.getY() <= fx(map.canvasNode()::getHeight), file + ": " + e.id() + " is off the map");
            }
            for (var m : fx(() -> map.projected().motorways())) {
                for (int i = 0; i < m.x().length; i++) {
                    int k = i;
                    Point2D p = fx(() -> new Point2D(map.viewport().screenX(m.x()[k]),
                            map.viewport().screenY(m.y()[k])));
                    if (legend.contains(p)) {
                        covered.add("motorway node " + m.motorway().nodes().get(i).id() + " at " + p);
                    }
                }
            }
            assertEquals(List.of(), covered, file + ": the legend " + legend + " covers data");
            keepPicture(robot, file.replace(".evwb.json", "-fitted.png"));
        }
    }

    /** Keeps what the map shows in target/map-screenshots for a human look. */
    private void keepPicture(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage img = fx(() -> map.snapshot(null, null));
        Path out = Path.of("target", "map-screenshots");
        java.nio.file.Files.createDirectories(out);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                out.resolve(name).toFile());
    }

    @Test
    void labelsAreNotDrawnOverEachOther(FxRobot robot) throws Exception {
        open(robot, sample("motorway-a4.evwb.json"));
        // zoomed so that nodes, stations and their labels crowd together around Katowice
        robot.interact(() -> {
            map.viewport().setZoom(MapRenderer.LABEL_ZOOM);
            map.mapCanvas().redrawNow();
        });
        List<MapRenderer.PlacedLabel> labels = fx(() -> List.copyOf(map.mapCanvas().renderer().lastLabels()));
        assertTrue(labels.size() >= 4, "labels are drawn at this zoom: " + labels);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).overlaps(labels.get(j))) {
                    overlaps.add(labels.get(i).text() + " / " + labels.get(j).text());
                }
            }
        }
        assertEquals(List.of(), overlaps, "labels drawn over each other");
        // nor over a station's symbol (the stations were drawn over the node labels: "Jęzor" was hidden)
        List<String> covered = new ArrayList<>();
        for (var e : fx(() -> state.getProject().placedEntities().toList())) {
            if (e.kind() == EntityKind.VEHICLE) {
                continue;
            }
            Point2D p = fx(() -> map.canvasPointOf(e.ref()).orElseThrow());
            double r = MapSymbols.radius(e.kind());
            MapRenderer.PlacedLabel symbol = new MapRenderer.PlacedLabel(e.id(), p.getX() - r, p.getY() - r, 2 * r,
                    2 * r);
            labels.stream().filter(symbol::overlaps).forEach(l -> covered.add(l.text() + " over " + e.id()));
        }
        assertEquals(List.of(), covered, "labels drawn over symbols");
        keepPicture(robot, "motorway-a4-labels.png");
    }

    private static Vehicle vehicle(String id, double lon, double lat) {
        return new Vehicle(id, "", null, new GeoPoint(lon, lat), 20, 100, null, null);
    }

    @Test
    void vehiclesStackedAtOneSpotArePickedFromAList(FxRobot robot) throws Exception {
        List<Vehicle> vs = List.of(vehicle("EV1", 19.0, 50.2), vehicle("EV2", 19.0, 50.2),
                vehicle("EV3", 19.00001, 50.2), vehicle("EV4", 19.3, 50.3));
        Project p = new Project(Project.FORMAT, Project.CURRENT_VERSION, "stack", "", null, null,
                new Infrastructure(null, null, null, null, null, null), new Fleet(null, vs), null, null, null);
        open(robot, p);
        Point2D stack = fx(() -> map.canvasNode().localToScreen(map.canvasPointOf(
                new EntityRef(EntityKind.VEHICLE, "EV2")).orElseThrow()));
        robot.clickOn(stack, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var list = robot.lookup(".map-pick-list").tryQuery();
        assertTrue(list.isPresent(), "a click on three vehicles at one spot offers a list to pick from");
        List<String> items = fx(() -> robot.lookup(".map-pick-item").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n.lookup(".label")).getText()).toList());
        assertEquals(3, items.size(), items.toString());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Vehicle EV3")), items.toString());
        robot.clickOn(robot.lookup(".map-pick-item").match(n -> ((javafx.scene.control.Labeled) n.lookup(".label"))
                .getText().startsWith("Vehicle EV3")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, "EV3")), state.getSelection());

        // one vehicle alone: a click selects it, no list
        Point2D alone = fx(() -> map.canvasNode().localToScreen(map.canvasPointOf(
                new EntityRef(EntityKind.VEHICLE, "EV4")).orElseThrow()));
        robot.clickOn(alone, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, "EV4")), state.getSelection());
        assertFalse(fx(() -> robot.lookup(".map-pick-list").tryQuery().map(Node::isVisible).orElse(false)),
                "no list for a single vehicle");
    }
}
