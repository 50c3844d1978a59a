package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless screenshots of the teaching mode for the user guide, written to {@code target/exchange-screenshots}
 * (docs/images/exchange-*.png are copies of these). Each must stay under 300 KB.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeScreenshotsFxTest {

    static final Path OUT = Path.of("target", "exchange-screenshots");

    @TempDir
    Path dir;
    private ExchangeWorkbench wb;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        wb = ExchangeWorkbench.callingThread(dir.resolve("home"));
        wb.show(s);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400); // let the map's and charts' next pulse draw
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
        assertTrue(Files.size(file) < 300_000, name + " is " + Files.size(file) + " bytes");
    }

    private void waitForNoTasks() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                wb.window.state().getRunningTasks().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void teachingModeScreenshots(FxRobot robot) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        wb.openTeaching(robot);
        ExchangeTeachingView v = wb.views().view();

        GaleShapleyView gs = v.galeShapley();
        int target = gs.stepper().trace().steps().stream()
                .filter(s -> s.outcome() != org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome.ACCEPTED)
                .skip(1).findFirst().orElseThrow().index() + 1;
        robot.interact(() -> gs.stepper().setPosition(target));
        robot.interact(() -> gs.map().fitToContent());
        shot(robot, "exchange-gale-shapley");

        robot.interact(() -> v.tabs().getSelectionModel().select(1));
        AnnealView a = v.anneal();
        robot.interact(() -> {
            a.lookupAll("#anneal-slow").forEach(n -> ((CheckBox) n).setSelected(false));
            ((javafx.scene.control.Spinner<Double>) a.lookup("#anneal-penalty")).getValueFactory().setValue(0.5);
        });
        robot.interact(a::start);
        waitForNoTasks();
        robot.interact(() -> a.map().fitToContent());
        shot(robot, "exchange-anneal");

        robot.interact(() -> v.tabs().getSelectionModel().select(2));
        robot.interact(() -> v.dashboard().runAll());
        waitForNoTasks();
        robot.interact(() -> v.dashboard().runPenaltySweep());
        waitForNoTasks();
        shot(robot, "exchange-comparison");

        robot.interact(() -> v.tabs().getSelectionModel().select(3));
        robot.interact(() -> v.sweeps().start(SweepDialog.withCounts(ExchangeSweep.Settings.paper(1),
                List.of(100, 150, 200), List.of(3), 3)));
        waitForNoTasks();
        shot(robot, "exchange-sweeps");
    }
}
