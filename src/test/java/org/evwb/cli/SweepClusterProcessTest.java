package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.evwb.core.project.Json;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweepPresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real cluster: two member JVMs ({@code org.evwb.cluster.Member}, the product's class path) on 127.0.0.1 joined by
 * TCP-IP under a cluster name of their own, and {@code evwb sweep --backend hazelcast --cluster …} here as their
 * client: the preset's rows are the local pool's, bit for bit (timings aside). The members are killed in finally.
 */
class SweepClusterProcessTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final Path exchangeProject = Path.of("sample-projects", ExchangeStudy.SAMPLE);

    @TempDir
    Path dir;

    @Test
    void aPresetOnTwoMemberJvmsGivesTheLocalRows() throws Exception {
        List<Integer> ports = freePorts(2);
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String name = "evwb-test-" + UUID.randomUUID();
        List<Process> procs = new ArrayList<>();
        CountDownLatch joined = new CountDownLatch(1);
        StringBuffer log = new StringBuffer();
        try {
            for (int p : ports) {
                Process proc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m", "-Devwb.cache.dir=" + Path.of(System.getProperty("evwb.cache.dir",
                                "target/test-source-cache")).toAbsolutePath(), // OR-Tools' natives: not in ~
                        "-cp", productClasspath(), "org.evwb.cluster.Member", "--port",
                        Integer.toString(p), "--members", members, "--cluster-name", name, "--workers", "1")
                        .redirectErrorStream(true).start();
                procs.add(proc);
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(),
                            StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            log.append(line).append('\n');
                            if (line.contains("has 2 members") || line.contains("with 2 members")) {
                                joined.countDown();
                            }
                        }
                    } catch (java.io.IOException e) {
                        // the member was stopped
                    }
                }, "member-output");
                reader.setDaemon(true);
                reader.start();
            }
            // the reference rows while the members start
            long t0 = System.nanoTime();
            Path local = dir.resolve("local");
            CliRunner.Run r = sweep(local, "--threads", "2");
            assertEquals(0, r.exitCode(), r::toString);
            long t1 = System.nanoTime();
            assertTrue(joined.await(60, TimeUnit.SECONDS), () -> "the two members did not meet:\n" + log);
            long t2 = System.nanoTime();
            Path cluster = dir.resolve("cluster");
            CliRunner.Run c = sweep(cluster, "--backend", "hazelcast", "--cluster", members, "--cluster-name", name);
            assertEquals(0, c.exitCode(), () -> c + "\n--- members\n" + log);
            assertTrue(c.out().contains("backend: hazelcast at " + members), c::toString);
            System.out.printf("local sweep %.1f s, members met %.1f s later, cluster sweep %.1f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
            List<SweepRow> expected = untimed(local);
            assertEquals(6 * 3, expected.size());
            assertEquals(expected, untimed(cluster));
        } finally {
            for (Process p : procs) {
                p.destroyForcibly();
            }
            for (Process p : procs) {
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private CliRunner.Run sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", exchangeProject.toString(), "--study", "exchange",
                "--preset", ExchangeSweepPresets.INTERACTIVE, "--seeds", "1", "--solver", "greedy", "--solver",
                "optimal", "--solver", "gale-shapley", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private List<SweepRow> untimed(Path out) throws Exception {
        List<SweepRow> rows = mapper.readValue(out.resolve("rows.json").toFile(),
                new TypeReference<List<SweepRow>>() { });
        return rows.stream().map(SweepRow::withoutTimings).toList();
    }

    private static List<Integer> freePorts(int n) throws Exception {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }

    /** The product's class path with the cluster backend: this JVM's without the test classes. */
    private static String productClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
