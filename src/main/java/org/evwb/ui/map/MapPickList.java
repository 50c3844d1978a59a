package org.evwb.ui.map;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.PlacedEntity;

/**
 * The list offered when a click lands on several entities drawn at one spot (vehicles at one depot, a station on top
 * of a vehicle): a click alone could only ever reach the top-most, so the others could not be selected on the map.
 */
final class MapPickList {

    private final Consumer<EntityRef> choose;
    private ContextMenu menu;

    /** A list whose chosen entry is handed to {@code choose}. */
    MapPickList(Consumer<EntityRef> choose) {
        this.choose = Objects.requireNonNull(choose);
    }

    /** Shows one entry per entity ("Vehicle EV3 — name") beside the screen point, replacing any list shown. */
    void show(Node owner, List<EntityRef> refs, ProjectedScene scene, double screenX, double screenY) {
        hide();
        ContextMenu m = new ContextMenu();
        m.getStyleClass().add("map-pick-list");
        for (EntityRef r : refs) {
            PlacedEntity e = scene.entity(r);
            String name = e == null || e.name() == null || e.name().isBlank() ? "" : " — " + e.name();
            MenuItem item = new MenuItem(r.kind().label() + " " + r.id() + name);
            item.getStyleClass().add("map-pick-item");
            item.setOnAction(a -> choose.accept(r));
            m.getItems().add(item);
        }
        menu = m;
        m.show(owner, screenX + 4, screenY + 4);
    }

    void hide() {
        if (menu != null) {
            menu.hide();
            menu = null;
        }
    }
}
