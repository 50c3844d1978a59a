package org.evwb.ui.map;

import org.evwb.ui.platform.MapOverlay;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.MotorwayNode;

/**
 * Draws a {@link MapFrame} through a viewport onto a canvas. Cheap per frame by design: coordinates come
 * pre-projected, everything outside the viewport is culled, vehicles are plain squares in one colour, the basemap
 * drops points closer than a pixel, and labels appear only when zoomed in.
 */
final class MapRenderer {

    /** Zoom from which motorway nodes and infrastructure get text labels. */
    static final double LABEL_ZOOM = 9;
    /** Zoom from which vehicles get id labels (only when few are on screen). */
    static final double VEHICLE_LABEL_ZOOM = 14;
    private static final int MAX_LABELS = 400;

    private int lastVisibleVehicles;
    private final LabelPlacer placer = new LabelPlacer();

    /** A label as drawn in the last frame: its text and its box in canvas pixels. */
    record PlacedLabel(String text, double x, double y, double width, double height) {
        boolean overlaps(PlacedLabel o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    /** The labels the last frame drew (tests check that none overlap). */
    List<PlacedLabel> lastLabels() {
        return placer.placed();
    }

    /** How many vehicles the last frame drew (after culling); for tests and the benchmark. */
    int lastVisibleVehicles() {
        return lastVisibleVehicles;
    }

    void draw(GraphicsContext gc, MapViewport vp, MapFrame f) {
        double w = vp.widthPx();
        double h = vp.heightPx();
        gc.setFill(MapSymbols.SEA);
        gc.fillRect(0, 0, w, h);
        placer.reset(w, h);
        if (vp.zoom() >= LABEL_ZOOM - 2) { // the motorway nodes are labelled from there
            reserveSymbols(vp, f);
        }
        boolean tiled = f.visible().contains(MapLayer.TILES) && f.tiles() != null;
        if (tiled) {
            drawTiles(gc, vp, f.tiles());
        }
        if (f.visible().contains(MapLayer.BASEMAP)) {
            drawBasemap(gc, vp, f.basemap(), !tiled); // over tiles only the outlines, so the tiles show
        }
        if (f.visible().contains(MapLayer.MOTORWAYS)) {
            drawMotorways(gc, vp, f.scene());
        }
        for (EntityKind k : ProjectedScene.DRAW_ORDER) {
            if (f.visible().contains(MapLayer.of(k))) {
                if (k == EntityKind.VEHICLE) {
                    drawVehicles(gc, vp, f);
                } else {
                    drawSymbols(gc, vp, f, k);
                }
            }
        }
        if (!f.overlays().isEmpty()) {
            MapOverlay.Projection at = projection(vp);
            for (MapOverlay o : f.overlays()) {
                gc.save();
                o.draw(gc, at);
                gc.restore();
            }
        }
        if (f.rubberBand() != null) {
            MapFrame.RubberBand rb = f.rubberBand();
            gc.setFill(Color.color(0.1, 0.4, 0.9, 0.12));
            gc.fillRect(rb.minX(), rb.minY(), rb.width(), rb.height());
            gc.setStroke(Color.color(0.1, 0.4, 0.9, 0.9));
            gc.setLineWidth(1);
            gc.setLineDashes(4, 3);
            gc.strokeRect(rb.minX(), rb.minY(), rb.width(), rb.height());
            gc.setLineDashes((double[]) null);
        }
        drawScaleBar(gc, vp);
    }

    /** Screen pixels of positions in {@code vp}, as overlays draw and pick with them. */
    static MapOverlay.Projection projection(MapViewport vp) {
        return new MapOverlay.Projection() {
            @Override
            public double x(org.evwb.core.geo.GeoPoint p) {
                return vp.screenX(org.evwb.core.geo.WebMercator.x(p.lonDeg()));
            }

            @Override
            public double y(org.evwb.core.geo.GeoPoint p) {
                return vp.screenY(org.evwb.core.geo.WebMercator.y(p.latDeg()));
            }

            @Override
            public double metresPerPixel() {
                return vp.metresPerPixel();
            }
        };
    }

    // ---- background ----

    private void drawTiles(GraphicsContext gc, MapViewport vp, TileProvider tiles) {
        int z = (int) Math.max(0, Math.min(19, Math.round(vp.zoom())));
        int n = 1 << z;
        double tilePx = vp.scale() / n;
        int x0 = (int) Math.floor(Math.max(0, vp.minVisibleX()) * n);
        int x1 = (int) Math.floor(Math.min(0.999999, vp.maxVisibleX()) * n);
        int y0 = (int) Math.floor(Math.max(0, vp.minVisibleY()) * n);
        int y1 = (int) Math.floor(Math.min(0.999999, vp.maxVisibleY()) * n);
        for (int ty = y0; ty <= y1; ty++) {
            for (int tx = x0; tx <= x1; tx++) {
                Image img = tiles.tile(z, tx, ty);
                if (img != null) {
                    double sx = vp.screenX((double) tx / n);
                    double sy = vp.screenY((double) ty / n);
                    gc.drawImage(img, sx, sy, tilePx + 0.5, tilePx + 0.5);
                }
            }
        }
    }

    private void drawBasemap(GraphicsContext gc, MapViewport vp, Basemap basemap, boolean fill) {
        double minX = vp.minVisibleX();
        double maxX = vp.maxVisibleX();
        double minY = vp.minVisibleY();
        double maxY = vp.maxVisibleY();
        double s = vp.scale();
        double ox = vp.widthPx() / 2 - vp.centerX() * s;
        double oy = vp.heightPx() / 2 - vp.centerY() * s;
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.beginPath();
        boolean lines = false;
        for (Basemap.Part p : basemap.parts()) {
            if (p.maxX() < minX || p.minX() > maxX || p.maxY() < minY || p.minY() > maxY) {
                continue;
            }
            if (!p.polygon()) {
                lines = true;
                continue;
            }
            // Rings smaller than a pixel are islands nobody can see at this zoom.
            if ((p.maxX() - p.minX()) * s < 1 && (p.maxY() - p.minY()) * s < 1) {
                continue;
            }
            tracePath(gc, p.xy(), s, ox, oy, true);
        }
        if (fill) {
            gc.setFill(MapSymbols.LAND);
            gc.fill();
        }
        gc.setStroke(MapSymbols.BORDER);
        gc.setLineWidth(0.8);
        gc.stroke();
        if (lines) {
            gc.beginPath();
            for (Basemap.Part p : basemap.parts()) {
                if (!p.polygon() && !(p.maxX() < minX || p.minX() > maxX || p.maxY() < minY || p.minY() > maxY)) {
                    tracePath(gc, p.xy(), s, ox, oy, false);
                }
            }
            gc.stroke();
        }
        gc.setFillRule(FillRule.NON_ZERO);
    }

    /** Adds one ring or line to the current path, skipping vertices within a pixel of the last one drawn. */
    private static void tracePath(GraphicsContext gc, double[] xy, double s, double ox, double oy, boolean close) {
        double lx = xy[0] * s + ox;
        double ly = xy[1] * s + oy;
        gc.moveTo(lx, ly);
        int last = xy.length - 2;
        for (int i = 2; i < xy.length; i += 2) {
            double x = xy[i] * s + ox;
            double y = xy[i + 1] * s + oy;
            if (i == last || Math.abs(x - lx) >= 1 || Math.abs(y - ly) >= 1) {
                gc.lineTo(x, y);
                lx = x;
                ly = y;
            }
        }
        if (close) {
            gc.closePath();
        }
    }

    // ---- project content ----

    private void drawMotorways(GraphicsContext gc, MapViewport vp, ProjectedScene scene) {
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? MapSymbols.MOTORWAY_CASING : MapSymbols.MOTORWAY);
            gc.setLineWidth(pass == 0 ? 6 : 4);
            for (ProjectedScene.MotorwayLine m : scene.motorways()) {
                if (m.x().length < 2) {
                    continue;
                }
                gc.beginPath();
                gc.moveTo(vp.screenX(m.x()[0]), vp.screenY(m.y()[0]));
                for (int i = 1; i < m.x().length; i++) {
                    gc.lineTo(vp.screenX(m.x()[i]), vp.screenY(m.y()[i]));
                }
                gc.stroke();
            }
        }
        boolean labels = vp.zoom() >= LABEL_ZOOM - 2;
        for (ProjectedScene.MotorwayLine m : scene.motorways()) {
            List<MotorwayNode> nodes = m.motorway().nodes();
            for (int i = 0; i < nodes.size(); i++) {
                double x = vp.screenX(m.x()[i]);
                double y = vp.screenY(m.y()[i]);
                if (!onScreen(vp, x, y, 40)) {
                    continue;
                }
                gc.setFill(Color.WHITE);
                gc.setStroke(MapSymbols.MOTORWAY_CASING);
                gc.setLineWidth(1.5);
                gc.fillOval(x - 4, y - 4, 8, 8);
                gc.strokeOval(x - 4, y - 4, 8, 8);
                if (labels) {
                    MotorwayNode n = nodes.get(i);
                    String name = n.name() == null || n.name().isBlank() ? n.id() : n.name();
                    placer.draw(gc, String.format(Locale.ROOT, "%s · %.1f km", name, n.chainageKm()), x, y, 7);
                }
            }
            if (m.x().length > 0) {
                int mid = m.x().length / 2;
                double x = vp.screenX(m.x()[mid]);
                double y = vp.screenY(m.y()[mid]);
                if (onScreen(vp, x, y, 100)) {
                    placer.draw(gc, m.motorway().label(), x, y, 7);
                }
            }
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
    }

