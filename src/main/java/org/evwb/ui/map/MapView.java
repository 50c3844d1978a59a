package org.evwb.ui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.evwb.ui.app.AppState;

/** The map canvas of the open project (placeholder until the canvas lands). */
public final class MapView extends BorderPane {

    public MapView(AppState state) {
        getStyleClass().add("map-view");
        setCenter(new Label("Map"));
    }
}
