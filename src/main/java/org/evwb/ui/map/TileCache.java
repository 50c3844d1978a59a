package org.evwb.ui.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * XYZ background tiles for one URL template: a small in-memory LRU on the FX thread, a disk cache under
 * {@code cacheDir/<hash of the template>/z/x/y}, and HTTP fetches off the FX thread. A tile that fails (network,
 * HTTP status, undecodable image) is logged once and not asked for again in this session: the map simply draws
 * without it.
 */
final class TileCache implements TileProvider {

    /** Concurrent loads at most; the rest are asked for again on a later frame. */
    static final int MAX_IN_FLIGHT = 6;
    private static final System.Logger LOG = System.getLogger(TileCache.class.getName());

    private final MapSettings settings;
    private final Path dir;
    private final HttpClient http;
    private final Executor io;
    private final Consumer<Runnable> fx;
    private final Runnable onTileLoaded;
    private final Map<String, Image> memory;
    private final Set<String> pending = new HashSet<>();
    private final Set<String> failed = new HashSet<>();
    private final AtomicInteger diskLoads = new AtomicInteger();
    private final AtomicInteger networkLoads = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger loaded = new AtomicInteger();

    /**
     * @param fx runs a task on the FX thread ({@code Platform::runLater})
     * @param onTileLoaded called on the FX thread after a tile arrived or failed (the map redraws)
     */
    TileCache(MapSettings settings, Path cacheRoot, HttpClient http, Executor io, Consumer<Runnable> fx,
              Runnable onTileLoaded, int memoryTiles) {
        this.settings = settings;
        this.dir = cacheRoot.resolve(hash(settings.tileUrlTemplate()));
        this.http = http;
        this.io = io;
        this.fx = fx;
        this.onTileLoaded = onTileLoaded;
        this.memory = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > memoryTiles;
            }
        };
    }

    /** Called on the FX thread by the renderer. */
    @Override
    public Image tile(int z, int x, int y) {
        String key = z + "/" + x + "/" + y;
        Image img = memory.get(key);
        if (img == null && !pending.contains(key) && !failed.contains(key) && pending.size() < MAX_IN_FLIGHT) {
            pending.add(key);
            io.execute(() -> load(key, z, x, y));
        }
        return img;
    }

    Path dir() {
        return dir;
    }

    int diskLoads() {
        return diskLoads.get();
    }

    int networkLoads() {
        return networkLoads.get();
    }

    int failures() {
        return failures.get();
    }

    /** Tiles that reached memory so far. */
    int loaded() {
        return loaded.get();
    }

    private void load(String key, int z, int x, int y) {
        Path file = dir.resolve(z + "").resolve(x + "").resolve(y + ".tile");
        try {
            byte[] bytes;
            if (Files.isRegularFile(file)) {
                bytes = Files.readAllBytes(file);
                diskLoads.incrementAndGet();
            } else {
                bytes = fetch(settings.tileUrl(z, x, y));
                networkLoads.incrementAndGet();
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), "tile", ".part");
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Image img = new Image(new ByteArrayInputStream(bytes));
            if (img.isError()) {
                throw new IOException("not an image", img.getException());
            }
            fx.accept(() -> {
                pending.remove(key);
                memory.put(key, img);
                loaded.incrementAndGet();
                onTileLoaded.run();
            });
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "map tile " + key + " from " + settings.tileUrl(z, x, y)
                    + " unavailable; the map draws without it: " + e);
            fx.accept(() -> {
                pending.remove(key);
                failed.add(key);
                onTileLoaded.run(); // a slot is free: the next frame asks for tiles that waited
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fx.accept(() -> pending.remove(key));
        }
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("User-Agent", "EV-Energy-Workbench/0.1 (map tiles)").GET().build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode());
        }
        return resp.body();
    }

    private static String hash(String template) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(template.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
