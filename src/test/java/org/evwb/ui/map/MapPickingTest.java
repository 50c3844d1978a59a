package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.evwb.core.geo.WebMercator;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.junit.jupiter.api.Test;

/** Hit testing, rectangle selection and motorway snapping on the projected scene (no JavaFX stage needed). */
class MapPickingTest {

    private final Project project = MapDemoProject.generate(200, 3, 9);
    private final ProjectedScene scene = new ProjectedScene(project);

    private MapViewport fitted() {
        MapViewport vp = new MapViewport();
        vp.setSize(1000, 700);
        vp.fit(scene.minX(), scene.minY(), scene.maxX(), scene.maxY(), 40, 14);
        return vp;
    }

    @Test
    void pointToPolylineDistance() {
        double[] xs = {0, 10, 10};
        double[] ys = {0, 0, 10};
        assertEquals(3, MapPicking.distanceToPolyline(xs, ys, 5, 3), 1e-12);
        assertEquals(2, MapPicking.distanceToPolyline(xs, ys, 12, 5), 1e-12);
        assertEquals(5, MapPicking.distanceToPolyline(xs, ys, -3, 4), 1e-12, "beyond the end: to the end point");
    }

    @Test
    void pickPrefersStationsOverVehiclesAndRespectsHiddenLayers() {
        MapViewport vp = fitted();
        EntityRef cs = project.infrastructure().chargingStations().get(1).ref();
        ProjectedScene.KindPoints kp = scene.points(EntityKind.CHARGING_STATION);
        double sx = vp.screenX(kp.x[1]);
        double sy = vp.screenY(kp.y[1]);
        Set<MapLayer> all = EnumSet.allOf(MapLayer.class);
        assertEquals(cs, MapPicking.pick(scene, vp, all, sx + 3, sy - 2).orElseThrow());
        Set<MapLayer> noStations = EnumSet.complementOf(EnumSet.of(MapLayer.CHARGING_STATIONS));
        MapPicking.pick(scene, vp, noStations, sx, sy)
                .ifPresent(r -> assertEquals(EntityKind.VEHICLE, r.kind(), "a hidden layer is not picked"));
        assertTrue(MapPicking.pick(scene, vp, all, -500, -500).isEmpty());
    }

    @Test
    void rectangleSelectsExactlyThePointsInside() {
        double x0 = WebMercator.x(8.1);
        double x1 = WebMercator.x(8.4);
        double y0 = WebMercator.y(50.1);
        double y1 = WebMercator.y(49.95);
        List<EntityRef> in = MapPicking.inRect(scene, EnumSet.allOf(MapLayer.class), x0, y0, x1, y1);
        long expected = project.placedEntities().filter(e -> e.position().lonDeg() >= 8.1
                && e.position().lonDeg() <= 8.4 && e.position().latDeg() <= 50.1
                && e.position().latDeg() >= 49.95).count();
        assertEquals(expected, in.size());
        assertTrue(expected > 10);
    }

    @Test
    void snapWithinFifteenPixelsGivesTheChainage() {
        MapViewport vp = fitted();
        double dLonPerKm = 1 / (111.32 * Math.cos(Math.toRadians(50)));
        double wx = WebMercator.x(8.0 + 25 * dLonPerKm);
        double wy = WebMercator.y(50.0);
        double pxInWorld = 1 / vp.scale();
        MapPicking.Snap s = MapPicking.snapToMotorway(scene, vp, wx, wy + 12 * pxInWorld).orElseThrow();
        assertEquals("M1", s.motorway().id());
        assertEquals(25, s.chainageKm(), 0.05);
        assertEquals(50.0, s.onLine().latDeg(), 1e-9);
        assertTrue(MapPicking.snapToMotorway(scene, vp, wx, wy + 18 * pxInWorld).isEmpty(), "18 px is too far");
    }
}