    private void drawVehicles(GraphicsContext gc, MapViewport vp, MapFrame f) {
        ProjectedScene.KindPoints kp = f.scene().points(EntityKind.VEHICLE);
        boolean[] sel = f.selected().get(EntityKind.VEHICLE);
        boolean[] dragged = f.move() == null ? null : f.move().dragged().get(EntityKind.VEHICLE);
        double ddx = f.move() == null ? 0 : f.move().dxWorld();
        double ddy = f.move() == null ? 0 : f.move().dyWorld();
        double s = vp.scale();
        double ox = vp.widthPx() / 2 - vp.centerX() * s;
        double oy = vp.heightPx() / 2 - vp.centerY() * s;
        double w = vp.widthPx();
        double h = vp.heightPx();
        double r = MapSymbols.radius(EntityKind.VEHICLE);
        double[] xs = kp.x;
        double[] ys = kp.y;
        int visible = 0;
        // One colour set for the whole kind, then axis-aligned squares: the cheapest primitive to rasterise.
        // (Measured against a single path of 10,000 rects, which the software pipeline fills 1.5-3x slower.)
        gc.setFill(MapSymbols.VEHICLE);
        for (int i = 0; i < xs.length; i++) {
            boolean moving = dragged != null && dragged[i];
            double x = (moving ? xs[i] + ddx : xs[i]) * s + ox;
            double y = (moving ? ys[i] + ddy : ys[i]) * s + oy;
            if (x < -r || y < -r || x > w + r || y > h + r) {
                continue;
            }
            visible++;
            gc.fillRect(x - r, y - r, 2 * r, 2 * r);
        }
        lastVisibleVehicles = visible;
        boolean labels = vp.zoom() >= VEHICLE_LABEL_ZOOM && visible <= MAX_LABELS;
        for (int i = 0; i < xs.length; i++) {
            boolean selected = sel != null && sel[i];
            if (!selected && !labels) {
                continue;
            }
            boolean moving = dragged != null && dragged[i];
            double x = (moving ? xs[i] + ddx : xs[i]) * s + ox;
            double y = (moving ? ys[i] + ddy : ys[i]) * s + oy;
            if (!onScreen(vp, x, y, 10)) {
                continue;
            }
            if (selected) {
                gc.setFill(MapSymbols.SELECTED);
                gc.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
                MapSymbols.drawSelection(gc, EntityKind.VEHICLE, x, y);
            }
            if (labels) {
                placer.draw(gc, kp.entities[i].label(), x, y, 5);
            }
        }
    }

