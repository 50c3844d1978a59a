package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.evwb.core.geo.WebMercator;
import org.junit.jupiter.api.Test;

/** The projection helpers: screen ↔ world, pan, zoom around a point, fit, ground resolution, scale bar steps. */
class MapViewportTest {

    private static MapViewport viewport(double w, double h, double cx, double cy, double zoom) {
        MapViewport vp = new MapViewport();
        vp.setSize(w, h);
        vp.setCenter(cx, cy);
        vp.setZoom(zoom);
        return vp;
    }

    @Test
    void screenAndWorldAreInverse() {
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            MapViewport vp = viewport(800, 600, rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble() * 18);
            double sx = rnd.nextDouble() * 800;
            double sy = rnd.nextDouble() * 600;
            assertEquals(sx, vp.screenX(vp.worldX(sx)), 1e-6);
            assertEquals(sy, vp.screenY(vp.worldY(sy)), 1e-6);
        }
        MapViewport vp = viewport(800, 600, 0.5, 0.5, 0);
        assertEquals(400, vp.screenX(0.5), 1e-12, "centre maps to the middle");
        assertEquals(256, vp.scale(), 1e-12, "zoom 0: the world is one 256 px tile");
        assertEquals(400 + 64, vp.screenX(WebMercator.x(90)), 1e-9, "90° E is a quarter world east");
    }

    @Test
    void zoomAtKeepsTheAnchorPointFixed() {
        Random rnd = new Random(11);
        for (int i = 0; i < 200; i++) {
            MapViewport vp = viewport(900, 650, 0.2 + 0.6 * rnd.nextDouble(), 0.2 + 0.6 * rnd.nextDouble(),
                    2 + rnd.nextDouble() * 14);
            double sx = rnd.nextDouble() * 900;
            double sy = rnd.nextDouble() * 650;
            double wx = vp.worldX(sx);
            double wy = vp.worldY(sy);
            double z = vp.zoom();
            double factor = rnd.nextBoolean() ? 1.7 : 1 / 1.7;
            vp.zoomAt(sx, sy, factor);
            assertEquals(z + Math.log(factor) / Math.log(2), vp.zoom(), 1e-9);
            assertEquals(sx, vp.screenX(wx), 1e-6);
            assertEquals(sy, vp.screenY(wy), 1e-6);
        }
    }

    @Test
    void zoomIsClamped() {
        MapViewport vp = viewport(100, 100, 0.5, 0.5, 19.5);
        vp.zoomAt(50, 50, 16);
        assertEquals(MapViewport.MAX_ZOOM, vp.zoom(), 1e-12);
        vp.setZoom(-3);
        assertEquals(MapViewport.MIN_ZOOM, vp.zoom(), 1e-12);
    }

    @Test
    void panMovesContentWithTheMouse() {
        MapViewport vp = viewport(800, 600, 0.5, 0.5, 10);
        double x = vp.screenX(0.5001);
        double y = vp.screenY(0.4999);
        vp.panPixels(37, -12);
        assertEquals(x + 37, vp.screenX(0.5001), 1e-6);
        assertEquals(y - 12, vp.screenY(0.4999), 1e-6);
    }

    @Test
    void fitShowsTheRectangleWithPaddingAndLimitsPointZoom() {
        MapViewport vp = viewport(1000, 500, 0.1, 0.1, 3);
        vp.fit(0.50, 0.30, 0.52, 0.305, 40, 14);
        assertTrue(vp.screenX(0.50) >= 40 - 1e-6 && vp.screenX(0.52) <= 960 + 1e-6);
        assertTrue(vp.screenY(0.30) >= 40 - 1e-6 && vp.screenY(0.305) <= 460 + 1e-6);
        // the limiting direction touches the padding exactly
        double used = Math.max((vp.screenX(0.52) - vp.screenX(0.50)) / 920, (vp.screenY(0.305) - vp.screenY(0.30)) / 420);
        assertEquals(1, used, 1e-9);
        vp.fit(0.4, 0.4, 0.4, 0.4, 40, 14);
        assertEquals(14, vp.zoom(), 1e-12, "a single point is shown at the point zoom");
        assertEquals(500, vp.screenX(0.4), 1e-9);
    }

    @Test
    void groundResolutionMatchesWebMercator() {
        MapViewport vp = viewport(800, 600, 0.5, 0.5, 0);
        assertEquals(156_543.03, vp.metresPerPixel(), 0.01, "the well-known zoom-0 equator resolution");
        vp.setCenter(0.5, WebMercator.y(60));
        vp.setZoom(10);
        assertEquals(156_543.03 / 1024 * 0.5, vp.metresPerPixel(), 0.01, "cos 60° = 0.5");
    }

    @Test
    void scaleBarUsesRoundLengths() {
        assertEquals(5, MapRenderer.niceKm(7.3), 1e-12);
        assertEquals(2, MapRenderer.niceKm(2), 1e-12);
        assertEquals(1000, MapRenderer.niceKm(1999), 1e-9);
        assertEquals(0.2, MapRenderer.niceKm(0.35), 1e-12);
        assertEquals("0.2 km", MapRenderer.formatKm(0.2));
        assertEquals("50 km", MapRenderer.formatKm(50));
    }
}
