package org.evwb.core.geo;

/**
 * A WGS84 position in degrees. In files it is written in GeoJSON order, {@code [lon, lat]}.
 */
public record GeoPoint(double lonDeg, double latDeg) {

    /** True when both coordinates are finite and within the WGS84 ranges. */
    public boolean isValid() {
        return Double.isFinite(lonDeg) && Double.isFinite(latDeg)
                && lonDeg >= -180 && lonDeg <= 180 && latDeg >= -90 && latDeg <= 90;
    }

    public GeoPoint offsetDeg(double dLon, double dLat) {
        return new GeoPoint(lonDeg + dLon, latDeg + dLat);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f, %.6f", latDeg, lonDeg);
    }
}
