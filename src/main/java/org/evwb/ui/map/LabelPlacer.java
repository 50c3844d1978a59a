package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;

/**
 * Places the map's text labels in one frame so that none is drawn over another: each label tries the right of its
 * symbol, then the left, above and below, and is left out when all four are taken (the hover tooltip still names the
 * entity). Labels placed earlier win, so the drawing order is the priority. Text widths are measured once per string.
 */
final class LabelPlacer {

    /** Gap kept between two labels, in pixels. */
    static final double GAP_PX = 2;
    private static final int MAX_CACHED_WIDTHS = 4096;

    private final List<MapRenderer.PlacedLabel> placed = new ArrayList<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private final double height;

    LabelPlacer() {
        measure.setFont(MapSymbols.LABEL_FONT);
        height = Math.ceil(MapSymbols.LABEL_FONT.getSize() * 1.25);
    }

    /** Starts a new frame. */
    void reset() {
        placed.clear();
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
        for (double[] c : candidates) {
            MapRenderer.PlacedLabel l = new MapRenderer.PlacedLabel(text, c[0], c[1], w, h);
            if (free(l)) {
                placed.add(l);
                MapSymbols.label(gc, text, c[0], c[1] + h / 2);
                return true;
            }
        }
        return false;
    }

    private boolean free(MapRenderer.PlacedLabel l) {
        MapRenderer.PlacedLabel padded = new MapRenderer.PlacedLabel(l.text(), l.x() - GAP_PX, l.y() - GAP_PX,
                l.width() + 2 * GAP_PX, l.height() + 2 * GAP_PX);
        for (MapRenderer.PlacedLabel o : placed) {
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
