package org.evwb.ui.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.EdgeTaskGenerator;
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
 * The task-density view on a generated day of 100,000 tasks, with the window's real two-thread pool: the
 * aggregation runs off the FX thread and the strip draws a bounded number of cells.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeDensityFxTest {

    static final int TASKS = 100_000;

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    /** The small sample made a full day: 1,440 one-minute slots, 100,000 tasks, a 2 kW panel. */
    static Project fullDay(Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode p = (ObjectNode) m.readTree(Path.of("sample-projects/" + EdgeStudy.SAMPLE).toFile());
        ObjectNode params = (ObjectNode) p.get("generators").get(0).get("parameters");
        params.put("tasksPerDay", TASKS).put("slots", 1440).put("slotMinutes", 1).put("utilisationMean", 0.05)
                .put("utilisationStd", 0.02).put("utilisationMin", 0.01).put("utilisationMax", 0.2);
        ObjectNode server = (ObjectNode) p.get("infrastructure").get("edgeServers").get(0);
        server.put("cores", 64);
        ObjectNode ts = (ObjectNode) p.get("timeSeries").get(0);
        ts.put("slotMinutes", 1);
        ArrayNode values = ts.putArray("values");
        Arrays.stream(EdgeTaskGenerator.solarDay(1440, 1, 2000, 0.2, 7)).forEach(values::add);
        ((ObjectNode) p.get("studies").get(0)).putObject("parameters");
        Path f = dir.resolve("edge-full-day.evwb.json");
        Files.writeString(f, m.writeValueAsString(p));
        return new ProjectIO().load(f);
    }

    @Test
    void theDensityOfAHundredThousandTasksIsAggregatedOffTheFxThread(FxRobot robot) throws Exception {
        Project p = fullDay(home);
        robot.interact(() -> wb.window.state().open(p, null));
        EdgeViews v = WaitForAsyncUtils.asyncFx(() -> wb.window.studyViews(EdgeStudy.ID, EdgeViews.class)
                .orElseThrow()).get(30, TimeUnit.SECONDS);
        // the what-if (snb and the LP bound on 100,000 tasks) puts its schedule on show; the strip follows it
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                v.controller().evaluation() != null && v.density().model() != null
                        && v.density().model().scheduled()).get());
        WaitForAsyncUtils.waitForFxEvents();
        DensityModel m = WaitForAsyncUtils.asyncFx(() -> v.density().model()).get();
        assertFalse(v.density().lastBuiltOnFxThread(), "aggregated on the background pool");
        assertEquals(TASKS, m.tasks());
        assertEquals(DensityModel.MAX_BUCKETS, m.buckets(), "1,440 slots in 288 buckets of 5");
        assertEquals(5, m.slotsPerBucket());
        assertEquals(TASKS, Arrays.stream(m.arrivals()).sum());
        assertEquals(TASKS, Arrays.stream(m.deadlines()).sum());
        int run = WaitForAsyncUtils.asyncFx(() -> v.controller().evaluation().tasksRun()).get();
        assertEquals(run, Arrays.stream(m.runs()).sum(), "every task the what-if runs is in the strip");
        assertTrue(run > 0);
        // drawn bounded: three rows of at most 288 cells, the table one row per bucket
        String csv = WaitForAsyncUtils.asyncFx(() -> TableExport.toCsv(v.density().table())).get();
        assertEquals(DensityModel.MAX_BUCKETS + 1, csv.strip().split("\n").length);
        robot.interact(() -> v.show(EdgeViews.DENSITY_TAB));
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> v.density().snapshot(null, null)).get(30, TimeUnit.SECONDS);
        assertTrue(img.getWidth() > 100 && img.getHeight() > 100);
    }
}
