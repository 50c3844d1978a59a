package org.evwb;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the shared data that lives beside the repository ({@code ../shared/}: the Gset benchmark).
 * The pom passes the repository folder as {@code evwb.repo}; CI clones the repository with {@code shared/} beside it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The Gset folder, {@code <repo>/../shared/benchmarks/gset}. */
    public static Path gsetDir() {
        Path repo = Path.of(System.getProperty("evwb.repo", ".")).toAbsolutePath().normalize();
        return repo.resolveSibling("shared").resolve("benchmarks").resolve("gset");
    }

    /** One Gset graph, e.g. {@code gset("G11")}. */
    public static Path gset(String name) {
        return gsetDir().resolve(name + ".txt");
    }

    public static boolean hasGset() {
        return Files.isRegularFile(gset("G11"));
    }
}
