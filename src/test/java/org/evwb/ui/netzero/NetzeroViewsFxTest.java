package org.evwb.ui.netzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import java.util.List;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.netzero.NetzeroChecker;
import org.evwb.core.study.netzero.NetzeroDashboard;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.forecast.ForecastModel;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.ui.app.MainWindow;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.TableExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The netzero tabs in the real window on the sample project: the fleet by role with the selected EV's speed profile,
 * consumption and utility; profiles from SUMO (where installed) and from an FCD file with unknown ids (refused,
 * naming the id and line); the forecast comparison trained on the quick period, with its table as CSV.
 */
@ExtendWith(ApplicationExtension.class)
class NetzeroViewsFxTest {

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(dir.resolve("home"));
        window = wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private NetzeroViews open(FxRobot robot) throws Exception {
        var project = new ProjectIO().load(Path.of("sample-projects").resolve(NetzeroStudy.SAMPLE));
        robot.interact(() -> window.state().open(project, null));
        WaitForAsyncUtils.waitForFxEvents();
        return window.studyViews(NetzeroStudy.ID, NetzeroViews.class).orElseThrow(() ->
                new AssertionError("the netzero views are not open"));
    }

    @Test
    void theFleetIsListedByRoleAndASelectedEvShowsItsProfileConsumptionAndUtility(FxRobot robot)
            throws Exception {
        NetzeroViews v = open(robot);
        assertTrue(robot.lookup("#" + NetzeroViews.FLEET_TAB_ID).tryQuery().isPresent()
                || v.tabs().stream().anyMatch(t -> t.getId().equals(NetzeroViews.FLEET_TAB_ID)));
        FleetView f = v.fleet();
        assertEquals(60, f.table().getItems().size(), f.status());
        Set<NetzeroEv.Role> roles = f.table().getItems().stream().map(NetzeroEv::role).collect(Collectors.toSet());
        assertTrue(roles.contains(NetzeroEv.Role.SUPPLIER) && roles.contains(NetzeroEv.Role.DEMANDER), roles + "");
        int supplierPoints = f.roleSeries().getSeries(NetzeroEv.Role.SUPPLIER.ordinal()).getItemCount();
        assertEquals(f.table().getItems().stream().filter(e -> e.role() == NetzeroEv.Role.SUPPLIER).count(),
                supplierPoints);
        robot.interact(() -> org.evwb.ui.platform.StudyViews.select(v.tabs().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (TableRow<?> row : robot.from(f.table()).lookup(".table-row-cell").queryAllAs(TableRow.class)) {
            if (row.getItem() instanceof NetzeroEv e) {
                assertTrue(row.getStyleClass().contains("ev-" + e.role().name().toLowerCase(java.util.Locale.ROOT)),
                        e.id() + " " + row.getStyleClass());
                checked++;
            }
        }
        assertTrue(checked > 0, "rows on screen carry their EV's role as a style class");
        NetzeroEv ev = f.table().getItems().stream().filter(NetzeroEv::eligible).findFirst().orElseThrow();
        robot.interact(() -> f.table().getSelectionModel().select(ev));
        assertEquals(ev.profile().segments() + 1, f.speedSeries().getSeries(0).getItemCount());
        assertTrue(f.utilityText().contains(ev.id()) && f.utilityText().contains("C2 admits"), f.utilityText());
        String csv = TableExport.toCsv(f.table());
        assertTrue(csv.contains(ev.id()) && csv.lines().count() == 61, "the fleet table exports as CSV");
    }

    @Test
    void anFcdFileWithUnknownIdsIsRefusedNamingTheIdAndLineAndSumoFeedsTheProfiles(FxRobot robot)
            throws Exception {
        NetzeroViews v = open(robot);
        FleetView f = v.fleet();
        Path fcd = dir.resolve("other.xml");
        Files.writeString(fcd, "<fcd-export>\n<timestep time=\"0\">\n<vehicle id=\"ghost\" speed=\"10\" pos=\"0\"/>"
                + "\n</timestep>\n<timestep time=\"1\">\n<vehicle id=\"ghost\" speed=\"10\" pos=\"10\"/>\n</timestep>"
                + "\n</fcd-export>\n");
        robot.interact(() -> {
            f.setSource(FleetView.FCD, fcd.toString());
            f.build();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(f.status().contains("other.xml") && f.status().contains("line 3")
                && f.status().contains("\"ghost\" is not in the fleet"), f.status());
        assertEquals(60, f.table().getItems().size(), "the previous instance is kept");
        if (SumoInstallation.locate().isEmpty()) {
            System.out.println("[NetzeroViewsFxTest] SKIPPED the SUMO part: " + SumoInstallation.missingMessage(
                    System.getenv()));
            return;
        }
        robot.interact(() -> {
            f.setSource(FleetView.SUMO, "");
            f.build();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(60, f.table().getItems().size(), f.status());
        assertTrue(f.table().getItems().stream().allMatch(e -> e.profile().source().startsWith("sumo")),
                f.status());
    }

    @Test
    void theForecastModelsAreComparedOnTheHeldOutPeriod(FxRobot robot) throws Exception {
        NetzeroViews v = open(robot);
        ForecastView fv = v.forecast();
        robot.interact(() -> {
            fv.setQuick(true);
            fv.train();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, fv.result().size());
        assertEquals(2 * ForecastModel.values().length, fv.table().getItems().size());
        assertEquals(2, fv.table().getItems().stream().filter(ForecastView.Row::chosen).count(),
                "one chosen model per kind");
        assertTrue(fv.series().getSeriesCount() >= 2, "actual and at least one model");
        assertEquals(14 * 24, fv.series().getSeries(0).getItemCount());
        String csv = TableExport.toCsv(fv.table());
        assertTrue(csv.contains("random forest") && csv.contains("MAE"), csv);
    }

    @Test
    void theMapOverlayStationsDashboardAndGameFollowTheOneSelection(FxRobot robot) throws Exception {
        NetzeroViews v = open(robot);
        FleetView f = v.fleet();
        NetzeroInstance in = f.instance();
        NetzeroMapOverlay.Picture pic = v.overlay().picture();
        assertEquals(60, pic.dots().size(), "every EV of the sample is on the map");
        assertEquals(List.of("cs1", "cs2", "cs3"), pic.stations().stream().map(NetzeroMapOverlay.StationMark::id)
                .toList());
        assertEquals(in.sources().size(), pic.sources().size());
        for (NetzeroMapOverlay.Dot d : pic.dots()) {
            assertEquals(in.evs().get(in.indexOf(d.id())).role(), d.role(), d.id());
        }
        // a charging station chosen on the map (the one selection): the fleet shows its prosumers
        robot.interact(() -> window.state().select(new EntityRef(EntityKind.CHARGING_STATION, "cs2")));
        assertEquals("cs2", f.stationChoice().getValue());
        assertEquals(1, f.selectedStation());
        assertEquals(in.prosumersOf(1).length, f.table().getItems().size());
        assertTrue(f.table().getItems().stream().allMatch(e -> e.station() == 1));
        assertTrue(f.stationText().startsWith("cs2 at km") && f.stationText().contains("prosumers"),
                f.stationText());
        assertEquals(in.prosumersOf(1).length, pic.stations().get(1).evs());
        // an EV chosen on the map: its profile, consumption and utility in the fleet view, ringed on the map
        NetzeroEv ev = f.table().getItems().get(0);
        robot.interact(() -> window.state().select(new EntityRef(EntityKind.VEHICLE, ev.id())));
        assertEquals(ev.id(), f.selectedEvId());
        assertTrue(f.utilityText().startsWith(ev.id()), f.utilityText());
        // and one chosen in the table becomes the shared selection
        NetzeroEv other = f.table().getItems().get(f.table().getItems().size() - 1);
        robot.interact(() -> f.table().getSelectionModel().select(other));
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, other.id())), window.state().getSelection());

        NetzeroDashboard d = v.dashboard().dashboard();
        assertTrue(d != null, "the dashboard was solved");
        NetzeroChecker checker = new NetzeroChecker();
        for (NetzeroDashboard.Bar b : concat(d.strategies(), d.sources())) {
            assertEquals(List.of(), checker.check(b.instance(), b.solution()), b.label());
        }
        assertEquals(6, v.dashboard().costData().getColumnCount(), "three strategies and three grid sources");
        assertTrue(d.sources().get(2).co2Kg() > d.sources().get(0).co2Kg(), "fossil emits more than wind");
        String viii = TableExport.toCsv(v.dashboard().tableViii());
        assertTrue(viii.contains("38.21") && viii.contains("5.30") && viii.contains("50.97"), viii);

        GameView g = v.game();
        assertEquals(in.types().size(), g.table().getItems().size());
        assertEquals(g.game().suppliers(), g.table().getItems().stream().mapToInt(r -> r.players()).sum());
        assertEquals(g.game().proposition1Count(), g.table().getItems().stream().mapToLong(r -> r.proposition1())
                .sum());
        assertTrue(g.summaryText().contains("Proposition 1 admits"), g.summaryText());
        assertTrue(TableExport.toCsv(g.table()).contains("Prop. 2 admits"));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
