package org.evwb.ui.platform;

import javafx.scene.control.Tab;

/** The window's centre tabs (beside the map) as a service sees them, e.g. the QUBO workbench that owns its tab. */
public interface WorkspaceTabs {

    /** Adds the tab if it is not shown yet and brings it to the front. */
    void show(Tab tab);

    /** Removes the tab, if shown. */
    void remove(Tab tab);

    /** The tabs live in the project workspace: opens an empty project when none is open; false if the user refused. */
    boolean ensureProject();
}
