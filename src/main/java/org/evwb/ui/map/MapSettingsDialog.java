package org.evwb.ui.map;

import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * The small map settings dialog: the optional XYZ tile background (on/off and URL template), saved in the user's
 * folder and applied at once.
 */
final class MapSettingsDialog extends Dialog<MapSettings> {

    private static final System.Logger LOG = System.getLogger(MapSettingsDialog.class.getName());

    MapSettingsDialog(MapSettings current) {
        setTitle("Map settings");
        setHeaderText("Tile background (optional; the map works without it)");
        CheckBox on = new CheckBox("Show tile background");
        on.setId("map-tiles-enabled");
        on.setSelected(current.tilesEnabled());
        TextField url = new TextField(current.tileUrlTemplate());
        url.setId("map-tiles-url");
        url.setPromptText("https://tile.example/{z}/{x}/{y}.png");
        url.setPrefColumnCount(36);
        Label problem = new Label();
        problem.getStyleClass().add("map-settings-problem");
        Label note = new Label("Tiles are fetched in the background and cached on disk. Respect the tile "
                + "server's usage policy and show its attribution where you publish a picture.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, on);
        grid.addRow(1, new Label("URL template"), url);
        grid.add(problem, 1, 2);
        grid.add(note, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String p = on.isSelected() ? new MapSettings(true, url.getText()).templateProblem() : null;
            problem.setText(p == null ? "" : p);
            ok.setDisable(p != null);
        };
        on.selectedProperty().addListener((o, a, b) -> check.run());
        url.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        setResultConverter(b -> b == ButtonType.OK ? new MapSettings(on.isSelected(), url.getText()) : null);
    }

    /** The tool bar's "Map settings…" button. */
    static List<Node> toolbarItems(MapView view) {
        Button b = new Button("Map settings…");
        b.setId("map-settings");
        b.setTooltip(new Tooltip("Optional tile background"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            MapSettingsDialog d = new MapSettingsDialog(view.settings());
            if (view.getScene() != null) {
                d.initOwner(view.getScene().getWindow());
            }
            d.showAndWait().ifPresent(s -> {
                try {
                    view.saveSettings(s);
                } catch (IOException ex) {
                    LOG.log(System.Logger.Level.WARNING, "map settings could not be saved", ex);
                    view.applySettings(s);
                }
            });
        });
        return List.of(b);
    }
}
