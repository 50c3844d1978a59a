package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.SolverComparison;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The motorway study's views for one open project: the Gantt chart, the conflict matrix, the charts, the what-if
 * summary with the layout advisor, the solvers compared on the project, and the map overlay showing each EMV's entry, exit and chosen station. Made by
 * {@link MotorwayStudyUi} when a project with a motorway opens, disposed when it closes.
 */
public final class MotorwayViews implements StudyViews {

    /** Time limit of each solver call of the what-if evaluation. */
    static final Duration WHAT_IF_LIMIT = Duration.ofSeconds(3);

    public static final String GANTT_TAB = "tab-motorway-gantt";
    public static final String MATRIX_TAB = "tab-motorway-matrix";
    public static final String CHARTS_TAB = "tab-motorway-charts";
    public static final String WHAT_IF_TAB = "tab-motorway-whatif";
    public static final String COMPARE_TAB = "tab-motorway-compare";

    private final MotorwayController controller;
    private final GanttPanel gantt;
    private final ConflictMatrixView matrix;
    private final WhatIfPanel whatIf;
    private final AdvisorPanel advisor;
    private final MotorwayChartsView charts;
    private final MotorwayMapOverlay overlay;
    private final SolverComparison comparison;
    private final List<Tab> tabs;

    public MotorwayViews(StudyContext ctx) {
        var subs = ctx.subscriptions();
        this.controller = new MotorwayController(ctx.state(), ctx.studies(), ctx.executor(), WHAT_IF_LIMIT, subs);
        this.gantt = new GanttPanel(ctx.state(), controller, ctx.chartExport(), subs);
        this.matrix = new ConflictMatrixView(ctx.state(), controller, subs);
        this.whatIf = new WhatIfPanel(controller);
        this.advisor = new AdvisorPanel(ctx.state(), ctx.executor(), subs);
        VBox whatIfTab = new VBox(12, whatIf, advisor);
        whatIfTab.setId("motorway-whatif-tab");
        this.charts = new MotorwayChartsView(controller, ctx.executor(), ctx.chartExport(), subs);
        this.overlay = new MotorwayMapOverlay(ctx.state(), controller, ctx.map());
        this.comparison = MotorwayComparison.create(ctx);
        this.tabs = List.of(tab("Motorway Gantt", GANTT_TAB, gantt), tab("Conflict matrix", MATRIX_TAB, matrix),
                tab("Motorway charts", CHARTS_TAB, charts),
                tab("What-if & advisor", WHAT_IF_TAB, new ScrollPane(whatIfTab)),
                tab("Motorway solvers compared", COMPARE_TAB, comparison));
    }

    private static Tab tab(String title, String id, Node view) {
        if (view instanceof Parent parent) {
            parent.getStylesheets().add(MotorwayViews.class.getResource("motorway.css").toExternalForm());
        }
        Tab t = new Tab(title, view);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    @Override
    public List<Tab> tabs() {
        return tabs;
    }

    /** Brings the motorway Gantt tab to the front (Study ▸ Motorway views). */
    public void show() {
        show(GANTT_TAB);
    }

    /** Brings one of the motorway tabs to the front by its id. */
    public void show(String tabId) {
        tabs.stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(StudyViews::select);
    }

    /**
     * A finished motorway run with a schedule (the host has put it on show): the Gantt chart, which shows it as the map
     * does, comes to the front.
     */
    @Override
    public boolean showRun(RunEntry run) {
        if (!controller.showRun(run)) {
            return false;
        }
        show(GANTT_TAB);
        return true;
    }

    @Override
    public void dispose() {
        controller.dispose();
        advisor.cancel();
        charts.cancel();
        overlay.detach();
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

    /** The solvers side by side on this project. */
    public SolverComparison comparison() {
        return comparison;
    }

    public GanttPanel gantt() {
        return gantt;
    }
}
