package org.evwb.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.evwb.core.project.EntityKind;

/**
 * One look per kind, shared by the map and its legend: distinct shape and colour, so kinds stay apart in grey-scale
 * prints too.
 */
final class MapSymbols {

    static final Color SEA = Color.web("#dfe9f2");
    static final Color LAND = Color.web("#f4f1ea");
    static final Color BORDER = Color.web("#b9b3a6");
    static final Color MOTORWAY = Color.web("#e38b2c");
    static final Color MOTORWAY_CASING = Color.web("#8a4b0f");
    static final Color SELECTED = Color.web("#e0262c");
    static final Color LABEL = Color.web("#202020");
    static final Color HALO = Color.color(1, 1, 1, 0.85);
    static final Color VEHICLE = Color.web("#3b4f7a");
    static final Color CHARGING = Color.web("#1f8f4e");
    static final Color BASE_STATION = Color.web("#7b3fa0");
    static final Color EDGE_SERVER = Color.web("#1f6fbf");
    static final Color WIND = Color.web("#138c8c");
    static final Color PV = Color.web("#d9a400");
    static final Font LABEL_FONT = Font.font("System", 11);
    static final Font BADGE_FONT = Font.font("System", 10);

    /** Half-size in pixels of each kind's symbol (also its pick radius). */
    static double radius(EntityKind kind) {
        return switch (kind) {
            case VEHICLE -> 2.5;
            case CHARGING_STATION -> 9;
            default -> 7;
        };
    }

    static Color color(EntityKind kind) {
        return switch (kind) {
            case VEHICLE -> VEHICLE;
            case CHARGING_STATION -> CHARGING;
            case BASE_STATION -> BASE_STATION;
            case EDGE_SERVER -> EDGE_SERVER;
            case WIND_SOURCE -> WIND;
            case PV_SOURCE -> PV;
            case MOTORWAY -> MOTORWAY;
            default -> Color.GRAY;
        };
    }

    private MapSymbols() {
    }

    /**
     * Draws one symbol centred at {@code (x, y)}. Vehicles are drawn in bulk by the renderer, not here, except in the
     * legend. {@code badge} is the text inside a charging station's badge (its charger count).
     */
    static void draw(GraphicsContext gc, EntityKind kind, double x, double y, String badge) {
        double r = radius(kind);
        gc.setFill(color(kind));
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.5);
        switch (kind) {
            case VEHICLE -> gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            case CHARGING_STATION -> {
                gc.fillRoundRect(x - r, y - r * 0.75, 2 * r, 1.5 * r, 5, 5);
                gc.strokeRoundRect(x - r, y - r * 0.75, 2 * r, 1.5 * r, 5, 5);
                if (badge != null) {
                    gc.setFill(Color.WHITE);
                    gc.setFont(BADGE_FONT);
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.setTextBaseline(VPos.CENTER);
                    gc.fillText(badge, x, y);
                }
            }
            case BASE_STATION -> {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r * 0.8, y + r * 0.8};
                gc.fillPolygon(xs, ys, 3);
                gc.strokePolygon(xs, ys, 3);
            }
            case EDGE_SERVER -> {
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                gc.fillPolygon(xs, ys, 4);
                gc.strokePolygon(xs, ys, 4);
            }
            case WIND_SOURCE -> {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeLine(x, y, x, y - r * 0.8);
                gc.strokeLine(x, y, x + r * 0.7, y + r * 0.4);
                gc.strokeLine(x, y, x - r * 0.7, y + r * 0.4);
            }
            case PV_SOURCE -> {
                gc.fillRect(x - r, y - r * 0.7, 2 * r, 1.4 * r);
                gc.strokeRect(x - r, y - r * 0.7, 2 * r, 1.4 * r);
                gc.strokeLine(x, y - r * 0.7, x, y + r * 0.7);
            }
            case MOTORWAY -> {
                gc.setStroke(MOTORWAY_CASING);
                gc.setLineWidth(5);
                gc.strokeLine(x - r, y, x + r, y);
                gc.setStroke(MOTORWAY);
                gc.setLineWidth(3);
                gc.strokeLine(x - r, y, x + r, y);
            }
            default -> {
                // Non-placed kinds have no symbol.
            }
        }
    }

    /** The ring drawn around a selected symbol. */
    static void drawSelection(GraphicsContext gc, EntityKind kind, double x, double y) {
        double r = radius(kind) + 3;
        gc.setStroke(SELECTED);
        gc.setLineWidth(2);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A label with a white halo so it reads on any background. */
    static void label(GraphicsContext gc, String text, double x, double y) {
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(HALO);
        gc.setLineWidth(3);
        gc.strokeText(text, x, y);
        gc.setFill(LABEL);
        gc.fillText(text, x, y);
    }
}
