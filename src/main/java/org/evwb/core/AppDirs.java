package org.evwb.core;

import java.nio.file.Path;

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
