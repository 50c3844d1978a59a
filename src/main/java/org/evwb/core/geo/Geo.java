package org.evwb.core.geo;

/** Great-circle distances and simple interpolation on WGS84 positions. */
public final class Geo {

    /** Mean Earth radius in km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    /** Haversine distance in km (SPEC §1: distances between free points). */
    public static double haversineKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latDeg());
        double lat2 = Math.toRadians(b.latDeg());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lonDeg() - a.lonDeg());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Linear interpolation between two positions (fine for the short segments of a motorway polyline). */
    public static GeoPoint lerp(GeoPoint a, GeoPoint b, double t) {
        return new GeoPoint(a.lonDeg() + (b.lonDeg() - a.lonDeg()) * t, a.latDeg() + (b.latDeg() - a.latDeg()) * t);
    }
}
