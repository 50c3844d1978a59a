package org.evwb.ui.qubo;

import static org.evwb.ui.qubo.QuboRunFxTest.onFx;
import static org.evwb.ui.qubo.QuboRunFxTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.evwb.ui.platform.BackgroundTask;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench with Gset G11 as max-cut (or, where the benchmark folder is absent, a random 200-variable QUBO), a
 * CP-SAT and an anneal result side by side, written to {@code target/screenshots/qubo-workbench.png} for the docs; and
 * the heat map's aggregation on a large QUBO.
 */
@ExtendWith(ApplicationExtension.class)
class QuboScreenshotFxTest {

    private static final Path G11 = org.evwb.SharedData.gset("G11");

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private Stage stage;
    private QuboWorkbenchView view;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own, sized to the screen: TestFX reuses the primary stage, and a resized primary stage
        // would keep its size for the test classes that run after this one.
        stage = new Stage();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth()); // Monocle's headless screen: 1280 × 800
        stage.setHeight(screen.getHeight());
        wb = TestWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        wb.close();
    }

    private void run(FxRobot robot, String sampler, String... nameValues) throws Exception {
        robot.interact(() -> {
            view.samplerPanel().select(sampler);
            for (int k = 0; k < nameValues.length; k += 2) {
                view.samplerPanel().setParameter(nameValues[k], nameValues[k + 1]);
            }
            robot.lookup("#qubo-run").queryButton().fire();
        });
        BackgroundTask<QuboResult> job = onFx(view::currentJob);
        waitFor(() -> job.getState() == BackgroundTask.State.SUCCEEDED || job.getState() == BackgroundTask.State.FAILED);
        assertEquals(BackgroundTask.State.SUCCEEDED, onFx(job::getState), () -> view.samplerPanel().errorText());
    }

    @Test
    void screenshotWithGsetAndTwoResults(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view = wb.window.quboWorkbench().show(owner -> Optional.empty());
            // give the workbench the window: hide the other panes through the View menu's toggles
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) wb.window.getTop();
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> i instanceof javafx.scene.control.CheckMenuItem)
                    .forEach(i -> ((javafx.scene.control.CheckMenuItem) i).setSelected(false));
            // and drag the workspace dividers to the edges, as a user would
            for (javafx.scene.Parent p = view.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.SplitPane sp) {
                    sp.setDividerPositions(0.995);
                }
            }
        });
        boolean gset = Files.isRegularFile(G11);
        if (gset) {
            robot.interact(() -> view.open(G11, true));
        } else {
            robot.interact(() -> view.open(RandomQubos.random(200, 0.05, true, 11), "random 200"));
        }
        waitFor(() -> view.source() != null);
        robot.interact(() -> view.heatMap().zoom(2.5, 0, 0)); // the top-left corner, cells visible
        run(robot, "cpsat", "timeLimitSeconds", "4");
        run(robot, "anneal", "reads", "8", "sweeps", "1000");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (javafx.scene.Parent p = view.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.SplitPane sp) {
                    sp.setDividerPositions(0.995); // again, now that the panes are laid out
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Path png = out.resolve("qubo-workbench.png");
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", png.toFile());
        assertTrue(Files.size(png) > 10_000, "a real picture");
        if (gset) {
            // G11's best-known cut is 564; anneal at 1,000 sweeps gets within a few edges
            double cut = -onFx(() -> view.results().cards().get(1).result().sets().get(0).bestEnergy());
            assertTrue(cut >= 540 && cut <= 564, "cut " + cut);
        }
    }

    @Test
    void largeQuboIsDrawnInPixelSizedBlocks(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view = wb.window.quboWorkbench().show(owner -> Optional.empty());
            view.open(RandomQubos.random(3000, 0.001, true, 5), "random 3000");
        });
        WaitForAsyncUtils.waitForFxEvents();
        MatrixHeatMap map = view.heatMap();
        BlockGrid g = onFx(map::lastGrid);
        double width = onFx(() -> map.canvas().getWidth());
        assertTrue(!g.oneCellPerBlock() && g.cols() <= Math.ceil(width) && g.cols() > 0, g.cols() + " columns");
        double fitMs = onFx(map::lastDrawMillis);
        robot.interact(() -> map.zoom(MatrixHeatMap.MAX_CELL_PX, 0, 0));
        BlockGrid zoomed = onFx(map::lastGrid);
        assertTrue(zoomed.oneCellPerBlock(), "zoomed in, each cell is one coefficient");
        assertEquals(0, zoomed.r0());
        System.err.println("heat map, 3000 variables: fitted redraw " + fitMs + " ms, zoomed "
                + onFx(map::lastDrawMillis) + " ms");
    }
}
