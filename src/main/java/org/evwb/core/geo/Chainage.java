package org.evwb.core.geo;

import java.util.List;

/**
 * Positions along a polyline whose vertices carry chainage (km from the section start). Along a motorway chainage is
 * authoritative; the polyline only draws it.
 */
public final class Chainage {

    private Chainage() {
    }

    /** The projection of a point onto a polyline: the chainage there, the point on the line, and the distance to it. */
    public record Projection(double chainageKm, GeoPoint onLine, double distanceKm) { }

    /**
     * Projects {@code p} onto the polyline {@code vertices} with chainages {@code chainageKm} (same length, ascending).
     * Works in a local equirectangular frame, accurate for motorway-scale segments.
     */
    public static Projection project(GeoPoint p, List<GeoPoint> vertices, double[] chainageKm) {
        if (vertices.isEmpty() || vertices.size() != chainageKm.length) {
            throw new IllegalArgumentException("need one chainage per vertex and at least one vertex");
        }
        if (vertices.size() == 1) {
            return new Projection(chainageKm[0], vertices.get(0), Geo.haversineKm(p, vertices.get(0)));
        }
        Projection best = null;
        double cosLat = Math.cos(Math.toRadians(p.latDeg()));
        for (int i = 0; i + 1 < vertices.size(); i++) {
            GeoPoint a = vertices.get(i);
            GeoPoint b = vertices.get(i + 1);
            double ax = a.lonDeg() * cosLat;
            double ay = a.latDeg();
            double bx = b.lonDeg() * cosLat;
            double by = b.latDeg();
            double px = p.lonDeg() * cosLat;
            double py = p.latDeg();
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
            GeoPoint on = Geo.lerp(a, b, t);
            double d = Geo.haversineKm(p, on);
            if (best == null || d < best.distanceKm()) {
                double ch = chainageKm[i] + t * (chainageKm[i + 1] - chainageKm[i]);
                best = new Projection(ch, on, d);
            }
        }
        return best;
    }

    /** The position at a chainage along the polyline (clamped to its ends). */
    public static GeoPoint pointAt(double km, List<GeoPoint> vertices, double[] chainageKm) {
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("empty polyline");
        }
        if (km <= chainageKm[0]) {
            return vertices.get(0);
        }
        for (int i = 0; i + 1 < vertices.size(); i++) {
            if (km <= chainageKm[i + 1]) {
                double span = chainageKm[i + 1] - chainageKm[i];
                double t = span <= 0 ? 0 : (km - chainageKm[i]) / span;
                return Geo.lerp(vertices.get(i), vertices.get(i + 1), t);
            }
        }
        return vertices.get(vertices.size() - 1);
    }
}
