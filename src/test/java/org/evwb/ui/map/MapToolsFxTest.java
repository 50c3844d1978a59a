package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.geo.WebMercator;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editing tools driven with the mouse and keyboard on the real map: a 60 km motorway along latitude 50° N from
 * 8° E, a station north of it, and four vehicles well apart.
 */
@ExtendWith(ApplicationExtension.class)
class MapToolsFxTest {

    static final double LAT = 50.0;
    static final double LON0 = 8.0;
    static final double DLON_PER_KM = 1 / (111.32 * Math.cos(Math.toRadians(LAT)));

    @TempDir
    static Path home;

    private Fixture s;

    /** The state and the map under test. */
    private record Fixture(org.evwb.ui.platform.AppState state, MapView map) {
    }

    @Start
    void start(Stage stage) {
        var state = new org.evwb.ui.platform.AppState();
        var map = new MapView(state, new AppDirs(home));
        s = new Fixture(state, map);
        stage.setScene(new Scene(map, 900, 650));
        stage.show();
    }

    @BeforeEach
    void openProject(FxRobot robot) {
        Motorway m = new Motorway("M1", "A 99", List.of(
                new MotorwayNode("N1", "", 0, new GeoPoint(LON0, LAT)),
                new MotorwayNode("N2", "", 60, new GeoPoint(LON0 + 60 * DLON_PER_KM, LAT))));
        ChargingStation cs = new ChargingStation("CS1", "North", new GeoPoint(LON0 + 30 * DLON_PER_KM, LAT + 0.15),
                null, null, List.of(new Charger("1", 50), new Charger("2", 150)));
        List<Vehicle> vs = List.of(
                vehicle("EV1", LON0 + 10 * DLON_PER_KM, LAT - 0.1),
                vehicle("EV2", LON0 + 20 * DLON_PER_KM, LAT - 0.1),
                vehicle("EV3", LON0 + 40 * DLON_PER_KM, LAT - 0.12),
                vehicle("EV4", LON0 + 50 * DLON_PER_KM, LAT + 0.1));
        Project p = new Project(Project.FORMAT, Project.CURRENT_VERSION, "tools", "", null, null,
                new Infrastructure(List.of(m), List.of(cs), null, null, null, null), new Fleet(null, vs), null,
                null, null);
        robot.interact(() -> s.state().open(p, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Vehicle vehicle(String id, double lon, double lat) {
        return new Vehicle(id, "", null, new GeoPoint(lon, lat), 20, 100, null, null);
    }

    private static EntityRef ev(String id) {
        return new EntityRef(EntityKind.VEHICLE, id);
    }

    private Point2D screenOf(EntityRef ref) {
        return s.map().canvasNode().localToScreen(s.map().canvasPointOf(ref).orElseThrow());
    }

    private Point2D screenOfGeo(double lon, double lat) {
        MapViewport vp = s.map().viewport();
        return s.map().canvasNode().localToScreen(vp.screenX(WebMercator.x(lon)), vp.screenY(WebMercator.y(lat)));
    }

    private Project project() {
        return s.state().getProject();
    }

    @Test
    void clickSelectsAndCtrlClickToggles(FxRobot robot) {
        robot.clickOn(screenOf(ev("EV1")));
        assertEquals(List.of(ev("EV1")), s.state().getSelection());
        robot.press(KeyCode.CONTROL).clickOn(screenOf(ev("EV2"))).release(KeyCode.CONTROL);
        assertEquals(List.of(ev("EV1"), ev("EV2")), s.state().getSelection());
        robot.press(KeyCode.CONTROL).clickOn(screenOf(ev("EV1"))).release(KeyCode.CONTROL);
        assertEquals(List.of(ev("EV2")), s.state().getSelection());
        Point2D empty = screenOfGeo(LON0 + 30 * DLON_PER_KM, LAT - 0.05);
        robot.clickOn(empty);
        assertTrue(s.state().getSelection().isEmpty(), "a click on empty space clears the selection");
    }

    @Test
    void rubberBandSelectsEverythingInside(FxRobot robot) {
        // From north-west of EV1 to south-east of EV3: EV1, EV2, EV3 but not EV4 (north) nor CS1.
        Point2D from = screenOfGeo(LON0 + 5 * DLON_PER_KM, LAT - 0.05);
        Point2D to = screenOfGeo(LON0 + 45 * DLON_PER_KM, LAT - 0.2);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertEquals(Set.of(ev("EV1"), ev("EV2"), ev("EV3")), Set.copyOf(s.state().getSelection()));
    }

    @Test
    void dragMovesAVehicleAsOneEditAndUndoPutsItBack(FxRobot robot) {
        Vehicle before = project().find(Vehicle.class, "EV1").orElseThrow();
        Point2D from = screenOf(ev("EV1"));
        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 10).moveBy(30, 10).release(MouseButton.PRIMARY);
        Vehicle after = project().find(Vehicle.class, "EV1").orElseThrow();
        assertTrue(after.position().lonDeg() > before.position().lonDeg(), "moved east");
        assertTrue(after.position().latDeg() < before.position().latDeg(), "moved south");
        Point2D now = screenOf(ev("EV1"));
        assertEquals(from.getX() + 60, now.getX(), 1.5);
        assertEquals(from.getY() + 20, now.getY(), 1.5);
        assertEquals("Move vehicle EV1", s.state().undoLabelProperty().get(), "one edit for the whole drag");
        robot.interact(() -> s.state().undo());
        assertEquals(before, project().find(Vehicle.class, "EV1").orElseThrow());
        assertTrue(!s.state().canUndoProperty().get(), "nothing else was recorded");
    }

    @Test
    void draggingASelectionMovesAllOfIt(FxRobot robot) {
        robot.clickOn(screenOf(ev("EV1")));
        robot.press(KeyCode.CONTROL).clickOn(screenOf(ev("EV2"))).release(KeyCode.CONTROL);
        double lon1 = project().find(Vehicle.class, "EV1").orElseThrow().position().lonDeg();
        double lon2 = project().find(Vehicle.class, "EV2").orElseThrow().position().lonDeg();
        robot.drag(screenOf(ev("EV2")), MouseButton.PRIMARY).moveBy(0, 20).moveBy(0, 20)
                .release(MouseButton.PRIMARY);
        assertEquals("Move 2 entities", s.state().undoLabelProperty().get());
        assertEquals(lon1, project().find(Vehicle.class, "EV1").orElseThrow().position().lonDeg(), 1e-9);
        assertEquals(lon2, project().find(Vehicle.class, "EV2").orElseThrow().position().lonDeg(), 1e-9);
        assertTrue(project().find(Vehicle.class, "EV1").orElseThrow().position().latDeg() < LAT - 0.1);
    }

    @Test
    void addToolPlacesAChargingStationWhereClickedAndSelectsIt(FxRobot robot) {
        robot.interact(() -> {
            s.map().setTool(MapTool.ADD);
            s.map().addKindProperty().set(EntityKind.CHARGING_STATION);
        });
        double lon = LON0 + 15 * DLON_PER_KM;
        double lat = LAT + 0.13; // north of the motorway, inside the fitted view (which keeps clear of the legend)
        Point2D at = screenOfGeo(lon, lat);
        assertTrue(s.map().viewport().screenY(WebMercator.y(lat)) > 10, "the spot is on the map");
        robot.clickOn(at);
        assertEquals(2, project().infrastructure().chargingStations().size());
        ChargingStation added = project().infrastructure().chargingStations().get(1);
        double kmPerPx = s.map().viewport().metresPerPixel() / 1000;
        double offKm = org.evwb.core.geo.Geo.haversineKm(added.position(), new GeoPoint(lon, lat));
        assertTrue(offKm < 1.5 * kmPerPx, "placed within a pixel or so: " + offKm + " km");
        assertNull(added.motorwayId(), "far from the motorway: not snapped");
        assertEquals(List.of(added.ref()), s.state().getSelection());
        robot.interact(() -> s.state().undo());
        assertEquals(1, project().infrastructure().chargingStations().size());
    }

    @Test
    void stationDroppedNearTheMotorwaySnapsWithChainage(FxRobot robot) {
        robot.interact(() -> s.map().setTool(MapTool.ADD));
        double km = 42;
        Point2D onLine = screenOfGeo(LON0 + km * DLON_PER_KM, LAT);
        robot.clickOn(onLine.add(0, 9)); // 9 px south of the motorway: inside the 15 px snap distance
        ChargingStation added = project().infrastructure().chargingStations().get(1);
        assertEquals("M1", added.motorwayId());
        double kmPerPx = s.map().viewport().metresPerPixel() / 1000;
        assertEquals(km, added.chainageKm(), 2 * kmPerPx, "chainage where it was dropped");
        assertEquals(LAT, added.position().latDeg(), 1e-6, "moved onto the line");
        assertEquals("Add charging station CS2", s.state().undoLabelProperty().get(), "snapped in the same edit");
        robot.interact(() -> s.state().undo());
        assertTrue(!s.state().canUndoProperty().get(), "one edit in all");
    }

    @Test
    void draggingAStationOntoTheMotorwaySnapsAndOffItClears(FxRobot robot) {
        EntityRef cs = new EntityRef(EntityKind.CHARGING_STATION, "CS1");
        Point2D from = screenOf(cs);
        Point2D target = screenOfGeo(LON0 + 30 * DLON_PER_KM, LAT).add(0, -6);
        robot.drag(from, MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        ChargingStation snapped = project().find(ChargingStation.class, "CS1").orElseThrow();
        assertEquals("M1", snapped.motorwayId());
        double kmPerPx = s.map().viewport().metresPerPixel() / 1000;
        assertEquals(30, snapped.chainageKm(), 2 * kmPerPx);
        assertEquals(LAT, snapped.position().latDeg(), 1e-6);

        robot.drag(screenOf(cs), MouseButton.PRIMARY).moveBy(0, -30).moveBy(0, -30).release(MouseButton.PRIMARY);
        ChargingStation off = project().find(ChargingStation.class, "CS1").orElseThrow();
        assertNull(off.motorwayId(), "dragged off the motorway");
        assertNull(off.chainageKm());
        robot.interact(() -> s.state().undo());
        assertEquals(snapped, project().find(ChargingStation.class, "CS1").orElseThrow());
    }

    @Test
    void aDraggedStationsChainageIsStoredToTheMetreAndShownWhileDragging(FxRobot robot) {
        EntityRef cs = new EntityRef(EntityKind.CHARGING_STATION, "CS1");
        // an odd spot on the line, between pixels' round numbers
        Point2D target = screenOfGeo(LON0 + 33.3337 * DLON_PER_KM, LAT).add(0.37, -5);
        robot.drag(screenOf(cs), MouseButton.PRIMARY).moveTo(target);
        robot.interact(() -> s.map().mapCanvas().redrawNow());
        List<String> shown = s.map().mapCanvas().renderer().lastLabels().stream()
                .map(MapRenderer.PlacedLabel::text).toList();
        robot.release(MouseButton.PRIMARY);
        ChargingStation snapped = project().find(ChargingStation.class, "CS1").orElseThrow();
        double km = snapped.chainageKm();
        assertEquals(Math.round(km * 1000) / 1000.0, km, 0, "stored to the metre: " + km);
        assertTrue(Double.toString(km).matches("\\d+\\.\\d{1,3}"), "no trailing digits: " + km);
        String twoDecimals = String.format(java.util.Locale.ROOT, "%.2f km", km);
        assertTrue(shown.contains("North · " + twoDecimals), "the chainage it lands at is shown while dragging: "
                + shown);
        assertTrue(EntityDescriber.describe(snapped, project()).contains("at " + twoDecimals), "and on hover");
    }

    @Test
    void deleteKeyRemovesTheSelectionAndUndoRestoresIt(FxRobot robot) {
        Project before = project();
        robot.clickOn(screenOf(ev("EV2")));
        robot.press(KeyCode.CONTROL).clickOn(screenOf(new EntityRef(EntityKind.CHARGING_STATION, "CS1")))
                .release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);
        assertTrue(project().find(ev("EV2")).isEmpty());
        assertTrue(project().infrastructure().chargingStations().isEmpty());
        assertTrue(s.state().getSelection().isEmpty(), "deleted entities leave the selection");
        assertEquals("Delete 2 entities", s.state().undoLabelProperty().get());
        robot.interact(() -> s.state().undo());
        assertEquals(before.fleet().vehicles(), project().fleet().vehicles(), "same vehicles in the same order");
        assertEquals(before.infrastructure(), project().infrastructure());
    }

    @Test
    void deleteToolDeletesTheClickedEntity(FxRobot robot) {
        robot.interact(() -> s.map().setTool(MapTool.DELETE));
        robot.clickOn(screenOf(ev("EV3")));
        assertTrue(project().find(ev("EV3")).isEmpty());
        assertEquals(3, project().fleet().vehicles().size());
    }

    @Test
    void hoverShowsTheEntitysKeyFields(FxRobot robot) {
        robot.moveTo(screenOf(new EntityRef(EntityKind.CHARGING_STATION, "CS1")));
        WaitForAsyncUtils.waitForFxEvents();
        String text = s.map().hoverText();
        assertTrue(text.contains("Charging station CS1"), text);
        assertTrue(text.contains("North"), text);
        assertTrue(text.contains("2 chargers: 50, 150 kW"), text);
        robot.moveTo(screenOf(ev("EV4")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(s.map().hoverText().contains("Vehicle EV4") && s.map().hoverText().contains("SoC 20 kWh"),
                s.map().hoverText());
        assertNotEquals("", s.map().hoverText());
    }
}
