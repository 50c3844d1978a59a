package org.evwb.core.solve.sweep;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.StudyRegistry;

/**
 * Opens a {@link SweepBackend} by name. {@code local} is built in; any other is a {@link SweepBackendProvider} found
 * by {@link ServiceLoader} — on the class path, or in the backend folder ({@code cluster/} beside the product's jar:
 * {@code evwb-cluster.jar} and {@code lib/*.jar}; {@code -Devwb.cluster.path=DIR} for another), loaded by a child
 * class loader only when that backend is chosen. The desktop jar carries no engine.
 */
public final class SweepBackends {

    public static final String LOCAL = "local";
    /** The backends this product knows of (the distributed one only when its folder is installed). */
    public static final List<String> KNOWN = List.of(LOCAL, "hazelcast");
    /** The system property naming the backend folder. */
    public static final String PATH_PROPERTY = "evwb.cluster.path";

    private final StudyRegistry studies;
    private final Path folder;

    /** {@code folder}: where a distributed backend's jars are ({@link #defaultFolder()}). */
    public SweepBackends(StudyRegistry studies, Path folder) {
        this.studies = studies;
        this.folder = folder;
    }

    public SweepBackends(StudyRegistry studies) {
        this(studies, defaultFolder());
    }

    /** {@code -Devwb.cluster.path}, else {@code cluster/} beside the product's jar (or its classes folder). */
    public static Path defaultFolder() {
        String given = System.getProperty(PATH_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        try {
            Path code = Path.of(SweepBackends.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve("cluster");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("cluster");
        }
    }

    public Path folder() {
        return folder;
    }

    /** The local pool. */
    public static SweepBackend local() {
        return new Local();
    }

    /**
     * The backend {@code id} with {@code options}; throws {@link IllegalArgumentException} with what to do when the
     * name is unknown, the backend is not installed or cannot reach its cluster.
     */
    public SweepBackend open(String id, SweepBackendOptions options) {
        if (id == null || id.isBlank() || id.strip().equals(LOCAL)) {
            return local();
        }
        String name = id.strip();
        if (!KNOWN.contains(name)) {
            throw new IllegalArgumentException("unknown sweep backend '" + name + "'; the backends: "
                    + String.join(", ", KNOWN));
        }
        URLClassLoader child = childLoader();
        ClassLoader loader = child != null ? child : SweepBackends.class.getClassLoader();
        try {
            for (SweepBackendProvider p : ServiceLoader.load(SweepBackendProvider.class, loader)) {
                if (p.id().equals(name)) {
                    SweepBackend b = p.open(options, studies);
                    return child == null ? b : new Closing(b, child);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            close(child);
            throw new IllegalArgumentException("the '" + name + "' sweep backend in " + folder + " cannot be "
                    + "loaded (" + e.getMessage() + "); reinstall its folder from target/cluster of the same build",
                    e);
        } catch (RuntimeException e) {
            close(child);
            throw e;
        }
        close(child);
        throw new IllegalArgumentException("the '" + name + "' sweep backend is not installed: no evwb-cluster.jar in "
                + folder + " (mvn package builds it into target/cluster; put that folder beside evwb.jar or name it "
                + "with -D" + PATH_PROPERTY + "=DIR), or use --backend local");
    }

    /** A loader over the backend folder's jars, or null when there is no folder. */
    private URLClassLoader childLoader() {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        List<URL> urls = new ArrayList<>();
        try {
            addJars(folder, urls);
            addJars(folder.resolve("lib"), urls);
        } catch (IOException e) {
            throw new IllegalArgumentException("the sweep backend folder " + folder + " cannot be read: "
                    + e.getMessage(), e);
        }
        return urls.isEmpty() ? null
                : new URLClassLoader("evwb-cluster", urls.toArray(URL[]::new), SweepBackends.class.getClassLoader());
    }

    private static void addJars(Path dir, List<URL> urls) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                try {
                    urls.add(p.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IOException(e);
                }
            }
        }
    }

    private static void close(URLClassLoader loader) {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // nothing held open yet
            }
        }
    }

    /** The SweepEngine's pool in this process. */
    private static final class Local implements SweepBackend {
        @Override
        public String id() {
            return LOCAL;
        }

        @Override
        public <I, S> SweepResult<Map<String, List<Map<String, Object>>>> run(StudySweeps.Spec<I, S> spec,
                                                                             OptimizerRunner runner,
                                                                             ComputeCarbon.Settings carbon,
                                                                             RunContext ctx) {
            return new SweepEngine(runner).run(spec.plan(carbon), task -> spec.taskTables().rows(task), ctx);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** A backend from the child loader: the loader closes after the backend left its cluster. */
    private record Closing(SweepBackend inner, URLClassLoader loader) implements SweepBackend {
        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public <I, S> SweepResult<Map<String, List<Map<String, Object>>>> run(StudySweeps.Spec<I, S> spec,
                                                                             OptimizerRunner runner,
                                                                             ComputeCarbon.Settings carbon,
                                                                             RunContext ctx) {
            return inner.run(spec, runner, carbon, ctx);
        }

        @Override
        public void close() {
            try {
                inner.close();
            } finally {
                SweepBackends.close(loader);
            }
        }
    }
}
