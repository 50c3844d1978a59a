package org.evwb.ui.v2g;

import java.util.List;
import javafx.scene.control.Tab;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.core.study.v2g.V2gStudy;
import org.evwb.ui.platform.LatestRunFollower;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The v2g study's views for one open project: the fleet (SoC band, per-EV trajectories, the EV table), the market
 * energy per slot (the paper's Fig. 1 for the run) and the classifier of the learned policy. All show the active v2g
 * run (or the newest finished one); an EV selected in the table, the chart or anywhere else is highlighted in all.
 */
public final class V2gViews implements StudyViews {

    public static final String FLEET_TAB_ID = "tab-v2g-fleet";
    public static final String MARKET_TAB_ID = "tab-v2g-market";
    public static final String CLASSIFIER_TAB_ID = "tab-v2g-classifier";

    private final V2gFleetView fleet;
    private final V2gMarketView market;
    private final V2gClassifierView classifier;
    private final Tab fleetTab;
    private final Tab marketTab;
    private final Tab classifierTab;
    private RunEntry shown;

    public V2gViews(StudyContext ctx) {
        fleet = new V2gFleetView(ctx);
        market = new V2gMarketView(ctx);
        classifier = new V2gClassifierView(ctx);
        fleetTab = tab("V2G fleet", fleet, FLEET_TAB_ID);
        marketTab = tab("V2G market", market, MARKET_TAB_ID);
        classifierTab = tab("V2G classifier", classifier, CLASSIFIER_TAB_ID);
        LatestRunFollower.start(ctx, V2gStudy.ID, this::show, () -> shown);
    }

    private static Tab tab(String title, javafx.scene.Node node, String id) {
        Tab t = new Tab(title, node);
        t.setId(id);
        return t;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(fleetTab, marketTab, classifierTab);
    }

    @Override
    public boolean showRun(RunEntry run) {
        if (!show(run)) {
            return false;
        }
        StudyViews.select(fleetTab);
        return true;
    }

    /** Shows a finished v2g run with a schedule in every view; false (nothing changes) for any other run. */
    public boolean show(RunEntry run) {
        RunResult<?, ?> r = run == null ? null : run.result();
        if (r == null || !V2gStudy.ID.equals(r.studyId())) {
            return false;
        }
        var s = r.solutionAs(V2gSchedule.class);
        var in = r.instanceAs(V2gInstance.class);
        if (s.isEmpty() || in.isEmpty() || s.get().evCount() != in.get().evCount()) {
            return false;
        }
        shown = run;
        String label = r.report().solver() + " · seed " + r.report().seed() + " · "
                + (r.report().feasible() ? "feasible (checked)" : "INFEASIBLE (" + r.report().violations().size()
                + " violations)");
        fleet.show(in.get(), s.get(), label);
        market.show(in.get(), s.get(), label);
        classifier.show(in.get(), s.get(), r.report().solver());
        return true;
    }



    public V2gFleetView fleet() {
        return fleet;
    }

    public V2gMarketView market() {
        return market;
    }

    public V2gClassifierView classifier() {
        return classifier;
    }

    /** The run on show, or null. */
    public RunEntry shown() {
        return shown;
    }

    @Override
    public void dispose() {
        classifier.dispose();
    }
}
