package org.evwb.ui.edge;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The edge study's views for one open project: the per-server day chart with the tasks of a slot, the task-density
 * heat strip, the methods compared over the project's runs, and the planner's what-if. Made by {@link EdgeStudyUi}
 * when a project with edge servers opens, disposed when it closes. The day chart and the density view show the
 * edge run on show in the app state, else the what-if schedule, and follow the edge server selected anywhere.
 */
public final class EdgeViews implements StudyViews {

    public static final String DAY_TAB = "tab-edge-day";
    public static final String DENSITY_TAB = "tab-edge-density";
    public static final String COMPARE_TAB = "tab-edge-compare";
    public static final String WHAT_IF_TAB = "tab-edge-whatif";

    private final EdgeController controller;
    private final DayChartView day;
    private final DensityView density;
    private final MethodComparisonView comparison;
    private final WhatIfPanel whatIf;
    private final List<Tab> tabs;

    public EdgeViews(StudyContext ctx) {
        var subs = ctx.subscriptions();
        EdgeStudy study = ctx.study(EdgeStudy.ID, EdgeStudy.class);
        this.controller = new EdgeController(ctx.state(), study, ctx.executor(), subs);
        this.day = new DayChartView(ctx.state(), controller, ctx.executor(), ctx.chartExport(), ctx.tableExport(),
                subs);
        this.density = new DensityView(ctx.state(), controller, ctx.executor(), ctx.chartExport(),
                ctx.tableExport(), subs);
        this.comparison = new MethodComparisonView(ctx, study);
        this.whatIf = new WhatIfPanel(controller, ctx.chartExport(), ctx.tableExport());
        ScrollPane whatIfScroll = new ScrollPane(whatIf);
        whatIfScroll.setFitToWidth(true);
        this.tabs = List.of(tab("Edge day", DAY_TAB, day), tab("Task density", DENSITY_TAB, density),
                tab("Edge methods compared", COMPARE_TAB, comparison), tab("Edge what-if", WHAT_IF_TAB,
                        whatIfScroll));
    }

    private static Tab tab(String title, String id, Node view) {
        Tab t = new Tab(title, view);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    @Override
    public List<Tab> tabs() {
        return tabs;
    }

    /** Brings one of the edge tabs to the front by its id. */
    public void show(String tabId) {
        tabs.stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(StudyViews::select);
    }

    /** A finished edge run with a schedule (the host has put it on show): the day chart comes to the front. */
    @Override
    public boolean showRun(RunEntry run) {
        if (EdgeShown.of(run, "").isEmpty()) {
            return false;
        }
        show(DAY_TAB);
        return true;
    }

    @Override
    public void dispose() {
        controller.dispose();
        density.cancel();
    }

    public EdgeController controller() {
        return controller;
    }

    public DayChartView day() {
        return day;
    }

    public DensityView density() {
        return density;
    }

    public MethodComparisonView comparison() {
        return comparison;
    }

    public WhatIfPanel whatIf() {
        return whatIf;
    }
}
