package org.evwb.ui.app;

import java.util.function.BooleanSupplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.evwb.ui.platform.WorkspaceTabs;

/** The window's centre tab pane (the map first, then study views and services' tabs). */
final class CentreTabs implements WorkspaceTabs {

    private final TabPane pane;
    private final BooleanSupplier ensureProject;

    CentreTabs(TabPane pane, BooleanSupplier ensureProject) {
        this.pane = pane;
        this.ensureProject = ensureProject;
    }

    /** Adds a tab at the end without selecting it (study tabs: the map stays in front). */
    void add(Tab tab) {
        if (!pane.getTabs().contains(tab)) {
            pane.getTabs().add(tab);
        }
    }

    @Override
    public void show(Tab tab) {
        add(tab);
        pane.getSelectionModel().select(tab);
    }

    @Override
    public void remove(Tab tab) {
        pane.getTabs().remove(tab);
    }

    @Override
    public boolean ensureProject() {
        return ensureProject.getAsBoolean();
    }

    TabPane pane() {
        return pane;
    }
}
