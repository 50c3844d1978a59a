package org.evwb.ui.platform;

import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.EntityRef;

/**
 * Something a study view draws over the map's entities (a chosen station per EMV, Gale-Shapley proposals, the
 * current matching). Added to a map through {@link MapOverlays} (the main map) or the map view's own list; when its
 * data changes it asks the map to redraw. Drawn on the FX thread in every frame, so keep it cheap.
 */
@FunctionalInterface
public interface MapOverlay {

    void draw(GraphicsContext gc, Projection at);

    /**
     * What this overlay draws at canvas point ({@code x}, {@code y}), for a click on the map where no project entity
     * lies: a ref the one selection then holds (e.g. an EV of a drawn fleet, which is not an entity of the project).
     * Empty by default: the overlay only draws.
     */
    default Optional<EntityRef> pick(double x, double y, Projection at) {
        return Optional.empty();
    }

    /** Screen pixels of positions in the current frame. */
    interface Projection {
        double x(GeoPoint p);

        double y(GeoPoint p);

        /** Ground metres per screen pixel at the centre (for sizing symbols). */
        double metresPerPixel();
    }
}
