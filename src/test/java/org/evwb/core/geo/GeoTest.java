package org.evwb.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void haversineMatchesKnownDistances() {
        // London (51.5074 N, 0.1278 W) to Paris (48.8566 N, 2.3522 E): 343.5 km on the mean sphere.
        double d = Geo.haversineKm(new GeoPoint(-0.1278, 51.5074), new GeoPoint(2.3522, 48.8566));
        assertEquals(343.5, d, 0.5);
        // One degree of latitude is pi/180 * R.
        assertEquals(Math.PI / 180 * Geo.EARTH_RADIUS_KM,
                Geo.haversineKm(new GeoPoint(10, 0), new GeoPoint(10, 1)), 1e-9);
        assertEquals(0, Geo.haversineKm(new GeoPoint(19, 50), new GeoPoint(19, 50)), 0);
    }

    @Test
    void webMercatorRoundTripsAndKnownPoints() {
        assertEquals(0.5, WebMercator.x(0), 1e-15);
        assertEquals(0.5, WebMercator.y(0), 1e-15);
        assertEquals(0.0, WebMercator.x(-180), 1e-15);
        assertEquals(0.0, WebMercator.y(WebMercator.MAX_LAT_DEG), 1e-9);
        for (double lat = -80; lat <= 80; lat += 7.3) {
            for (double lon = -179; lon <= 179; lon += 31.1) {
                GeoPoint p = WebMercator.toGeo(WebMercator.x(lon), WebMercator.y(lat));
                assertEquals(lon, p.lonDeg(), 1e-9);
                assertEquals(lat, p.latDeg(), 1e-9);
            }
        }
        assertTrue(WebMercator.y(60) < WebMercator.y(50), "y grows southwards");
    }

    @Test
    void positionsOutsideWgs84AreInvalid() {
        assertTrue(new GeoPoint(19.9, 50.1).isValid());
        assertFalse(new GeoPoint(19.9, 91).isValid());
        assertFalse(new GeoPoint(181, 0).isValid());
        assertFalse(new GeoPoint(Double.NaN, 0).isValid());
    }

    @Test
    void chainageProjectionFindsTheNearestPointOnThePolyline() {
        // An east-west line at the equator: 1 degree of longitude is ~111.2 km, chainage 0..100 over two segments.
        List<GeoPoint> line = List.of(new GeoPoint(0, 0), new GeoPoint(0.5, 0), new GeoPoint(1, 0));
        double[] ch = {0, 50, 100};
        Chainage.Projection p = Chainage.project(new GeoPoint(0.75, 0.01), line, ch);
        assertEquals(75, p.chainageKm(), 1e-6);
        assertEquals(0.75, p.onLine().lonDeg(), 1e-9);
        assertEquals(Geo.haversineKm(new GeoPoint(0.75, 0.01), new GeoPoint(0.75, 0)), p.distanceKm(), 1e-9);
        // Beyond the end clamps to the last vertex.
        assertEquals(100, Chainage.project(new GeoPoint(2, 0), line, ch).chainageKm(), 1e-9);
        GeoPoint at = Chainage.pointAt(25, line, ch);
        assertEquals(0.25, at.lonDeg(), 1e-12);
        assertEquals(line.get(2), Chainage.pointAt(150, line, ch));
    }
}
