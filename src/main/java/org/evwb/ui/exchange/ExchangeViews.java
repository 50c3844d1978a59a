package org.evwb.ui.exchange;

import java.util.List;
import javafx.scene.control.Tab;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The exchange study's views for one open project: the teaching mode (Gale–Shapley step by step, annealing, the
 * algorithm comparison and the paper's sweeps) and the matched pairs of a run (with Theorem 1's edge tasks), each in
 * a closable tab beside the map.
 */
public final class ExchangeViews implements StudyViews {

    public static final String TAB_ID = "tab-exchange-teaching";
    public static final String PAIRS_TAB_ID = "tab-exchange-pairs";

    private final ExchangeTeachingView view;
    private final MatchedPairsView pairs;
    private final Tab tab;
    private final Tab pairsTab;

    public ExchangeViews(StudyContext ctx) {
        view = new ExchangeTeachingView(ctx, ctx.study(ExchangeStudy.ID, ExchangeStudy.class));
        tab = new Tab("Exchange teaching", view);
        tab.setId(TAB_ID);
        pairs = new MatchedPairsView(ctx);
        pairsTab = new Tab("Exchange pairs", pairs);
        pairsTab.setId(PAIRS_TAB_ID);
    }

    @Override
    public List<Tab> tabs() {
        return List.of(tab, pairsTab);
    }

    /** A finished exchange run: its matched pairs (and edge tasks) in the pairs tab, brought to the front. */
    @Override
    public boolean showRun(RunEntry run) {
        if (!pairs.show(run)) {
            return false;
        }
        StudyViews.select(pairsTab);
        return true;
    }

    public MatchedPairsView pairs() {
        return pairs;
    }

    /** Brings the teaching tab to the front (Study ▸ Exchange teaching mode). */
    public ExchangeTeachingView show() {
        StudyViews.select(tab);
        return view;
    }

    public ExchangeTeachingView view() {
        return view;
    }

    @Override
    public void dispose() {
        view.dispose();
    }
}
