package org.evwb.ui.netzero;

import java.util.List;
import javafx.scene.control.Tab;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyViews;

/**
 * The netzero study's views for one open project: the map overlay (EVs by role, stations with their prosumers,
 * wind/PV output), the comparison dashboard (Fig. 14, Table VIII), the incentive game per type, the fleet (EVs by role, the selected EV's speed profile,
 * consumption per segment and utility, with the profiles from the built-in model, a SUMO run or an FCD file) and the
 * wind/PV forecasts (Fig. 4: models compared on a held-out period).
 */
public final class NetzeroViews implements StudyViews {

    public static final String FLEET_TAB_ID = "tab-netzero-fleet";
    public static final String FORECAST_TAB_ID = "tab-netzero-forecast";
    public static final String DASHBOARD_TAB_ID = "tab-netzero-dashboard";
    public static final String GAME_TAB_ID = "tab-netzero-game";

    private final FleetView fleet;
    private final ForecastView forecast;
    private final Tab fleetTab;
    private final Tab forecastTab;
    private final NetzeroMapOverlay overlay;
    private final DashboardView dashboard;
    private final GameView game;
    private final Tab dashboardTab;
    private final Tab gameTab;
    private org.evwb.core.study.netzero.NetzeroInstance analysed;

    public NetzeroViews(StudyContext ctx) {
        NetzeroStudy study = ctx.study(NetzeroStudy.ID, NetzeroStudy.class);
        fleet = new FleetView(ctx, study);
        overlay = new NetzeroMapOverlay(ctx.map(), fleet::selectedEvId, fleet::selectedStation);
        dashboard = new DashboardView(ctx);
        game = new GameView(ctx);
        fleet.setOnChange(() -> changed(ctx));
        changed(ctx);
        forecast = new ForecastView(ctx, study);
        fleetTab = new Tab("Netzero fleet", fleet);
        fleetTab.setId(FLEET_TAB_ID);
        forecastTab = new Tab("Netzero forecasts", forecast);
        forecastTab.setId(FORECAST_TAB_ID);
        dashboardTab = new Tab("Netzero comparison", dashboard);
        dashboardTab.setId(DASHBOARD_TAB_ID);
        gameTab = new Tab("Netzero game", game);
        gameTab.setId(GAME_TAB_ID);
    }

    /** The fleet's instance or selection changed: the overlay follows; a new instance is analysed again. */
    private void changed(StudyContext ctx) {
        var in = fleet.instance();
        overlay.update(ctx.state().getProject(), in);
        if (in != analysed) {
            analysed = in;
            dashboard.show(in);
            game.show(in);
        }
    }

    @Override
    public List<Tab> tabs() {
        return List.of(fleetTab, dashboardTab, gameTab, forecastTab);
    }

    public FleetView fleet() {
        return fleet;
    }

    public ForecastView forecast() {
        return forecast;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    public GameView game() {
        return game;
    }

    public NetzeroMapOverlay overlay() {
        return overlay;
    }

    @Override
    public void dispose() {
        overlay.detach();
        dashboard.dispose();
        fleet.dispose();
        forecast.dispose();
    }
}
