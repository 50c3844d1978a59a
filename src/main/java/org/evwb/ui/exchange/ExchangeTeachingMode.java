package org.evwb.ui.exchange;

import javafx.scene.control.Tab;
import org.evwb.core.project.Project;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.app.MainWindow;

/**
 * Puts the exchange teaching mode into the main window: a tab beside the map, added when a project with an
 * {@code exchange} study opens (not selected, the map stays in front) or when the user picks Study → Exchange teaching
 * mode (selected), and removed when the project closes.
 */
public final class ExchangeTeachingMode {

    public static final String TAB_ID = "tab-exchange-teaching";

    private final MainWindow window;
    private Tab tab;
    private ExchangeTeachingView view;

    public ExchangeTeachingMode(MainWindow window) {
        this.window = window;
        window.state().openCountProperty().addListener((o, a, n) -> projectOpened(window.state().getProject()));
        window.state().projectProperty().addListener((o, a, p) -> {
            if (p == null) {
                closeTab();
            }
        });
    }

    /** True when the registry has the exchange study (a test registry may not). */
    public boolean available() {
        return study() != null;
    }

    /** Shows the teaching tab for the open project and brings it to the front. */
    public ExchangeTeachingView open() {
        if (window.state().getProject() == null || !available()) {
            return null;
        }
        ensureTab();
        tab.getTabPane().getSelectionModel().select(tab);
        return view;
    }

    /** The view, or null when the tab is not shown. */
    public ExchangeTeachingView view() {
        return view;
    }

    private void projectOpened(Project p) {
        if (p != null && available() && ExchangeSession.configOf(p) != null) {
            ensureTab();
        } else {
            closeTab();
        }
    }

    private void ensureTab() {
        if (tab != null) {
            return;
        }
        view = new ExchangeTeachingView(window, study());
        tab = window.addView("Exchange teaching", view);
        tab.setId(TAB_ID);
        tab.setOnClosed(e -> forget());
    }

    private void closeTab() {
        if (tab != null) {
            Tab t = tab;
            forget();
            if (t.getTabPane() != null) {
                t.getTabPane().getTabs().remove(t);
            }
        }
    }

    private void forget() {
        if (view != null) {
            view.dispose();
        }
        tab = null;
        view = null;
    }

    private ExchangeStudy study() {
        return window.services().studies().study(ExchangeStudy.ID).filter(ExchangeStudy.class::isInstance)
                .map(ExchangeStudy.class::cast).orElse(null);
    }
}
