package org.evwb.ui.map;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.evwb.core.project.EntityKind;

/** The map's tool bar: tools, kind to add, fit, layers, map settings and a help tip with the mouse controls. */
final class MapToolbar {

    static final String HELP = """
            Select tool: click selects, Ctrl+click adds or removes, drag on empty space selects everything in the \
            rectangle, drag a selected entity to move the selection (a charging station dropped within 15 px of a \
            motorway snaps onto it).
            Add tool: click places a new entity of the chosen kind. Delete tool: click deletes an entity.
            Pan: drag with the right or middle mouse button, or hold Space and drag.
            Zoom: mouse wheel, around the cursor.
            Keys: F fits the map to the project, Delete deletes the selection, Esc returns to the select tool.""";

    private final ToolBar bar;

    MapToolbar(MapView view) {
        ToggleGroup tools = new ToggleGroup();
        ToggleButton select = toolButton("Select", "map-tool-select", MapTool.SELECT, tools);
        ToggleButton add = toolButton("Add", "map-tool-add", MapTool.ADD, tools);
        ToggleButton delete = toolButton("Delete", "map-tool-delete", MapTool.DELETE, tools);
        tools.selectToggle(select);
        tools.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                tools.selectToggle(old); // one tool is always active
            } else {
                view.setTool((MapTool) t.getUserData());
            }
        });
        view.toolProperty().addListener((obs, old, t) -> tools.getToggles().stream()
                .filter(b -> b.getUserData() == t).findFirst().ifPresent(tools::selectToggle));

        ComboBox<EntityKind> kind = new ComboBox<>();
        kind.setId("map-add-kind");
        kind.getItems().setAll(Stream.of(EntityKind.values()).filter(EntityKind::isPlaced).toList());
        kind.setCellFactory(lv -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(view.addKindProperty());
        kind.setTooltip(new Tooltip("Kind of entity the Add tool places"));
        kind.setFocusTraversable(false);

        Button fit = new Button("Fit");
        fit.setId("map-fit");
        fit.setTooltip(new Tooltip("Show the whole project (F)"));
        fit.setOnAction(e -> view.fitToContent());
        fit.setFocusTraversable(false);

        MenuButton layers = new MenuButton("Layers");
        layers.setId("map-layers");
        for (MapLayer l : MapLayer.values()) {
            CheckMenuItem item = new CheckMenuItem(l.label());
            item.setId("map-layer-" + l.name().toLowerCase());
            item.selectedProperty().bindBidirectional(view.layerVisibleProperty(l));
            layers.getItems().add(item);
        }
        layers.setFocusTraversable(false);

        Label help = new Label("?");
        help.setId("map-help");
        help.getStyleClass().add("map-help");
        Tooltip helpTip = new Tooltip(HELP);
        helpTip.setShowDuration(Duration.minutes(2));
        helpTip.setWrapText(true);
        helpTip.setMaxWidth(420);
        help.setTooltip(helpTip);

        List<Node> items = new java.util.ArrayList<>(List.of(select, add, kind, delete, new Separator(), fit,
                layers));
        items.addAll(MapSettingsDialog.toolbarItems(view));
        items.add(help);
        bar = new ToolBar(items.toArray(new Node[0]));
        bar.getStyleClass().add("map-toolbar");
    }

    Node node() {
        return bar;
    }

    private static ToggleButton toolButton(String text, String id, MapTool t, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(t);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        return b;
    }

    private static final class KindCell extends ListCell<EntityKind> {
        @Override
        protected void updateItem(EntityKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : k.label());
        }
    }
}
