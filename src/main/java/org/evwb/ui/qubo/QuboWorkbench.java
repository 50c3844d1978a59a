package org.evwb.ui.qubo;

import javafx.scene.control.Tab;
import org.evwb.ui.app.MainWindow;

/**
 * Opens the QUBO workbench as a tab of a main window, or brings its existing tab to the front: one workbench per
 * window. Study views call {@code QuboWorkbench.showIn(window).open(qubo, title)} to send their QUBO here.
 */
public final class QuboWorkbench {

    /** Key of the open workbench tab in the window's properties (per window, so no static state). */
    static final String TAB_KEY = QuboWorkbench.class.getName() + ".tab";

    private QuboWorkbench() {
    }

    /** Shows the workbench with the native file chooser. */
    public static QuboWorkbenchView showIn(MainWindow w) {
        return showIn(w, null);
    }

    /**
     * Shows the workbench; {@code chooser} (null: the native one) is used only when the tab is created. The centre
     * tabs live in the project workspace, so with no project open an empty one is started first.
     */
    public static QuboWorkbenchView showIn(MainWindow w, QuboFileChooser chooser) {
        if (w.state().getProject() == null && !w.projects().newProject()) {
            throw new IllegalStateException("no project workspace to show the QUBO workbench in");
        }
        if (w.getProperties().get(TAB_KEY) instanceof Tab tab && tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
            return (QuboWorkbenchView) tab.getContent();
        }
        QuboWorkbenchView view = new QuboWorkbenchView(new QuboWorkbenchServices(w.services().executor(), w.state(),
                w.chartExport(), w.tableExport(), w.services().log(), w.services().mapper(),
                chooser == null ? new FxQuboFileChooser() : chooser,
                () -> w.getScene() == null ? null : w.getScene().getWindow()));
        Tab tab = w.addView("QUBO workbench", view);
        tab.setId("tab-qubo-workbench");
        tab.setOnClosed(e -> {
            view.cancelRun();
            w.getProperties().remove(TAB_KEY);
        });
        w.getProperties().put(TAB_KEY, tab);
        tab.getTabPane().getSelectionModel().select(tab);
        return view;
    }
}
