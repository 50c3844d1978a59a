package org.evwb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.ui.map.MapBenchmark;

/**
 * Runs every benchmark of the workbench, one after another in one JVM, and writes what each measured to
 * {@code OUT/NAME.md} (everything it printed, its tables included) plus {@code OUT/summary.md} (machine, command,
 * load, and each benchmark's wall time and outcome). Started by {@code mvn -Pbench -DskipTests verify} on the test
 * class path (docs/benchmarks.md). Nothing is asserted: the figures are measured and recorded, never checked here.
 *
 * <p>Options: {@code --quick} (a smoke run of every benchmark, minutes instead of an hour), {@code --only a,b} (some
 * of qubo, qubo-engine, motorway, exchange, exchange-optimal, exchange-sweep, files, edge, v2g, v2g-policy, v2g-adp,
 * netzero, netzero-sumo, cold-start, imports, sweep-backend, map), {@code --out DIR} (default target/benchmarks),
 * {@code --gset-dir DIR} (default ../shared/benchmarks/gset), {@code --samples DIR} (default sample-projects).
 * The map benchmark runs last because it starts JavaFX (headless when the JVM has the Monocle flags).
 */
public final class BenchmarkRunner {

    /** One benchmark: its name and how to run it with the shared options. */
    private interface Bench {
        void run(List<String> args, PrintWriter out) throws Exception;
    }

    private BenchmarkRunner() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        boolean quick = args.contains("--quick");
        Path out = Path.of(option(args, "--out", "target/benchmarks"));
        String gset = option(args, "--gset-dir", "../shared/benchmarks/gset");
        String samples = option(args, "--samples", "sample-projects");
        String csvPrefix = out.resolve("exchange-sweep").toString();
        Map<String, Bench> all = new LinkedHashMap<>();
        all.put("qubo", (a, w) -> QuboBenchmarks.run(with(a, "--gset-dir", gset), w));
        all.put("qubo-engine", (a, w) -> QuboEngineBenchmarks.run(with(a, "--gset-dir", gset), w));
        all.put("motorway", (a, w) -> MotorwayBenchmarks.run(with(a, samples), w));
        all.put("exchange", ExchangeBenchmarks::run);
        all.put("exchange-optimal", ExchangeAssignmentBenchmark::run);
        all.put("exchange-sweep", (a, w) -> ExchangeSweepBenchmark.run(with(a, "--csv", csvPrefix), w));
        all.put("files", (a, w) -> FileBenchmarks.run(with(a, "--samples", samples), w));
        all.put("cold-start", ColdStartBenchmark::run);
        all.put("netzero", NetzeroBenchmarks::run);
        all.put("v2g", V2gBenchmarks::run);
        all.put("netzero-sumo", (a, w) -> NetzeroSumoBenchmark.run(with(a, "--samples", samples), w));
        all.put("edge", (a, w) -> EdgeBenchmarks.run(with(a, "--samples", samples), w));
        all.put("v2g-policy", V2gPolicyBenchmarks::run);
        all.put("v2g-adp", V2gAdpBenchmarks::run);
        all.put("imports", (a, w) -> ImportBenchmarks.run(with(a, "--samples", samples), w));
        all.put("sweep-backend", SweepBackendBenchmark::run);
        all.put("map", MapBenchmark::run); // last: it starts JavaFX
        List<String> names = new ArrayList<>(all.keySet());
        String only = option(args, "--only", null);
        if (only != null) {
            names = Arrays.asList(only.split(","));
            for (String n : names) {
                if (!all.containsKey(n)) {
                    throw new IllegalArgumentException("--only: no benchmark '" + n + "'; they are " + all.keySet());
                }
            }
        }
        Files.createDirectories(out);
        List<String> pass = quick ? List.of("--quick") : List.of();
        StringBuilder summary = new StringBuilder();
        summary.append("# Benchmark run\n\n")
                .append("- started: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("- mode: ").append(quick ? "quick (smoke run)" : "full").append('\n')
                .append("- runner arguments: `").append(String.join(" ", args)).append("`\n")
                .append("- machine: ").append(machine()).append('\n')
                .append("- JVM arguments: `").append(String.join(" ",
                        ManagementFactory.getRuntimeMXBean().getInputArguments())).append("`\n")
                .append("- load average before: ").append(MotorwayBenchmarks.loadAverage()).append("\n\n")
                .append("| benchmark | wall time | outcome | figures |\n|---|---|---|---|\n");
        int failed = 0;
        try {
            for (String name : names) {
                Path file = out.resolve(name + ".md");
                long t0 = System.nanoTime();
                String outcome = "ok";
                try (PrintWriter w = new PrintWriter(new Tee(Files.newBufferedWriter(file, StandardCharsets.UTF_8)),
                        true)) {
                    w.println("# " + name + " benchmark" + (quick ? " (quick)" : ""));
                    w.println();
                    w.println("machine: " + machine() + "; load average " + MotorwayBenchmarks.loadAverage());
                    w.println();
                    try {
                        all.get(name).run(pass, w);
                    } catch (Exception | OutOfMemoryError e) {
                        failed++;
                        outcome = "FAILED: " + e;
                        w.println(outcome);
                        e.printStackTrace(w);
                    }
                }
                summary.append(String.format(Locale.ROOT, "| %s | %.1f s | %s | %s |%n", name,
                        (System.nanoTime() - t0) / 1e9, outcome, file.getFileName()));
            }
        } finally {
            summary.append("\nload average after: ").append(MotorwayBenchmarks.loadAverage()).append('\n');
            Files.writeString(out.resolve("summary.md"), summary.toString(), StandardCharsets.UTF_8);
            System.out.println();
            System.out.print(summary);
            if (names.contains("map")) {
                javafx.application.Platform.exit();
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count below still says what ran
        }
        return String.format(Locale.ROOT, "%s%d cores, %s %s (%s), max heap %d MiB, %s %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> l = new ArrayList<>(args);
        l.addAll(List.of(more));
        return l;
    }

    private static String option(List<String> args, String name, String dflt) {
        int k = args.indexOf(name);
        return k >= 0 && k + 1 < args.size() ? args.get(k + 1) : dflt;
    }

    /** Writes to the console and to a file. */
    private static final class Tee extends Writer {
        private final Writer file;
        private final PrintWriter console = new PrintWriter(System.out, true);

        Tee(Writer file) {
            this.file = file;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            file.write(buf, off, len);
            console.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            file.flush();
            console.flush();
        }

        @Override
        public void close() throws IOException {
            file.close();
            console.flush();
        }
    }
}
