package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.geo.WebMercator;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;

/**
 * A project's placed entities and motorways projected once to Web Mercator world units, in flat arrays per kind so
 * that a frame only multiplies and adds (the projection's logarithms run once per project change, not per frame).
 * Immutable.
 */
final class ProjectedScene {

    /** The placed entities of one kind: parallel arrays, index = position in the project's list. */
    static final class KindPoints {
        final EntityKind kind;
        final PlacedEntity[] entities;
        final double[] x;
        final double[] y;
        private final Map<String, Integer> indexById;

        KindPoints(EntityKind kind, List<? extends PlacedEntity> list) {
            this.kind = kind;
            int n = list.size();
            entities = list.toArray(new PlacedEntity[0]);
            x = new double[n];
            y = new double[n];
            indexById = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                GeoPoint p = entities[i].position();
                x[i] = WebMercator.x(p.lonDeg());
                y[i] = WebMercator.y(p.latDeg());
                indexById.put(entities[i].id(), i);
            }
        }

        int size() {
            return entities.length;
        }

        int indexOf(String id) {
            Integer i = indexById.get(id);
            return i == null ? -1 : i;
        }
    }

    /** A motorway's polyline in world units. */
    record MotorwayLine(Motorway motorway, double[] x, double[] y) {
    }

    /** Placed kinds in drawing order: many small vehicles first, so infrastructure stays on top. */
    static final List<EntityKind> DRAW_ORDER = List.of(EntityKind.VEHICLE, EntityKind.WIND_SOURCE,
            EntityKind.PV_SOURCE, EntityKind.EDGE_SERVER, EntityKind.BASE_STATION, EntityKind.CHARGING_STATION);

    static final ProjectedScene EMPTY = new ProjectedScene(null);

    private final Project project;
    private final Map<EntityKind, KindPoints> points = new EnumMap<>(EntityKind.class);
    private final List<MotorwayLine> motorways = new ArrayList<>();
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    @SuppressWarnings("unchecked")
    ProjectedScene(Project project) {
        this.project = project;
        for (EntityKind k : DRAW_ORDER) {
            List<? extends PlacedEntity> list = project == null ? List.of()
                    : (List<? extends PlacedEntity>) project.entities(k);
            KindPoints kp = new KindPoints(k, list);
            points.put(k, kp);
            for (int i = 0; i < kp.size(); i++) {
                extend(kp.x[i], kp.y[i]);
            }
        }
        if (project != null) {
            for (Motorway m : project.infrastructure().motorways()) {
                List<GeoPoint> line = m.polyline();
                double[] xs = new double[line.size()];
                double[] ys = new double[line.size()];
                for (int i = 0; i < line.size(); i++) {
                    xs[i] = WebMercator.x(line.get(i).lonDeg());
                    ys[i] = WebMercator.y(line.get(i).latDeg());
                    extend(xs[i], ys[i]);
                }
                motorways.add(new MotorwayLine(m, xs, ys));
            }
        }
    }

    Project project() {
        return project;
    }

    KindPoints points(EntityKind kind) {
        return points.get(kind);
    }

    List<MotorwayLine> motorways() {
        return motorways;
    }

    boolean hasContent() {
        return minX <= maxX;
    }

    double minX() {
        return minX;
    }

    double minY() {
        return minY;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    /** The entity of a reference, or null when it is not a placed entity of this scene. */
    PlacedEntity entity(EntityRef ref) {
        KindPoints kp = points.get(ref.kind());
        if (kp == null) {
            return null;
        }
        int i = kp.indexOf(ref.id());
        return i < 0 ? null : kp.entities[i];
    }

    private void extend(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }
}
