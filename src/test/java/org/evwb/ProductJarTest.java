package org.evwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks live in src/bench/java and must not ship: the product's classes (target/classes, which is what
 * target/evwb.jar packs, or the jar itself when run from one) hold no benchmark harness, while the benchmarks are
 * compiled with the tests in every build so that they keep compiling.
 */
class ProductJarTest {

    static Path productRoot() throws URISyntaxException {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static List<String> entries(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().filter(e -> !e.isDirectory()).forEach(e -> out.add(e.getName()));
            }
        }
        return out;
    }

    @Test
    void theProductHoldsNoBenchmarks() throws Exception {
        List<String> entries = entries(productRoot());
        assertTrue(entries.contains("org/evwb/Main.class"), "looked in the wrong place: " + productRoot());
        List<String> bench = entries.stream().filter(e -> e.startsWith("org/evwb/bench/")
                || e.matches(".*/[^/]*Benchmarks?(\\$[^/]*)?\\.class")).toList();
        assertEquals(List.of(), bench, "benchmark classes in " + productRoot() + ": move them to src/bench/java"
                + " (stale classes from an older build go with mvn clean)");
    }

    @Test
    void theBenchmarksAreCompiledBesideTheTests() throws Exception {
        for (String name : List.of("org.evwb.bench.BenchmarkRunner", "org.evwb.bench.QuboBenchmarks",
                "org.evwb.bench.MotorwayBenchmarks", "org.evwb.bench.ExchangeBenchmarks",
                "org.evwb.bench.ExchangeSweepBenchmark", "org.evwb.ui.map.MapBenchmark")) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertNotEquals(productRoot(), where, name + " is in the product");
        }
    }
}
