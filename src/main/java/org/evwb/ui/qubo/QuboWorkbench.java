package org.evwb.ui.qubo;

import javafx.scene.control.Tab;
import org.evwb.ui.platform.WorkspaceTabs;

/**
 * Owns the window's one QUBO workbench tab: {@link #show()} opens it beside the map or brings it to the front. The
 * workbench belongs to the open project's workspace: when another project opens or the project closes, a running
 * sampler is stopped and the tab goes, so the next project never sees the previous one's QUBO.
 */
public final class QuboWorkbench {

    public static final String TAB_ID = "tab-qubo-workbench";

    private final QuboWorkbenchServices services;
    private final WorkspaceTabs tabs;
    private Tab tab;
    private QuboWorkbenchView view;

    public QuboWorkbench(QuboWorkbenchServices services, WorkspaceTabs tabs) {
        this.services = services;
        this.tabs = tabs;
        services.state().openCountProperty().addListener((o, a, b) -> close());
        services.state().projectProperty().addListener((o, a, p) -> {
            if (p == null) {
                close();
            }
        });
    }

    /** Shows the workbench with the services' file chooser. */
    public QuboWorkbenchView show() {
        return show(null);
    }

    /**
     * Shows the workbench; {@code chooser} (null: the services' one) is used only when the tab is created. The centre
     * tabs live in the project workspace, so with no project open an empty one is started first.
     */
    public QuboWorkbenchView show(QuboFileChooser chooser) {
        if (!tabs.ensureProject()) {
            throw new IllegalStateException("no project workspace to show the QUBO workbench in");
        }
        if (tab == null) {
            QuboWorkbenchServices s = chooser == null ? services : new QuboWorkbenchServices(services.executor(),
                    services.state(), services.chartExport(), services.tableExport(), services.log(),
                    services.mapper(), chooser, services.owner());
            view = new QuboWorkbenchView(s);
            tab = new Tab("QUBO workbench", view);
            tab.setId(TAB_ID);
            tab.setOnClosed(e -> forget());
        }
        tabs.show(tab);
        return view;
    }

    /** The open workbench, or null when its tab is not shown. */
    public QuboWorkbenchView view() {
        return view;
    }

    /** Stops a running job and removes the tab (the project changed, or the window is going away). */
    public void close() {
        Tab t = tab;
        forget();
        if (t != null) {
            tabs.remove(t);
        }
    }

    private void forget() {
        if (view != null) {
            view.cancelRun();
        }
        tab = null;
        view = null;
    }
}
