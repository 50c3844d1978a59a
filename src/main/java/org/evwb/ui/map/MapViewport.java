package org.evwb.ui.map;

import org.evwb.core.geo.WebMercator;

/**
 * What part of the Web Mercator world the map shows: a centre in world units ({@link WebMercator}: [0, 1) across the
 * world), a continuous zoom level (the world is {@code 256 · 2^zoom} pixels wide, as XYZ tiles) and the canvas size
 * in pixels. Plain mutable state owned by one view; the view redraws after changing it.
 */
public final class MapViewport {

    /** Zoom limits: the whole world down to street level (tile servers stop at 19). */
    public static final double MIN_ZOOM = 0;
    public static final double MAX_ZOOM = 20;
    /** Equatorial circumference of the spherical Mercator Earth, in metres (EPSG:3857 radius 6 378 137 m). */
    static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137.0;

    private double centerX = WebMercator.x(10);
    private double centerY = WebMercator.y(50);
    private double zoom = 4;
    private double widthPx;
    private double heightPx;

    public double centerX() {
        return centerX;
    }

    public double centerY() {
        return centerY;
    }

    public double zoom() {
        return zoom;
    }

    public double widthPx() {
        return widthPx;
    }

    public double heightPx() {
        return heightPx;
    }

    /** Pixels per world unit. */
    public double scale() {
        return 256 * Math.pow(2, zoom);
    }

    public void setSize(double width, double height) {
        widthPx = Math.max(0, width);
        heightPx = Math.max(0, height);
    }

    public void setCenter(double worldX, double worldY) {
        centerX = clamp(worldX, 0, 1);
        centerY = clamp(worldY, 0, 1);
    }

    public void setZoom(double z) {
        zoom = clamp(z, MIN_ZOOM, MAX_ZOOM);
    }

    public double screenX(double worldX) {
        return (worldX - centerX) * scale() + widthPx / 2;
    }

    public double screenY(double worldY) {
        return (worldY - centerY) * scale() + heightPx / 2;
    }

    public double worldX(double screenX) {
        return centerX + (screenX - widthPx / 2) / scale();
    }

    public double worldY(double screenY) {
        return centerY + (screenY - heightPx / 2) / scale();
    }

    /** Moves the content by {@code dx, dy} pixels (a drag to the right moves the map to the right). */
    public void panPixels(double dx, double dy) {
        double s = scale();
        setCenter(centerX - dx / s, centerY - dy / s);
    }

    /**
     * Zooms by {@code factor} keeping the world point under the screen point {@code (sx, sy)} where it is, as a
     * mouse-wheel zoom around the cursor should.
     */
    public void zoomAt(double sx, double sy, double factor) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        setZoom(zoom + Math.log(factor) / Math.log(2));
        double s = scale();
        // Not through setCenter: clamping the centre would move the anchored point at the world's edge.
        centerX = wx - (sx - widthPx / 2) / s;
        centerY = wy - (sy - heightPx / 2) / s;
    }

    /**
     * Shows the world rectangle with {@code paddingPx} of margin; a degenerate (point-like) rectangle is shown at
     * {@code maxZoom}.
     */
    public void fit(double minX, double minY, double maxX, double maxY, double paddingPx, double maxZoom) {
        fit(minX, minY, maxX, maxY, paddingPx, paddingPx, paddingPx, paddingPx, maxZoom);
    }

    /**
     * Fits the world box into the part of the view left free by the given margins (pixels from each edge): the
     * zoom at which it fits, at most {@code maxZoom}, with the box centred in that part.
     */
    public void fit(double minX, double minY, double maxX, double maxY, double top, double right, double bottom,
                    double left, double maxZoom) {
        double z = fitZoom(minX, minY, maxX, maxY, top, right, bottom, left, maxZoom);
        setZoom(z);
        double s = scale();
        // the box's centre goes to the centre of the free part, not of the whole view
        double freeCx = (left + (widthPx - right)) / 2;
        double freeCy = (top + (heightPx - bottom)) / 2;
        setCenter((minX + maxX) / 2 - (freeCx - widthPx / 2) / s, (minY + maxY) / 2 - (freeCy - heightPx / 2) / s);
    }

    /** The zoom {@link #fit} would choose for these margins (without changing the view). */
    public double fitZoom(double minX, double minY, double maxX, double maxY, double top, double right,
                          double bottom, double left, double maxZoom) {
        double w = Math.max(1, widthPx - left - right);
        double h = Math.max(1, heightPx - top - bottom);
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double z = maxZoom;
        if (spanX > 0 || spanY > 0) {
            double s = Math.min(spanX > 0 ? w / spanX : Double.MAX_VALUE, spanY > 0 ? h / spanY : Double.MAX_VALUE);
            z = Math.min(maxZoom, Math.log(s / 256) / Math.log(2));
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** Ground metres per screen pixel at the latitude of the view's centre. */
    public double metresPerPixel() {
        double latRad = Math.toRadians(WebMercator.lat(centerY));
        return EARTH_CIRCUMFERENCE_M * Math.cos(latRad) / scale();
    }

    public double minVisibleX() {
        return worldX(0);
    }

    public double maxVisibleX() {
        return worldX(widthPx);
    }

    public double minVisibleY() {
        return worldY(0);
    }

    public double maxVisibleY() {
        return worldY(heightPx);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