    /**
     * Keeps labels off the stations', sources' and servers' symbols (where they stand before a drag), which are drawn
     * after the motorway labels and would hide them. Vehicles are many and small; their dots may sit under a label.
     */
    private void reserveSymbols(MapViewport vp, MapFrame f) {
        for (EntityKind k : ProjectedScene.DRAW_ORDER) {
            if (k == EntityKind.VEHICLE || !f.visible().contains(MapLayer.of(k))) {
                continue;
            }
            ProjectedScene.KindPoints kp = f.scene().points(k);
            double r = MapSymbols.radius(k);
            for (int i = 0; i < kp.size(); i++) {
                double x = vp.screenX(kp.x[i]);
                double y = vp.screenY(kp.y[i]);
                if (onScreen(vp, x, y, 12)) {
                    placer.reserve(x, y, r);
                }
            }
        }
    }

    private void drawSymbols(GraphicsContext gc, MapViewport vp, MapFrame f, EntityKind kind) {
        ProjectedScene.KindPoints kp = f.scene().points(kind);
        boolean[] sel = f.selected().get(kind);
        boolean[] dragged = f.move() == null ? null : f.move().dragged().get(kind);
        boolean labels = vp.zoom() >= LABEL_ZOOM;
        int labelled = 0;
        for (int i = 0; i < kp.size(); i++) {
            double wx = kp.x[i];
            double wy = kp.y[i];
            if (dragged != null && dragged[i]) {
                double[] snapped = kind == EntityKind.CHARGING_STATION ? f.move().snappedStations().get(i) : null;
                wx = snapped != null ? snapped[0] : wx + f.move().dxWorld();
                wy = snapped != null ? snapped[1] : wy + f.move().dyWorld();
            }
            double x = vp.screenX(wx);
            double y = vp.screenY(wy);
            if (!onScreen(vp, x, y, 12)) {
                continue;
            }
            String badge = kind == EntityKind.CHARGING_STATION
                    ? Integer.toString(((ChargingStation) kp.entities[i]).chargers().size()) : null;
            MapSymbols.draw(gc, kind, x, y, badge);
            if (sel != null && sel[i]) {
                MapSymbols.drawSelection(gc, kind, x, y);
            }
            double[] snap = dragged != null && dragged[i] && kind == EntityKind.CHARGING_STATION
                    ? f.move().snappedStations().get(i) : null;
            if (snap != null) { // where a dragged station would land on the motorway, as the field will show it
                placer.draw(gc, kp.entities[i].label() + " · " + String.format(Locale.ROOT, "%.2f km", snap[2]), x, y,
                        MapSymbols.radius(kind) + 4);
            } else if (labels && labelled++ < MAX_LABELS) {
                placer.draw(gc, kp.entities[i].label(), x, y, MapSymbols.radius(kind) + 4);
            }
        }
    }

