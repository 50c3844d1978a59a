package org.evwb.ui.map;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.evwb.core.project.EntityKind;

/** The key to the map's symbols, drawn with the same code as the map itself. */
final class MapLegend extends VBox {

    MapLegend() {
        getStyleClass().add("map-legend");
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (EntityKind k : List.of(EntityKind.MOTORWAY, EntityKind.CHARGING_STATION, EntityKind.BASE_STATION,
                EntityKind.EDGE_SERVER, EntityKind.WIND_SOURCE, EntityKind.PV_SOURCE, EntityKind.VEHICLE)) {
            Canvas icon = new Canvas(22, 18);
            MapSymbols.draw(icon.getGraphicsContext2D(), k, 11, 9, k == EntityKind.CHARGING_STATION ? "n" : null);
            Label row = new Label(k.label(), icon);
            row.getStyleClass().add("map-legend-row");
            getChildren().add(row);
        }
    }
}
