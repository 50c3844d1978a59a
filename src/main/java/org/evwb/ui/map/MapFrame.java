package org.evwb.ui.map;

import org.evwb.ui.platform.MapOverlay;
import java.util.Map;
import java.util.Set;
import org.evwb.core.project.EntityKind;

/**
 * Everything one frame draws besides the viewport: the projected project, the basemap, the visible layers, the
 * selection as flags per kind (index = position in {@link ProjectedScene.KindPoints}), an optional move preview, an
 * optional rubber band, the tile source and the study overlays.
 */
record MapFrame(
        ProjectedScene scene,
        Basemap basemap,
        Set<MapLayer> visible,
        Map<EntityKind, boolean[]> selected,
        MovePreview move,
        RubberBand rubberBand,
        TileProvider tiles,
        java.util.List<MapOverlay> overlays) {

    /** Selected entities being dragged: shifted by a world offset, charging stations possibly snapped elsewhere. */
    record MovePreview(Map<EntityKind, boolean[]> dragged, double dxWorld, double dyWorld,
                       Map<Integer, double[]> snappedStations) {
    }

    /** A rubber band in screen pixels. */
    record RubberBand(double x0, double y0, double x1, double y1) {
        double minX() {
            return Math.min(x0, x1);
        }

        double minY() {
            return Math.min(y0, y1);
        }

        double width() {
            return Math.abs(x1 - x0);
        }

        double height() {
            return Math.abs(y1 - y0);
        }
    }
}
