package org.evwb.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the application keeps its own files: preferences, recent files, logs, tile cache, copies of the sample
 * projects. {@code ~/.evwb} unless the system property {@code evwb.home} says otherwise (tests point it into
 * {@code target/}).
 */
public record AppDirs(Path home) {

    /** The folder from {@code evwb.home}, or {@code ~/.evwb}. */
    public static AppDirs fromSystem() {
        String prop = System.getProperty("evwb.home");
        return new AppDirs(prop != null && !prop.isBlank() ? Path.of(prop)
                : Path.of(System.getProperty("user.home"), ".evwb"));
    }

    /**
     * The folder for what the application can make again but would rather not (SUMO traces, forecasts, unpacked
     * native libraries): {@code EVWB_CACHE_DIR} in {@code env} if set, else the system property {@code evwb.cache.dir}
     * (the tests point it into {@code target/}), else {@code ~/.evwb/cache}.
     */
    public static Path cache(Map<String, String> env) {
        String d = env.get("EVWB_CACHE_DIR");
        if (d == null || d.isBlank()) {
            d = System.getProperty("evwb.cache.dir");
        }
        if (d != null && !d.isBlank()) {
            return Path.of(d);
        }
        return Path.of(System.getProperty("user.home"), ".evwb", "cache");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path preferences() {
        return home.resolve("preferences.json");
    }

    public Path tileCache() {
        return home.resolve("tile-cache");
    }

    /** Copies of unsaved work, offered back after a crash. */
    public Path recovery() {
        return home.resolve("recovery");
    }

    public Path samples() {
        return home.resolve("samples");
    }
}
