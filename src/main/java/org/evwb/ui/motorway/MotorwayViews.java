package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.evwb.ui.app.MainWindow;
import org.evwb.ui.map.MapView;

/**
 * Puts the motorway study's views into the main window: the "Motorway" tabs (Gantt, conflict matrix, charts,
 * what-if and layout advisor) appear while the open project has a motorway or a motorway study, and the map shows
 * each EMV's entry, exit and chosen station.
 */
public final class MotorwayViews {

    /** Time limit of each solver call of the what-if evaluation. */
    static final Duration WHAT_IF_LIMIT = Duration.ofSeconds(3);

    private final MainWindow window;
    private final MotorwayController controller;
    private final GanttPanel gantt;
    private final ConflictMatrixView matrix;
    private final WhatIfPanel whatIf;
    private final AdvisorPanel advisor;
    private final MotorwayChartsView charts;
    private final MotorwayMapOverlay overlay;
    private final List<Tab> tabs = new ArrayList<>();
    private TabPane pane;

    public MotorwayViews(MainWindow w, MapView map) {
        this.window = w;
        this.controller = new MotorwayController(w.state(), w.services().studies(), w.services().executor(),
                w.runs(), WHAT_IF_LIMIT);
        this.gantt = new GanttPanel(w.state(), controller, w.chartExport());
        this.matrix = new ConflictMatrixView(w.state(), controller);
        tabs.add(tab("Motorway Gantt", "tab-motorway-gantt", gantt));
        tabs.add(tab("Conflict matrix", "tab-motorway-matrix", matrix));
        this.whatIf = new WhatIfPanel(controller);
        this.advisor = new AdvisorPanel(w.state(), w.services().executor());
        javafx.scene.layout.VBox whatIfTab = new javafx.scene.layout.VBox(12, whatIf, advisor);
        whatIfTab.setId("motorway-whatif-tab");
        this.charts = new MotorwayChartsView(controller, w.services().executor(), w.chartExport());
        tabs.add(tab("Motorway charts", "tab-motorway-charts", charts));
        this.overlay = new MotorwayMapOverlay(w.state(), controller, map);
        tabs.add(tab("What-if & advisor", "tab-motorway-whatif", new javafx.scene.control.ScrollPane(whatIfTab)));
        w.state().projectProperty().addListener((o, a, b) -> updateTabs());
        updateTabs();
    }

    private Tab tab(String title, String id, javafx.scene.Node view) {
        if (view instanceof javafx.scene.Parent parent) {
            parent.getStylesheets().add(MotorwayViews.class.getResource("motorway.css").toExternalForm());
        }
        Tab t = window.addView(title, view);
        t.setId(id);
        t.setClosable(false);
        pane = t.getTabPane();
        pane.getTabs().remove(t);
        return t;
    }

    private void updateTabs() {
        boolean show = controller.applies(window.state().getProject());
        for (Tab t : tabs) {
            if (show && !pane.getTabs().contains(t)) {
                pane.getTabs().add(t);
            } else if (!show) {
                pane.getTabs().remove(t);
            }
        }
    }

    /** Brings the motorway Gantt tab to the front (Study menu). */
    public void show() {
        updateTabs();
        if (pane.getTabs().contains(tabs.get(0))) {
            pane.getSelectionModel().select(tabs.get(0));
        }
    }

    /** Brings one of the motorway tabs to the front by its id. */
    public void show(String tabId) {
        tabs.stream().filter(t -> tabId.equals(t.getId()) && pane.getTabs().contains(t)).findFirst()
                .ifPresent(t -> pane.getSelectionModel().select(t));
    }

    /**
     * Study ▸ Generate motorway instance…: asks for the generator's parameters and seed, generates (the checker
     * confirms the lowest-speed schedule) and opens the result as a new, unsaved project.
     */
    public void generateInstance() {
        new GenerateMotorwayDialog(window.getScene() == null ? null : window.getScene().getWindow()).showAndWait().ifPresent(this::generate);
    }

    /** Generates and opens the project; returns false when the user kept their unsaved work or generation failed. */
    public boolean generate(GenerateMotorwayDialog.Request r) {
        org.evwb.core.study.motorway.MotorwayGenerator.Generated g;
        try {
            g = new org.evwb.core.study.motorway.MotorwayGenerator().generate(r.parameters(), r.seed());
        } catch (IllegalStateException | IllegalArgumentException e) {
            window.dialogs().error("Cannot generate", "No feasible instance with these parameters", e.getMessage()
                    + "\n\nTry fewer EMVs, more stations or chargers, or a longer arrival horizon.");
            return false;
        }
        return window.projects().openGenerated(g.project().withName("Generated motorway (seed " + r.seed() + ")"));
    }

    public MotorwayController controller() {
        return controller;
    }

    public ConflictMatrixView matrix() {
        return matrix;
    }

    public MotorwayChartsView charts() {
        return charts;
    }

    public MotorwayMapOverlay overlay() {
        return overlay;
    }

    public WhatIfPanel whatIf() {
        return whatIf;
    }

    public AdvisorPanel advisor() {
        return advisor;
    }

    public GanttPanel gantt() {
        return gantt;
    }
}
