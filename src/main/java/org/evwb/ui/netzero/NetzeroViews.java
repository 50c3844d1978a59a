package org.evwb.ui.netzero;

import java.util.List;
import javafx.scene.control.Tab;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The netzero study's views for one open project: the fleet (EVs by role, the selected EV's speed profile,
 * consumption per segment and utility, with the profiles from the built-in model, a SUMO run or an FCD file) and the
 * wind/PV forecasts (Fig. 4: models compared on a held-out period).
 */
public final class NetzeroViews implements StudyViews {

    public static final String FLEET_TAB_ID = "tab-netzero-fleet";
    public static final String FORECAST_TAB_ID = "tab-netzero-forecast";

    private final FleetView fleet;
    private final ForecastView forecast;
    private final Tab fleetTab;
    private final Tab forecastTab;

    public NetzeroViews(StudyContext ctx) {
        NetzeroStudy study = ctx.study(NetzeroStudy.ID, NetzeroStudy.class);
        fleet = new FleetView(ctx, study);
        forecast = new ForecastView(ctx, study);
        fleetTab = new Tab("Netzero fleet", fleet);
        fleetTab.setId(FLEET_TAB_ID);
        forecastTab = new Tab("Netzero forecasts", forecast);
        forecastTab.setId(FORECAST_TAB_ID);
    }

    @Override
    public List<Tab> tabs() {
        return List.of(fleetTab, forecastTab);
    }

    public FleetView fleet() {
        return fleet;
    }

    public ForecastView forecast() {
        return forecast;
    }

    @Override
    public void dispose() {
        fleet.dispose();
        forecast.dispose();
    }
}
