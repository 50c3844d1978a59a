package org.evwb.ui.platform;

import java.util.List;
import javafx.scene.control.Tab;

/**
 * The views one study shows for one open project: its tabs beside the map, what it shows for a finished run of the
 * study, and how it stops. Made by {@link StudyUi#open}, disposed by the host when the project closes or another
 * opens.
 */
public interface StudyViews {

    /**
     * The study's tabs, in order, each with its node id (tests and style sheets find it by this, e.g.
     * {@code tab-motorway-gantt}); the host adds them beside the map without selecting them. When the user closes
     * every closable tab of a study, its views are disposed.
     */
    List<Tab> tabs();

    /**
     * Shows a finished run of this study in the study's views (e.g. the motorway Gantt chart of that run, brought to
     * the front) and returns true, or returns false when the views have nothing to show for it.
     */
    default boolean showRun(RunEntry run) {
        return false;
    }

    /** Stops the views' timers and background work. Their listeners on the app state go with the context's scope. */
    void dispose();

    /** Brings a tab to the front of whatever tab pane shows it. */
    static void select(Tab tab) {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }
}
