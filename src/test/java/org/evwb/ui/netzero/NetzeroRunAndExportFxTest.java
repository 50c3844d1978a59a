package org.evwb.ui.netzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunReport;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.ui.app.MainWindow;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.QueuedExportDialogs;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.map.MapView;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.runs.RunSolverDialog;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * The netzero study in the real window, the way a user works with it: a study parameter set for one run in the Run
 * dialog (refused at its field while the file it names does not exist; used and recorded by the run, the project
 * untouched); every netzero chart exported as PNG, SVG and PDF and every table as CSV through the views' own export
 * menus; an EV of a drawn fleet clicked on the map becoming the one selection; and a project configured for SUMO
 * opening without running SUMO. Every background task runs on the calling thread, so each action's work is done when
 * it returns.
 */
@ExtendWith(ApplicationExtension.class)
class NetzeroRunAndExportFxTest {

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private MainWindow window;
    private final QueuedExportDialogs exports = new QueuedExportDialogs();

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(dir.resolve("home")).withExportDialogs(exports);
        window = wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private static Project sample() throws Exception {
        return new ProjectIO().load(Path.of("sample-projects").resolve(NetzeroStudy.SAMPLE));
    }

    /** The sample with its netzero configuration's parameters replaced by {@code parameters}. */
    private static Project configured(Project p, Map<String, Object> parameters) {
        List<StudyConfig> studies = p.studies().stream().map(c -> c.study().equals(NetzeroStudy.ID)
                ? new StudyConfig(c.id(), c.study(), c.name(), parameters, c.preset()) : c).toList();
        return p.withStudies(studies);
    }

    private NetzeroViews open(FxRobot robot, Project project) throws Exception {
        robot.interact(() -> window.state().open(project, null));
        WaitForAsyncUtils.waitForFxEvents();
        return window.studyViews(NetzeroStudy.ID, NetzeroViews.class).orElseThrow(() ->
                new AssertionError("the netzero views are not open"));
    }

    /**
     * One window for all of it (cheap: one netzero project with an instance is opened): a project configured for SUMO
     * opens without running it; then on a drawn fleet, an EV clicked on the map, every chart and table exported, and
     * a run with a study parameter set in the Run dialog.
     */
    @Test
    void sumoIsNotRunOnOpenADrawnEvIsPickedOnTheMapViewsExportAndTheRunDialogSetsAStudyParameter(FxRobot robot)
            throws Exception {
        aProjectConfiguredForSumoOpensWithoutRunningSumo(robot);
        Project s = sample();
        // no vehicles of the project: every dot on the map is a drawn EV
        Project drawn = configured(new Project(s.format(), s.version(), s.name(), s.description(), s.currencyLabel(),
                s.basemap(), s.infrastructure(), new Fleet(s.fleet().vehicleTypes(), List.of()), s.timeSeries(),
                s.generators(), s.studies()), Map.of("gridCapKWh", 800, "fleetSize", 40));
        NetzeroViews v = open(robot, drawn);
        anEvOfADrawnFleetClickedOnTheMapIsSelectedAndShownInTheFleet(robot, v);
        everyNetzeroChartExportsAsPngSvgAndPdfAndEveryTableAsCsv(robot, v);
        aStudyParameterSetInTheRunDialogIsUsedForThatRunOnlyRecordedAndChecked(robot, drawn);
        aForecastTheRunCachedIsShownWhenAProjectConfiguredForItOpens(robot, drawn);
    }

    /** The run above trained the forecast and the study cached it: a project configured for it opens showing it. */
    private void aForecastTheRunCachedIsShownWhenAProjectConfiguredForItOpens(FxRobot robot, Project drawn)
            throws Exception {
        NetzeroViews v = open(robot, configured(drawn, Map.of("gridCapKWh", 800, "fleetSize", 40, "supplySource",
                "forecast")));
        FleetView f = v.fleet();
        assertNotNull(f.instance(), "the cached forecast is shown on open: " + f.status());
        assertEquals(NetzeroParameters.SupplySource.FORECAST, f.instance().parameters().supplySource());
        assertFalse(f.status().contains("not computed"), f.status());
    }

