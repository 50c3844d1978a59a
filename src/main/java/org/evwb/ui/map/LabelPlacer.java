package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;

/**
 * Places the map's text labels in one frame so that none is drawn over another nor under a symbol: each label tries
 * the right of its symbol, then the left, above and below, preferring a place inside the map, and is left out when all
 * four are taken (the hover tooltip still names the entity). Labels placed earlier win, so the drawing order is the
 * priority. Text widths are measured once per string.
 */
final class LabelPlacer {

    /** Gap kept between two labels, in pixels. */
    static final double GAP_PX = 2;
    private static final int MAX_CACHED_WIDTHS = 4096;

    private final List<MapRenderer.PlacedLabel> placed = new ArrayList<>();
    /** Boxes no label may cover: the symbols of the frame (drawn after the motorway labels, so they would hide them). */
    private final List<MapRenderer.PlacedLabel> reserved = new ArrayList<>();
    private double widthPx = Double.MAX_VALUE;
    private double heightPx = Double.MAX_VALUE;
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private final double height;

    LabelPlacer() {
        measure.setFont(MapSymbols.LABEL_FONT);
        height = Math.ceil(MapSymbols.LABEL_FONT.getSize() * 1.25);
    }

    /** Starts a new frame on a map of this size in pixels. */
    void reset(double widthPx, double heightPx) {
        placed.clear();
        reserved.clear();
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** Keeps labels off the square of half-side {@code r} around {@code (x, y)} (a symbol drawn there). */
    void reserve(double x, double y, double r) {
        reserved.add(new MapRenderer.PlacedLabel("", x - r, y - r, 2 * r, 2 * r));
    }

    /** The labels drawn this frame, in the order they were placed. */
    List<MapRenderer.PlacedLabel> placed() {
        return List.copyOf(placed);
    }

    /**
     * Draws {@code text} beside the point {@code (x, y)}, {@code offset} pixels from it, where it overlaps no label
     * drawn before; returns false when there is no room and the label is left out.
     */
    boolean draw(GraphicsContext gc, String text, double x, double y, double offset) {
        double w = width(text);
        double h = height;
        double[][] candidates = {
            {x + offset, y - h / 2},          // right
            {x - offset - w, y - h / 2},      // left
            {x - w / 2, y - offset - h},      // above
            {x - w / 2, y + offset},          // below
        };
        for (boolean insideOnly : new boolean[] {true, false}) { // inside the map if any place there is free
            for (double[] c : candidates) {
                MapRenderer.PlacedLabel l = new MapRenderer.PlacedLabel(text, c[0], c[1], w, h);
                if ((!insideOnly || inside(l)) && free(l)) {
                    placed.add(l);
                    MapSymbols.label(gc, text, c[0], c[1] + h / 2);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inside(MapRenderer.PlacedLabel l) {
        return l.x() >= 0 && l.y() >= 0 && l.x() + l.width() <= widthPx && l.y() + l.height() <= heightPx;
    }

    private boolean free(MapRenderer.PlacedLabel l) {
        MapRenderer.PlacedLabel padded = new MapRenderer.PlacedLabel(l.text(), l.x() - GAP_PX, l.y() - GAP_PX,
                l.width() + 2 * GAP_PX, l.height() + 2 * GAP_PX);
        for (MapRenderer.PlacedLabel o : placed) {
            if (padded.overlaps(o)) {
                return false;
            }
        }
        for (MapRenderer.PlacedLabel o : reserved) {
            if (padded.overlaps(o)) {
                return false;
            }
        }
        return true;
    }

    private double width(String text) {
        Double w = widths.get(text);
        if (w == null) {
            if (widths.size() > MAX_CACHED_WIDTHS) {
                widths.clear();
            }
            measure.setText(text);
            w = Math.ceil(measure.getLayoutBounds().getWidth()) + 2; // + the halo's stroke
            widths.put(text, w);
        }
        return w;
    }
}
