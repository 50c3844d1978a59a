package org.evwb.ui.exchange;

import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.map.MapView;

/**
 * Draws an {@link OverlayModel} over the map: matched pairs, this step's proposal as an arrow (green accepted, red
 * rejected), broken-up pairs dashed, red for broken one-partner constraints. The colours are fixed on purpose: they
 * carry the meaning the lecture explains (canvas drawing cannot take CSS classes).
 */
public final class ExchangeOverlay implements MapOverlay {

    static final Color MATCHED = Color.web("#1565c0");
    static final Color ACCEPTED = Color.web("#2e7d32");
    static final Color REJECTED = Color.web("#c62828");
    static final Color DISPLACED = Color.web("#6b7280");
    static final Color ACTIVE = Color.web("#f59e0b");
    private static final double ARROW_PX = 11;
    private static final double SYMBOL_GAP_PX = 9;

    private final MapView map;
    private OverlayModel model = OverlayModel.EMPTY;

    public ExchangeOverlay(MapView map) {
        this.map = map;
    }

    public OverlayModel model() {
        return model;
    }

    public void setModel(OverlayModel m) {
        model = Objects.requireNonNull(m);
        map.requestRedraw();
    }

    @Override
    public void draw(GraphicsContext gc, Projection at) {
        gc.save();
        gc.setLineCap(StrokeLineCap.ROUND);
        for (OverlayModel.Line l : model.lines()) {
            double x1 = at.x(l.from());
            double y1 = at.y(l.from());
            double x2 = at.x(l.to());
            double y2 = at.y(l.to());
            double len = Math.hypot(x2 - x1, y2 - y1);
            if (len < 1) {
                continue;
            }
            double ux = (x2 - x1) / len;
            double uy = (y2 - y1) / len;
            // stop short of the symbols so both ends stay visible
            double gap = Math.min(SYMBOL_GAP_PX, len / 3);
            double ax = x1 + ux * gap;
            double ay = y1 + uy * gap;
            double bx = x2 - ux * gap;
            double by = y2 - uy * gap;
            Color c = colour(l.style());
            gc.setStroke(c);
            gc.setFill(c);
            gc.setLineWidth(l.arrow() ? 3 : 2.2);
            gc.setLineDashes(l.style() == OverlayModel.Style.DISPLACED ? new double[] {7, 5} : null);
            gc.strokeLine(ax, ay, bx, by);
            gc.setLineDashes((double[]) null);
            if (l.arrow()) {
                double px = -uy;
                double py = ux;
                gc.fillPolygon(new double[] {bx, bx - ux * ARROW_PX + px * ARROW_PX / 2,
                    bx - ux * ARROW_PX - px * ARROW_PX / 2},
                        new double[] {by, by - uy * ARROW_PX + py * ARROW_PX / 2,
                            by - uy * ARROW_PX - py * ARROW_PX / 2}, 3);
            }
        }
        for (OverlayModel.Ring r : model.rings()) {
            gc.setStroke(colour(r.style()));
            gc.setLineWidth(3);
            double x = at.x(r.at());
            double y = at.y(r.at());
            gc.strokeOval(x - 11, y - 11, 22, 22);
        }
        gc.restore();
    }

    static Color colour(OverlayModel.Style s) {
        return switch (s) {
            case MATCHED -> MATCHED;
            case ACCEPTED -> ACCEPTED;
            case REJECTED, BROKEN -> REJECTED;
            case DISPLACED -> DISPLACED;
            case ACTIVE -> ACTIVE;
        };
    }
}
