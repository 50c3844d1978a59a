package org.evwb.ui.exchange;

import java.util.List;
import javafx.scene.control.Tab;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The exchange study's views for one open project: the teaching mode (Gale–Shapley step by step, annealing, the
 * algorithm comparison and the paper's sweeps) in one closable tab beside the map.
 */
public final class ExchangeViews implements StudyViews {

    public static final String TAB_ID = "tab-exchange-teaching";

    private final ExchangeTeachingView view;
    private final Tab tab;

    public ExchangeViews(StudyContext ctx) {
        view = new ExchangeTeachingView(ctx, ctx.study(ExchangeStudy.ID, ExchangeStudy.class));
        tab = new Tab("Exchange teaching", view);
        tab.setId(TAB_ID);
    }

    @Override
    public List<Tab> tabs() {
        return List.of(tab);
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
