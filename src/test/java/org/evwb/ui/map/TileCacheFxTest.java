package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evwb.core.AppDirs;
import org.evwb.ui.platform.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The optional tile background against a local HTTP server on 127.0.0.1 serving generated PNGs (no other network):
 * the right tiles are asked for, they land in the disk cache, and a second map serves them from disk.
 */
@ExtendWith(ApplicationExtension.class)
class TileCacheFxTest {

    @TempDir
    Path home;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tiles/", ex -> {
            requests.add(ex.getRequestURI().getPath());
            byte[] png = png();
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(png);
            }
        });
        server.createContext("/broken/", ex -> {
            requests.add(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                img.setRGB(x, y, 0x40a040);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A map on the stage at zoom 2 centred on world point (0.25, 0.25): tiles x, y in 0..2 at z = 2 are visible. */
    private MapView showMap(FxRobot robot) {
        MapView[] holder = new MapView[1];
        robot.interact(() -> {
            MapView map = new MapView(new AppState(), new AppDirs(home));
            map.layerVisibleProperty(MapLayer.BASEMAP).set(false);
            // the view is set before the map has a size: no frame is drawn (and no tile asked for) at another view
            map.viewport().setCenter(0.25, 0.25);
            map.viewport().setZoom(2);
            // exactly 900 × 650 whatever size an earlier test left the shared stage at: the visible tiles follow
            map.setMinSize(900, 650);
            map.setPrefSize(900, 650);
            map.setMaxSize(900, 650);
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(map);
            javafx.scene.layout.StackPane.setAlignment(map, javafx.geometry.Pos.TOP_LEFT);
            stage.setScene(new Scene(root, 900, 650));
            stage.show();
            map.requestRedraw();
            holder[0] = map;
        });
        return holder[0];
    }

    @Test
    void tilesAreFetchedCachedOnDiskAndServedFromDiskToASecondMap(FxRobot robot) throws Exception {
        MapSettingsStore.in(new AppDirs(home)).save(new MapSettings(true, base() + "/tiles/{z}/{x}/{y}.png"));
        MapView first = showMap(robot);
        TileCache cache = first.tileCache();
        assertNotNull(cache, "saved settings switched tiles on");
        // world 1024 px wide; visible x ∈ [0, 0.69], y ∈ [0, 0.57] → tiles 0..2 in both directions
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cache.loaded() == 9);
        Set<String> expected = new HashSet<>();
        for (int x = 0; x <= 2; x++) {
            for (int y = 0; y <= 2; y++) {
                expected.add("/tiles/2/" + x + "/" + y + ".png");
            }
        }
        assertEquals(expected, Set.copyOf(requests));
        assertEquals(9, requests.size(), "each tile fetched once");
        assertEquals(9, cache.networkLoads());
        for (int x = 0; x <= 2; x++) {
            for (int y = 0; y <= 2; y++) {
                assertTrue(Files.size(cache.dir().resolve("2/" + x + "/" + y + ".tile")) > 0);
            }
        }
        assertTrue(cache.dir().startsWith(new AppDirs(home).tileCache()), "cached under AppDirs.tileCache()");

        MapView second = showMap(robot);
        TileCache cache2 = second.tileCache();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cache2.loaded() == 9);
        assertEquals(9, cache2.diskLoads());
        assertEquals(0, cache2.networkLoads());
        assertEquals(9, requests.size(), "the second map did not hit the server");
        int[] greenish = new int[1];
        robot.interact(() -> {
            second.mapCanvas().redrawNow();
            var img = second.canvasNode().snapshot(null, null);
            var c = img.getPixelReader().getColor(450, 325); // world (0.25, 0.25), inside tile 2/1/1
            greenish[0] = c.getGreen() > 0.55 && c.getRed() < 0.35 ? 1 : 0;
        });
        assertEquals(1, greenish[0], "the tile is drawn");
    }

    @Test
    void failingTilesAreLoggedAndLeaveTheMapWorking(FxRobot robot) throws Exception {
        MapSettingsStore.in(new AppDirs(home)).save(new MapSettings(true, base() + "/broken/{z}/{x}/{y}.png"));
        MapView map = showMap(robot);
        TileCache cache = map.tileCache();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cache.failures() == 9);
        int asked = requests.size();
        robot.interact(() -> {
            map.viewport().panPixels(3, 3);
            map.mapCanvas().redrawNow();
            map.mapCanvas().redrawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asked, requests.size(), "a failed tile is not asked for again and again");
        assertEquals(0, cache.loaded());
        assertFalse(Files.exists(cache.dir().resolve("2/0/0.tile")), "nothing cached for a failure");
    }

    @Test
    void tilesAreOffByDefaultAndSettingsRoundTrip(FxRobot robot) throws IOException {
        MapView map = showMap(robot);
        assertNull(map.tileCache(), "off by default");
        assertFalse(map.settings().tilesEnabled());
        robot.interact(() -> {
            try {
                map.saveSettings(new MapSettings(true, base() + "/tiles/{z}/{x}/{y}.png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNotNull(map.tileCache());
        assertEquals(new MapSettings(true, base() + "/tiles/{z}/{x}/{y}.png"),
                MapSettingsStore.in(new AppDirs(home)).load());
        assertEquals("the tile URL must contain {y}, e.g. https://tile.example/{z}/{x}/{y}.png",
                new MapSettings(true, "https://t.example/{z}/{x}.png").templateProblem());
        assertFalse(new MapSettings(true, "ftp://x/{z}/{x}/{y}").tilesActive());
    }
}
