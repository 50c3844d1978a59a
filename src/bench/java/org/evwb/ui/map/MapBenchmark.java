package org.evwb.ui.map;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.project.Project;
import org.evwb.ui.platform.AppState;

/**
 * Frames per second of the map with 10,000 vehicles on a real stage, panning and zooming programmatically.
 * Two measurements:
 * <ol>
 *   <li><b>forced</b>: each frame changes the viewport, draws the canvas and renders the whole scene with
 *   {@code Scene.snapshot} (which runs the same render pass a pulse does), so the time covers our drawing code and
 *   the JavaFX rasterisation;</li>
 *   <li><b>pulse</b>: an animation timer changes the viewport on every pulse and the map redraws through its normal
 *   coalesced path for a few seconds; frames drawn per second (capped by the pulse rate, 60 Hz by default).</li>
 * </ol>
 * Usage (see docs/benchmarks.md): {@code MapBenchmark [vehicles] [frames] [layer to hide]...}, e.g.
 * {@code MapBenchmark 10000 300 basemap}.
 */
public final class MapBenchmark {

    private MapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
        Platform.exit();
    }

    /**
     * Runs the measurements ({@code [vehicles] [frames] [layer to hide]...}, or {@code --quick}: 10,000 vehicles, 60
     * frames) and prints them to {@code out}. Starts the JavaFX platform (headless with Monocle when the JVM has
     * its flags) and leaves it running: call {@code Platform.exit()} when done with JavaFX.
     */
    public static void run(List<String> argList, PrintWriter out) throws Exception {
        boolean quick = argList.contains("--quick");
        List<String> args = argList.stream().filter(a -> !a.startsWith("--")).toList();
        int vehicles = args.size() > 0 ? Integer.parseInt(args.get(0)) : 10_000;
        int frames = args.size() > 1 ? Integer.parseInt(args.get(1)) : quick ? 60 : 300;
        java.util.Set<String> hidden = new java.util.HashSet<>(args.subList(Math.min(2, args.size()), args.size()));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Project project = MapDemoProject.generate(vehicles, 20, 42);
        AppDirs dirs = new AppDirs(java.nio.file.Files.createTempDirectory("evwb-bench"));
        MapView[] holder = new MapView[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            AppState state = new AppState();
            MapView map = new MapView(state, dirs);
            for (MapLayer l : MapLayer.values()) {
                map.layerVisibleProperty(l).set(!hidden.contains(l.name().toLowerCase(Locale.ROOT)));
            }
            stage[0] = new Stage();
            stage[0].setScene(new Scene(map, 1280, 800));
            stage[0].show();
            state.open(project, null);
            holder[0] = map;
        });
        MapView map = holder[0];
        // Let layout, the fit and the basemap settle.
        Thread.sleep(1500);
        onFx(map::fitToContent);
        Thread.sleep(300);

        out.printf(Locale.ROOT, "map benchmark: %d vehicles, %d charging stations, canvas %.0fx%.0f px, "
                        + "glass=%s prism.order=%s, java %s, %d cores, %s%n",
                vehicles, project.infrastructure().chargingStations().size(), map.viewport().widthPx(),
                map.viewport().heightPx(), System.getProperty("glass.platform", "default"),
                System.getProperty("prism.order", "default"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        forced(map, 60, false, out);
        onFx(map::fitToContent);
        forced(map, frames, true, out);
        pulse(map, quick ? 2 : 5, out);
        onFx(() -> stage[0].close());
        out.flush();
    }

    /** One viewport step: even frames pan, odd frames zoom in or out around the centre, returning over a cycle. */
    private static void step(MapViewport vp, int i) {
        if (i % 2 == 0) {
            double dir = (i / 40) % 2 == 0 ? 1 : -1;
            vp.panPixels(9 * dir, 4 * dir);
        } else {
            double factor = (i / 60) % 2 == 0 ? 1.03 : 1 / 1.03;
            vp.zoomAt(vp.widthPx() / 2, vp.heightPx() / 2, factor);
        }
    }

    private static void forced(MapView map, int frames, boolean report, PrintWriter out) throws Exception {
        long[] drawNs = new long[frames];
        long[] frameNs = new long[frames];
        int[] visible = new int[frames];
        onFx(() -> {
            Scene scene = map.getScene();
            for (int i = 0; i < frames; i++) {
                long t0 = System.nanoTime();
                step(map.viewport(), i);
                map.mapCanvas().redrawNow();
                long t1 = System.nanoTime();
                scene.snapshot(null);
                long t2 = System.nanoTime();
                drawNs[i] = t1 - t0;
                frameNs[i] = t2 - t0;
                visible[i] = map.mapCanvas().renderer().lastVisibleVehicles();
            }
        });
        if (!report) {
            return;
        }
        long total = Arrays.stream(frameNs).sum();
        out.printf(Locale.ROOT, "forced: %d frames in %.0f ms = %.1f fps; frame ms mean %.2f p50 %.2f p95 %.2f "
                        + "max %.2f; of which canvas drawing calls mean %.2f ms; vehicles on screen %d..%d%n",
                frames, total / 1e6, frames / (total / 1e9), total / 1e6 / frames, pct(frameNs, 50),
                pct(frameNs, 95), pct(frameNs, 100), Arrays.stream(drawNs).sum() / 1e6 / frames,
                Arrays.stream(visible).min().orElse(0), Arrays.stream(visible).max().orElse(0));
    }

    private static void pulse(MapView map, double seconds, PrintWriter out) throws Exception {
        long before = onFxGet(() -> map.mapCanvas().framesDrawn());
        int[] pulses = new int[1];
        AnimationTimer t = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step(map.viewport(), pulses[0]++);
                map.requestRedraw();
            }
        };
        long t0 = System.nanoTime();
        onFx(t::start);
        Thread.sleep((long) (seconds * 1000));
        onFx(t::stop);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long drawn = onFxGet(() -> map.mapCanvas().framesDrawn()) - before;
        out.printf(Locale.ROOT, "pulse: %d frames drawn in %.1f s = %.1f fps (%d pulses; capped by the "
                + "pulse rate)%n", drawn, elapsed, drawn / elapsed, pulses[0]);
    }

    private static double pct(long[] ns, int p) {
        long[] s = ns.clone();
        Arrays.sort(s);
        int i = Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(10, TimeUnit.MINUTES);
    }
}