    private void aStudyParameterSetInTheRunDialogIsUsedForThatRunOnlyRecordedAndChecked(FxRobot robot,
                                                                                        Project project)
            throws Exception {
        robot.interact(() -> window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".run-solver-dialog").queryAs(DialogPane.class);
        TitledPane section = (TitledPane) pane.lookup("#run-study-parameters-pane");
        assertFalse(fx(section::isExpanded), "the study's parameters start collapsed");
        robot.interact(() -> section.setExpanded(true));
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> speed = (ChoiceBox<Object>) pane.lookup("#study-param-speedSource");
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> supply = (ChoiceBox<Object>) pane.lookup("#study-param-supplySource");
        TextField fcd = (TextField) pane.lookup("#study-param-fcdFile");
        TextField cap = (TextField) pane.lookup("#study-param-gridCapKWh");
        assertEquals("800", fx(cap::getText), "the form starts at the project's configuration, not the defaults");
        assertEquals(NetzeroParameters.SupplySource.TABLE, fx(supply::getValue));
        Button run = (Button) pane.lookupButton(RunSolverDialog.RUN);

        // a file that does not exist: the message at the field, Run disabled
        Path missing = dir.resolve("missing-fcd.xml");
        robot.interact(() -> {
            speed.setValue(NetzeroParameters.SpeedSource.FCD);
            fcd.setText(missing.toString());
        });
        Label problem = (Label) pane.lookup("#study-param-problem-fcdFile");
        assertTrue(fx(problem::isVisible) && fx(problem::getText).contains("no file")
                && fx(problem::getText).contains("missing-fcd.xml"), fx(problem::getText));
        assertTrue(fx(run::isDisabled), "Run waits for a file that exists");
        Label error = (Label) pane.lookup(".form-error");
        assertTrue(fx(error::getText).contains("missing-fcd.xml"), fx(error::getText));

        // back to the built-in profiles, and the forecast of wind and PV for this run
        robot.interact(() -> {
            speed.setValue(NetzeroParameters.SpeedSource.BUILT_IN);
            fcd.setText("");
            supply.setValue(NetzeroParameters.SupplySource.FORECAST);
        });
        assertFalse(fx(problem::isVisible));
        assertFalse(fx(run::isDisabled), fx(error::getText));
        assertTrue(fx(section::getText).endsWith("1 changed"), fx(section::getText));
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".run-solver-dialog").tryQuery().isEmpty(), "the dialog closed on Run");

        RunEntry entry = fx(() -> window.state().getRuns().get(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> entry.endedNanos() != 0);
        assertEquals(Map.of("supplySource", "forecast"), entry.request().studyParameters());
        RunResult<?, ?> result = entry.result();
        assertNotNull(result, "the run has a result");
        RunReport report = result.report();
        assertEquals("forecast", report.configuration().parameters().get("supplySource"),
                "the result records the value set for this run");
        assertEquals(800.0, ((Number) report.configuration().parameters().get("gridCapKWh")).doubleValue(),
                "over the project's configuration");
        assertTrue(((NetzeroInstance) result.instance()).parameters().supplySource()
                == NetzeroParameters.SupplySource.FORECAST, "the instance was built with the forecast");
        assertEquals(List.of(), checked(result), "the checker passes");
        assertTrue(report.feasible() && report.violations().isEmpty(), report.status() + " " + report.error());
        WaitForAsyncUtils.waitForFxEvents();
        String card = fx(() -> robot.lookup(".run-configuration").queryAs(Label.class).getText());
        assertTrue(card.contains("supplySource=forecast set for this run only"), card);
        assertEquals(project.studies(), fx(() -> window.state().getProject().studies()),
                "the project's configuration is not edited");
        assertFalse(fx(() -> window.state().isDirty()), "nothing to save");
    }

    private static <I, S> List<?> checked(RunResult<I, S> r) {
        return r.study().checker().check(r.instance(), r.solution());
    }

    /**
     * Every chart of the comparison dashboard and the game view (PNG, SVG, PDF) and every table (CSV)
     * through the export actions of their own context menus. The map overlay is not exported: it is drawn on the
     * main map's canvas, and the map has no export action of its own (a screenshot is the way to keep it).
     */
    private void everyNetzeroChartExportsAsPngSvgAndPdfAndEveryTableAsCsv(FxRobot robot, NetzeroViews v)
            throws Exception {
        assertNotNull(v.dashboard().dashboard(), "the dashboard was solved");
        int charts = 0;
        int tables = 0;
        for (Tab tab : List.of(tab(v, NetzeroViews.DASHBOARD_TAB_ID), tab(v, NetzeroViews.GAME_TAB_ID))) {
            robot.interact(() -> org.evwb.ui.platform.StudyViews.select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : fx(() -> List.copyOf(tab.getContent().lookupAll(".exportable-chart")))) {
                ChartViewer viewer = (ChartViewer) n;
                String title = fx(() -> viewer.getChart().getTitle().getText());
                String base = "chart-" + charts;
                Path png = dir.resolve(base + ".png");
                Path svg = dir.resolve(base + ".svg");
                Path pdf = dir.resolve(base + ".pdf");
                exports.answers.addAll(List.of(png, svg, pdf));
                robot.interact(() -> List.of("chart-export-png", "chart-export-svg", "chart-export-pdf")
                        .forEach(c -> item(viewer.getContextMenu().getItems(), c).fire()));
                BufferedImage image = ImageIO.read(png.toFile());
                assertTrue(image != null && image.getWidth() > 100 && image.getHeight() > 100, base + ".png");
                Document doc = svgDocument(svg);
                assertTrue(doc.getElementsByTagName("text").getLength() > 0, base + ".svg has text");
                String svgText = doc.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    assertEquals(1, d.getNumberOfPages(), base + ".pdf");
                    String pdfText = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
                    for (String word : words(title)) {
                        assertTrue(pdfText.contains(word), base + ".pdf has \"" + word + "\" of its title: "
                                + pdfText);
                        assertTrue(svgText.contains(word), base + ".svg has \"" + word + "\" of its title");
                    }
                }
                charts++;
            }
            for (Node n : fx(() -> List.copyOf(tab.getContent().lookupAll(".table-view")))) {
                TableView<?> table = (TableView<?>) n;
                if (table.getContextMenu() == null) {
                    continue;
                }
                Path csv = dir.resolve("table-" + tables + ".csv");
                exports.answers.add(csv);
                robot.interact(() -> item(table.getContextMenu().getItems(), "table-export-csv").fire());
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                assertEquals(fx(() -> table.getItems().size()) + 1, lines.size(), csv + ": header + one line a row");
                assertEquals(TableExport.toCsv(table).lines().findFirst().orElseThrow(), lines.get(0));
                assertTrue(table.getItems().size() > 0, csv + " has rows");
                tables++;
            }
        }
        assertTrue(charts >= 4, "three dashboard bars and the game's: " + charts);
        assertEquals(2, tables, "Table VIII and the game's table");
    }

    private static Tab tab(NetzeroViews v, String id) {
        return v.tabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(List<MenuItem> items, String styleClass) {
        return items.stream().filter(i -> i.getStyleClass().contains(styleClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + styleClass));
    }

    /** The title's plain words (the PDF's standard fonts draw other characters as shapes). */
    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        for (String w : title.split("[^A-Za-z]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        assertFalse(out.isEmpty(), "a title with words: " + title);
        return out;
    }

    private static Document svgDocument(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    /** A drawn fleet's EV is on the map only as the overlay's dot: a click on it selects it for the fleet view. */
    private void anEvOfADrawnFleetClickedOnTheMapIsSelectedAndShownInTheFleet(FxRobot robot, NetzeroViews v)
            throws Exception {
        FleetView f = v.fleet();
        assertEquals(40, f.table().getItems().size(), f.status());
        MapView map = robot.lookup(".map-view").queryAs(MapView.class);
        NetzeroMapOverlay.Picture pic = v.overlay().picture();
        assertEquals(40, pic.dots().size(), "the drawn EVs are on the map");
        // a dot clear of the stations' symbols, so the click cannot land on a project entity
        List<Point2D> stations = new ArrayList<>();
        for (NetzeroMapOverlay.StationMark m : pic.stations()) {
            stations.add(fx(() -> map.screenPointOf(m.at()).orElseThrow()));
        }
        NetzeroMapOverlay.Dot target = null;
        Point2D at = null;
        for (NetzeroMapOverlay.Dot d : pic.dots()) {
            Point2D q = fx(() -> map.screenPointOf(d.at()).orElseThrow());
            if (stations.stream().allMatch(st -> st.distance(q) > 20) && pic.dots().stream().filter(o -> o != d)
                    .allMatch(o -> !o.at().equals(d.at()))) {
                target = d;
                at = q;
                break;
            }
        }
        assertNotNull(target, "a drawn EV clear of the stations");
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        List<EntityRef> selection = fx(() -> List.copyOf(window.state().getSelection()));
        String picked = selection.isEmpty() ? null : selection.get(0).id();
        assertEquals(EntityKind.VEHICLE, selection.isEmpty() ? null : selection.get(0).kind(), selection + "");
        assertTrue(f.table().getItems().stream().anyMatch(ev -> ev.id().equals(picked)), picked);
        NetzeroMapOverlay.Dot hit = pic.dots().stream().filter(d -> d.id().equals(picked)).findFirst().orElseThrow();
        Point2D hitAt = fx(() -> map.screenPointOf(hit.at()).orElseThrow());
        assertTrue(hitAt.distance(at) <= NetzeroMapOverlay.PICK_PX, "the EV under the click: " + picked);
        assertEquals(picked, f.selectedEvId(), "the fleet view shows the EV picked on the map");
        assertTrue(f.utilityText().startsWith(picked) && f.speedSeries().getSeriesCount() == 1, f.utilityText());
    }

    private void aProjectConfiguredForSumoOpensWithoutRunningSumo(FxRobot robot) throws Exception {
        // a fleet seed no test runs SUMO on, so the tests' shared source cache cannot hold its traces
        NetzeroViews v = open(robot, configured(sample(), Map.of("gridCapKWh", 800, "speedSource", "sumo",
                "fleetSeed", 90_417)));
        FleetView f = v.fleet();
        assertEquals(null, f.instance(), "no instance: SUMO did not run on open");
        assertTrue(f.status().startsWith("SUMO profiles not computed yet — Run SUMO"), f.status());
        assertEquals("Run SUMO", fx(() -> ((Button) f.lookup("#netzero-build")).getText()));
        assertTrue(f.table().getItems().isEmpty());
        assertTrue(fx(() -> wb.window.state().getRuns().isEmpty()));
        // an edit of the project does not start it either
        robot.interact(() -> window.state().perform(new org.evwb.core.project.edit.SetStudyConfig("cap",
                window.state().getProject().studies().get(0), new StudyConfig("netzero-road", NetzeroStudy.ID,
                null, Map.of("gridCapKWh", 900, "speedSource", "sumo", "fleetSeed", 90_417), null))));
        assertEquals(null, f.instance());
        assertTrue(f.status().startsWith("SUMO profiles not computed yet"), f.status());
    }
}
