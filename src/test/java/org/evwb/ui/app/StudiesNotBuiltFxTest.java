package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.evwb.core.study.PartialBuild;
import org.evwb.ui.platform.RunRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projects of studies a build does not have (the edge and net-zero samples in a build without those studies,
 * {@link PartialBuild}): the start page and the window say which study a project is for and that it is not in this build; running a study on a project that lacks
 * what the study needs says what it needs, not that the (valid) file has problems.
 */
@ExtendWith(ApplicationExtension.class)
class StudiesNotBuiltFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"), PartialBuild.without("edge", "netzero"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    private SampleProjects.Sample sample(String fileName) {
        return wb.services.samples().list().stream().filter(x -> x.fileName().equals(fileName)).findFirst()
                .orElseThrow();
    }

    /** The text of the start page's entry for a sample (its link's box). */
    private String startEntry(FxRobot robot, String fileName) throws Exception {
        Hyperlink link = robot.lookup(".sample-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> ("sample-" + fileName).equals(h.getId())).findFirst().orElseThrow();
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            for (var n : ((Pane) link.getParent()).getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.control.Labeled l) {
                    sb.append(l.getText()).append('\n');
                }
            }
            return sb.toString();
        });
    }

    @Test
    void theStartPageSaysWhichStudyEachSampleIsForAndWhichAreNotBuiltYet(FxRobot robot) throws Exception {
        String edge = startEntry(robot, "edge-solar-day.evwb.json");
        assertTrue(edge.contains("edge") && edge.contains("not in this build yet"), edge);
        String netzero = startEntry(robot, "netzero-highway.evwb.json");
        assertTrue(netzero.contains("netzero") && netzero.contains("not in this build yet"), netzero);
        String v2g = startEntry(robot, "v2g-fleet.evwb.json");
        assertTrue(v2g.contains("For the v2g study") && !v2g.contains("not in this build"), v2g);
        String a4 = startEntry(robot, "motorway-a4.evwb.json");
        assertTrue(a4.contains("For the motorway study") && !a4.contains("not in this build"), a4);
        String combined = startEntry(robot, "combined.evwb.json");
        assertTrue(combined.contains("motorway") && combined.contains("exchange") && combined.contains("edge and "
                + "netzero") && combined.contains("not in this build yet"), combined);
    }

    @Test
    void theWindowSaysTheProjectIsForAStudyThisBuildDoesNotHave(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("edge-solar-day.evwb.json")));
        Label notice = robot.lookup(".study-notice").queryAs(Label.class);
        assertTrue(fx(notice::isVisible));
        String text = fx(notice::getText);
        assertTrue(text.contains("edge study") && text.contains("does not have yet"), text);

        robot.interact(() -> wb.window.projects().openSample(sample("motorway-a4.evwb.json")));
        assertFalse(fx(notice::isVisible), "no notice on a project of a study this build has");
    }

    @Test
    void runningDemoOnTheEdgeSampleSaysWhatTheStudyNeedsNotToFixTheFile(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("edge-solar-day.evwb.json")));
        robot.interact(() -> wb.window.runs().start(new RunRequest("demo", "greedy",
                wb.services.studies().study("demo").orElseThrow().solver("greedy").orElseThrow().defaults(), 1,
                Duration.ofSeconds(5))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".problems-dialog").tryQuery().isEmpty(), "the file-problems dialog is for files that "
                + "cannot be used; this one is valid");
        DialogPane pane = robot.lookup(".error-dialog").queryAs(DialogPane.class);
        String header = fx(pane::getHeaderText);
        assertEquals("The demo study needs vehicles and charging stations; this project has none", header);
        String content = fx(pane::getContentText);
        assertFalse(content.contains("Fix the problems"), content);
        assertTrue(content.contains("The project file is fine"), content);
    }
}
