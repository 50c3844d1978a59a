package org.evwb.ui.map;

import java.util.List;
import javafx.scene.Node;

/** The map settings dialog (tile background); placeholder until the tile layer lands. */
final class MapSettingsDialog {

    private MapSettingsDialog() {
    }

    static List<Node> toolbarItems(MapView view) {
        return List.of();
    }
}
