package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evwb.core.project.EntityKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start page and the main window with a shipped sample open, as a user first sees them. The pictures go to
 * {@code target/screenshots/} (the README's screenshot is copied from there); the assertions check that what is
 * pictured is really there.
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotsTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage); // at its default 1280 x 800, the size of Monocle's headless screen; larger would stick out
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void startPageListsEveryShippedSampleThenTheA4SampleOpensOntoTheMap(FxRobot robot) throws Exception {
        for (String sample : new String[] {"motorway-a4", "exchange-london", "edge-solar-day", "v2g-fleet",
                "netzero-highway", "combined"}) {
            assertTrue(sampleLink(robot, sample) != null, "start page offers " + sample);
        }
        save(robot, "start-page.png");

        Hyperlink a4 = sampleLink(robot, "motorway-a4");
        robot.interact(a4::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(18, wb.window.state().getProject().infrastructure().motorways().get(0).nodes().size());
        assertTrue(wb.window.state().getProject().entities(EntityKind.CHARGING_STATION).size() >= 4);
        robot.interact(() -> wb.window.state().select(
                wb.window.state().getProject().entities(EntityKind.CHARGING_STATION).get(1).ref()));
        Thread.sleep(300); // the basemap loads in the background; give it a moment for a complete picture
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "main-window.png");
    }

    private static Hyperlink sampleLink(FxRobot robot, String sample) {
        // Ids hold the file name, whose dots a CSS selector would read as classes: match the id directly.
        return robot.lookup(".sample-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> ("sample-" + sample + ".evwb.json").equals(h.getId())).findFirst().orElse(null);
    }

    private void save(FxRobot robot, String name) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = stage.getScene().snapshot(null));
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.resolve(name).toFile());
        assertTrue(img[0].getWidth() >= 1000, "window size " + img[0].getWidth());
    }
}
