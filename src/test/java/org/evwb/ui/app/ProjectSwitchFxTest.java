package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.evwb.core.project.Project;
import org.evwb.ui.exchange.ExchangeTeachingView;
import org.evwb.ui.exchange.ExchangeViews;
import org.evwb.ui.motorway.MotorwayViews;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.platform.RunEntry;
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
 * Nothing of one project shows in the next: open project A, use a view, open project B, and nothing of A is left —
 * the QUBO workbench, the layout advisor, the what-if summary, the exchange teaching views, the runs panel and the
 * study overlays on the main map.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectSwitchFxTest {

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

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // a what-if's debounce counts as pending work, so no fixed pause is needed before the wait
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> !wb.window.state().isWorkPending()
                && wb.window.state().getRunningTasks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSample(FxRobot robot, String fileName) throws Exception {
        SampleProjects.Sample s = wb.services.samples().list().stream().filter(x -> x.fileName().equals(fileName))
                .findFirst().orElseThrow();
        robot.interact(() -> assertTrue(wb.window.projects().openSample(s), fileName));
        settle();
    }

    /** Every text shown by labels and text fields under a node. */
    private static String texts(Node root) throws Exception {
        return fx(() -> {
            StringBuilder sb = new StringBuilder();
            collect(root, sb);
            return sb.toString();
        });
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof Labeled l && l.getText() != null) {
            sb.append(l.getText()).append('\n');
        } else if (n instanceof TextField t) {
            sb.append(t.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), sb);
        }
    }

    /** The main map (the content of the window's Map tab). */
    private org.evwb.ui.map.MapView map(FxRobot robot) throws Exception {
        return fx(() -> (org.evwb.ui.map.MapView) centre(robot).getTabs().stream()
                .filter(t -> "tab-map".equals(t.getId())).findFirst().orElseThrow().getContent());
    }

    private javafx.scene.control.TabPane centre(FxRobot robot) {
        return robot.lookup("#centre-views").queryAs(javafx.scene.control.TabPane.class);
    }

    private List<String> centreTabIds(FxRobot robot) throws Exception {
        return fx(() -> centre(robot).getTabs().stream().map(javafx.scene.control.Tab::getId).toList());
    }

    private MenuItem studyMenuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @Test
    void theMotorwayViewsTheWorkbenchTheRunsAndTheOverlaysOfTheA4DoNotReachTheNetZeroProject(FxRobot robot)
            throws Exception {
        openSample(robot, "motorway-a4.evwb.json");
        org.evwb.ui.map.MapView mainMap = map(robot);
        Project a4 = fx(() -> wb.window.state().getProject());
        MotorwayViews a = fx(() -> wb.window.studyViews("motorway", MotorwayViews.class).orElseThrow());

        // the advisor proposes a charger at a candidate site of the A4
        robot.interact(() -> ((TextField) a.advisor().lookup("#advisor-candidates")).setText("33"));
        robot.interact(() -> ((javafx.scene.control.Button) a.advisor().lookup("#advisor-find")).fire());
        settle();
        assertNotNull(fx(() -> a.advisor().advice()), "the advisor answered on the A4");
        String adviceText = fx(() -> ((Label) a.advisor().lookup("#advisor-result")).getText());
        // the what-if summary evaluated the A4
        assertSame(a4, fx(() -> a.controller().evaluation().project()));

        // the motorway QUBO in the workbench, a finished run in the runs panel, the overlay on the main map
        robot.interact(() -> studyMenuItem(robot, "menu-qubo-motorway").fire());
        settle();
        assertNotNull(fx(() -> wb.window.quboWorkbench().view().source()), "the A4's QUBO is in the workbench");
        RunEntry run = fx(() -> wb.window.runs().start(new RunRequest("motorway", "greedy",
                wb.services.studies().study("motorway").orElseThrow().solver("greedy").orElseThrow().defaults(),
                1, Duration.ofSeconds(10))));
        settle();
        assertNotNull(fx(run::result), "the A4 run finished");
        List<MapOverlay> a4Overlays = fx(() -> List.copyOf(mainMap.overlays()));
        assertTrue(a4Overlays.contains(a.overlay()), "the motorway overlay draws on the main map");

        openSample(robot, "netzero-highway.evwb.json");
        Project netzero = fx(() -> wb.window.state().getProject());
        MotorwayViews b = fx(() -> wb.window.studyViews("motorway", MotorwayViews.class).orElseThrow());
        assertFalse(a == b, "the net-zero project gets motorway views of its own");
        assertNull(fx(() -> b.advisor().advice()), "no advice before the advisor runs on this project");
        String advisorNow = texts(b.advisor());
        assertFalse(advisorNow.contains(adviceText), "the A4's advice shows on the net-zero project:\n" + advisorNow);
        assertFalse(advisorNow.contains("33"), advisorNow);
        var evaluation = fx(() -> b.controller().evaluation());
        String whatIf = texts(b.whatIf());
        assertTrue(evaluation == null || evaluation.project() == netzero, "what-if shows another project");
        if (evaluation == null) { // the net-zero layout cannot be evaluated: the summary shows no figures at all
            for (String id : List.of("feasible", "conflicts", "waiting", "trip")) {
                assertEquals("–", fx(() -> ((Label) b.whatIf().lookup("#whatif-" + id + "-now")).getText()),
                        id + ":\n" + whatIf);
            }
        }
        assertNull(fx(() -> b.controller().previousProperty().get()), "no 'before' column from the A4");
        assertTrue(fx(() -> b.controller().shown() == null || b.controller().shown().run() == null),
                "the Gantt has no run of the A4");
        assertTrue(fx(() -> wb.window.state().getRuns().isEmpty()), "the runs panel lists none of the A4's runs");
        assertFalse(texts(wb.window.runsPane()).contains("greedy"), texts(wb.window.runsPane()));
        assertFalse(centreTabIds(robot).contains("tab-qubo-workbench"), "the workbench went");
        assertNull(fx(() -> wb.window.quboWorkbench().show().source()), "a workbench opened now is empty");
        List<MapOverlay> now = fx(() -> List.copyOf(mainMap.overlays()));
        for (MapOverlay o : a4Overlays) {
            assertFalse(now.contains(o), "an overlay of the A4 still draws on the map: " + o);
        }
        assertTrue(now.contains(b.overlay()));
    }

    @Test
    void theTeachingViewsOfOneClassroomDoNotReachTheNextProject(FxRobot robot) throws Exception {
        openSample(robot, "exchange-classroom.evwb.json");
        ExchangeViews a = fx(() -> wb.window.studyViews("exchange", ExchangeViews.class).orElseThrow());
        ExchangeTeachingView view = a.view();
        robot.interact(() -> {
            view.galeShapley().next();
            view.galeShapley().next();
            view.galeShapley().next();
        });
        assertEquals(3, fx(() -> view.galeShapley().stepper().position()));
        var classroomSteps = fx(() -> List.copyOf(view.galeShapley().stepper().trace().steps()));
        robot.interact(view.anneal()::start);
        settle();
        assertNotNull(fx(() -> view.anneal().best()), "the classroom was annealed");
        robot.interact(view.dashboard()::runAll);
        // the next project opens while the slower algorithms are still running: they are cancelled with the project
        // and none of their results may reach it
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> !view.dashboard().reports().isEmpty()));
        assertFalse(fx(() -> wb.window.state().getRunningTasks().isEmpty()), "some algorithms are still running");

        openSample(robot, "exchange-london.evwb.json");
        ExchangeViews b = fx(() -> wb.window.studyViews("exchange", ExchangeViews.class).orElseThrow());
        assertFalse(a == b, "the next project gets teaching views of its own");
        ExchangeTeachingView v = b.view();
        assertSame(wb.window.state().getProject(), fx(() -> v.session().project()));
        assertEquals(0, fx(() -> v.galeShapley().stepper().position()), "Gale–Shapley starts again");
        assertEquals(fx(() -> List.copyOf(v.galeShapley().stepper().trace().steps())),
                fx(() -> List.copyOf(v.galeShapley().log().getItems())), "the log lists this project's trace");
        assertFalse(fx(() -> List.copyOf(v.galeShapley().log().getItems())).equals(classroomSteps),
                "the log still lists the classroom's steps");
        assertNull(fx(() -> v.anneal().best()), "no annealing result of the classroom");
        assertTrue(fx(() -> v.dashboard().reports().isEmpty()), "no comparison of the classroom");
        assertTrue(fx(() -> wb.window.state().getRuns().isEmpty()), "no runs of the classroom");

        // and a project without an exchange study: no teaching tab, no exchange overlay on the main map
        openSample(robot, "motorway-a4.evwb.json");
        org.evwb.ui.map.MapView mainMap = map(robot);
        assertTrue(fx(() -> wb.window.studyViews("exchange", ExchangeViews.class).isEmpty()));
        assertFalse(centreTabIds(robot).contains(ExchangeViews.TAB_ID));
        assertTrue(fx(() -> mainMap.overlays().stream().noneMatch(o -> o.getClass().getPackageName()
                .endsWith(".exchange"))), "no exchange overlay on the motorway project's map");
    }
}
