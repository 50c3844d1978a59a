package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evwb.core.geo.Chainage;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.geo.WebMercator;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Motorway;

/** What lies under the cursor or inside a rectangle, and where a point snaps onto a motorway. */
final class MapPicking {

    /** How close (pixels) a charging station must be dropped to a motorway to snap onto it. */
    static final double SNAP_PX = 15;
    /**
     * A snapped chainage is stored to the metre (three decimals of a km): a pixel on the map is tens of metres at any
     * zoom where stations are placed, so more digits (53.26249020577594 km) would claim a precision nobody placed.
     */
    static double roundChainageKm(double km) {
        return Math.round(km * 1000) / 1000.0;
    }

    /** A point snapped onto a motorway: the motorway, the chainage there and the point on the line. */
    record Snap(Motorway motorway, double chainageKm, GeoPoint onLine) {
        double worldX() {
            return WebMercator.x(onLine.lonDeg());
        }

        double worldY() {
            return WebMercator.y(onLine.latDeg());
        }
    }

    private MapPicking() {
    }

    /**
     * The entity drawn at screen point {@code (sx, sy)}: the top-most kind first (stations above vehicles), the
     * nearest within its symbol's radius (plus a little slack) within a kind.
     */
    static Optional<EntityRef> pick(ProjectedScene scene, MapViewport vp, Set<MapLayer> visible, double sx,
                                    double sy) {
        List<EntityKind> order = ProjectedScene.DRAW_ORDER;
        double s = vp.scale();
        for (int k = order.size() - 1; k >= 0; k--) {
            EntityKind kind = order.get(k);
            if (!visible.contains(MapLayer.of(kind))) {
                continue;
            }
            ProjectedScene.KindPoints kp = scene.points(kind);
            double tol = MapSymbols.radius(kind) + 2.5;
            double best = tol * tol;
            int bestIndex = -1;
            double wx = vp.worldX(sx);
            double wy = vp.worldY(sy);
            for (int i = 0; i < kp.size(); i++) {
                double dx = (kp.x[i] - wx) * s;
                double dy = (kp.y[i] - wy) * s;
                double d2 = dx * dx + dy * dy;
                if (d2 <= best) {
                    best = d2;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0) {
                return Optional.of(kp.entities[bestIndex].ref());
            }
        }
        return Optional.empty();
    }

    /**
     * Every entity drawn at screen point {@code (sx, sy)} — within its symbol's radius (plus the same slack as
     * {@link #pick}) — top-most kind first and nearest first within a kind, so the first is what {@code pick} gives.
     */
    static List<EntityRef> pickAll(ProjectedScene scene, MapViewport vp, Set<MapLayer> visible, double sx,
                                   double sy) {
        List<EntityRef> out = new ArrayList<>();
        List<EntityKind> order = ProjectedScene.DRAW_ORDER;
        double s = vp.scale();
        double wx = vp.worldX(sx);
        double wy = vp.worldY(sy);
        for (int k = order.size() - 1; k >= 0; k--) {
            EntityKind kind = order.get(k);
            if (!visible.contains(MapLayer.of(kind))) {
                continue;
            }
            ProjectedScene.KindPoints kp = scene.points(kind);
            double tol = MapSymbols.radius(kind) + 2.5;
            List<double[]> hits = new ArrayList<>(); // {distance², index}
            for (int i = 0; i < kp.size(); i++) {
                double dx = (kp.x[i] - wx) * s;
                double dy = (kp.y[i] - wy) * s;
                double d2 = dx * dx + dy * dy;
                if (d2 <= tol * tol) {
                    hits.add(new double[] {d2, i});
                }
            }
            hits.sort((a, b) -> Double.compare(a[0], b[0]));
            hits.forEach(h -> out.add(kp.entities[(int) h[1]].ref()));
        }
        return out;
    }

    /** Every placed entity of a visible layer inside the world rectangle, in drawing order. */
    static List<EntityRef> inRect(ProjectedScene scene, Set<MapLayer> visible, double minX, double minY,
                                  double maxX, double maxY) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityKind kind : ProjectedScene.DRAW_ORDER) {
            if (!visible.contains(MapLayer.of(kind))) {
                continue;
            }
            ProjectedScene.KindPoints kp = scene.points(kind);
            for (int i = 0; i < kp.size(); i++) {
                if (kp.x[i] >= minX && kp.x[i] <= maxX && kp.y[i] >= minY && kp.y[i] <= maxY) {
                    out.add(kp.entities[i].ref());
                }
            }
        }
        return out;
    }

    /**
     * Where the world point {@code (wx, wy)} snaps onto the nearest motorway within {@link #SNAP_PX} screen pixels,
     * with its chainage from {@link Chainage#project}; empty when no motorway is that close.
     */
    static Optional<Snap> snapToMotorway(ProjectedScene scene, MapViewport vp, double wx, double wy) {
        double s = vp.scale();
        ProjectedScene.MotorwayLine nearest = null;
        double best = SNAP_PX;
        for (ProjectedScene.MotorwayLine m : scene.motorways()) {
            double d = distanceToPolyline(m.x(), m.y(), wx, wy) * s;
            if (d <= best) {
                best = d;
                nearest = m;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Motorway m = nearest.motorway();
        GeoPoint p = WebMercator.toGeo(wx, wy);
        Chainage.Projection proj = Chainage.project(p, m.polyline(), m.chainages());
        return Optional.of(new Snap(m, roundChainageKm(proj.chainageKm()), proj.onLine()));
    }

    /** Distance in world units from a point to a polyline (a single vertex counts as a point). */
    static double distanceToPolyline(double[] xs, double[] ys, double px, double py) {
        if (xs.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (xs.length == 1) {
            return Math.hypot(xs[0] - px, ys[0] - py);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < xs.length; i++) {
            double dx = xs[i + 1] - xs[i];
            double dy = ys[i + 1] - ys[i];
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - xs[i]) * dx + (py - ys[i]) * dy) / len2));
            best = Math.min(best, Math.hypot(xs[i] + t * dx - px, ys[i] + t * dy - py));
        }
        return best;
    }
}