    // ---- scale bar ----

    private static void drawScaleBar(GraphicsContext gc, MapViewport vp) {
        double mpp = vp.metresPerPixel();
        if (!(mpp > 0) || vp.widthPx() < 60) {
            return;
        }
        double km = niceKm(mpp * 120 / 1000);
        double px = km * 1000 / mpp;
        double x = 12;
        double y = vp.heightPx() - 14;
        gc.setFill(MapSymbols.HALO);
        gc.fillRect(x - 4, y - 16, px + 8, 22);
        gc.setStroke(MapSymbols.LABEL);
        gc.setLineWidth(2);
        gc.strokeLine(x, y, x + px, y);
        gc.strokeLine(x, y - 5, x, y);
        gc.strokeLine(x + px, y - 5, x + px, y);
        gc.setFill(MapSymbols.LABEL);
        gc.setFont(MapSymbols.LABEL_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(formatKm(km), x + px / 2, y - 3);
    }

    /** The largest 1, 2 or 5 × 10^n km not above {@code maxKm}. */
    static double niceKm(double maxKm) {
        double p = Math.pow(10, Math.floor(Math.log10(maxKm)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= maxKm) {
                return m * p;
            }
        }
        return p;
    }

    static String formatKm(double km) {
        return km >= 1 ? String.format(Locale.ROOT, "%.0f km", km)
                : String.format(Locale.ROOT, "%s km", new java.math.BigDecimal(km).round(
                        new java.math.MathContext(1)).stripTrailingZeros().toPlainString());
    }

    private static boolean onScreen(MapViewport vp, double x, double y, double margin) {
        return x >= -margin && y >= -margin && x <= vp.widthPx() + margin && y <= vp.heightPx() + margin;
    }
}
