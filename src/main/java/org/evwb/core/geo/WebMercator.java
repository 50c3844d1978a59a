package org.evwb.core.geo;

/**
 * Spherical Web Mercator (EPSG:3857) in "world units": x and y in [0, 1) for the whole world, y growing southwards,
 * as XYZ tiles use. Multiply by {@code 256 · 2^zoom} for pixels at a zoom level.
 */
public final class WebMercator {

    /** Latitude limit of the square Web Mercator world. */
    public static final double MAX_LAT_DEG = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lonDeg) {
        return (lonDeg + 180.0) / 360.0;
    }

    public static double y(double latDeg) {
        double lat = Math.toRadians(Math.max(-MAX_LAT_DEG, Math.min(MAX_LAT_DEG, latDeg)));
        return (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI * (1 - 2 * y);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    public static GeoPoint toGeo(double x, double y) {
        return new GeoPoint(lon(x), lat(y));
    }
}
