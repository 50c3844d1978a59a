package org.evwb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks what {@code mvn verify} packaged (run by the build after the jars are made, since surefire runs before them):
 * {@code evwb.jar} holds the product and neither the distributed sweep backend nor a class of the tests or
 * benchmarks (both compiled to {@code test-classes}), and
 * {@code cluster/evwb-cluster.jar} holds the backend with its service registration. Exits 1 naming every breach.
 */
public final class PackagedJars {

    private static final String CLUSTER = "org/evwb/cluster/";
    private static final String SERVICE = "META-INF/services/org.evwb.core.solve.sweep.SweepBackendProvider";

    private PackagedJars() {
    }

    /** {@code args[0]}: the build's target folder. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        List<String> problems = check(target.resolve("evwb.jar"), target.resolve("cluster/evwb-cluster.jar"),
                target.resolve("test-classes"));
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("packaged jars: " + p));
            System.exit(1);
        }
        System.out.println("packaged jars: evwb.jar without the cluster backend, evwb-cluster.jar with it");
    }

    static List<String> check(Path product, Path cluster, Path testClasses) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> tests = new HashSet<>();
        if (Files.isDirectory(testClasses)) {
            try (Stream<Path> files = Files.walk(testClasses)) {
                files.filter(Files::isRegularFile).forEach(f -> tests.add(testClasses.relativize(f).toString()
                        .replace('\\', '/')));
            }
        }
        if (!Files.isRegularFile(product) || !Files.isRegularFile(cluster)) {
            problems.add("missing " + (Files.isRegularFile(product) ? cluster : product) + " (run mvn package)");
            return problems;
        }
        try (JarFile jar = new JarFile(product.toFile())) {
            // files only: a folder entry left empty in target/classes by an older build carries nothing
            jar.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).filter(n -> n.startsWith(CLUSTER)
                    || n.equals(SERVICE) || n.endsWith(".class") && tests.contains(n))
                    .limit(20).forEach(n -> problems.add(product.getFileName() + " holds " + n));
            if (jar.getEntry("org/evwb/Main.class") == null) {
                problems.add(product.getFileName() + " lacks org/evwb/Main.class");
            }
        }
        try (JarFile jar = new JarFile(cluster.toFile())) {
            for (String n : List.of(CLUSTER + "HazelcastBackendProvider.class", CLUSTER + "Member.class", SERVICE)) {
                if (jar.getEntry(n) == null) {
                    problems.add(cluster.getFileName() + " lacks " + n);
                }
            }
            jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith(CLUSTER))
                    .limit(20).forEach(n -> problems.add(cluster.getFileName() + " holds " + n + " (not the backend's)"));
        }
        return problems;
    }
}
