package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evwb.SharedData;
import org.evwb.core.project.Json;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.io.MaxCutGraph;
import org.evwb.core.qubo.io.QuboFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C during a CP-SAT solve, pressed as a user presses it: a child JVM runs the product's {@code evwb} main on
 * the product's class path, and gets SIGINT while CP-SAT searches (its cancel-watch thread is running). CP-SAT's own
 * SIGINT handler once aborted the JVM here ({@code std::bad_function_call}, SIGABRT, no result file). Now the run is
 * cancelled: the process ends with 130 (docs/cli.md: interrupted with Ctrl+C), with no crash report or native abort,
 * and the result file says {@code cancelled} and holds the best solution so far, which the checker accepts.
 *
 * <p>Linux only: SIGINT is sent with {@code kill -INT}, threads are found by name under {@code /proc}.
 */
@EnabledOnOs(OS.LINUX)
class CtrlCProcessTest {

    /** CP-SAT's cancel watch runs exactly while a CP-SAT search does (Linux keeps 15 characters of a name). */
    private static final String CPSAT_THREAD = "cpsat-cancel-watch".substring(0, 15);
    /** Time after the search started for CP-SAT to hold an incumbent (it has one within a second on both models). */
    private static final long INCUMBENT_MILLIS = 3000;

    private final ObjectMapper mapper = Json.newMapper();

    @TempDir
    Path dir;

    @Test
    void ctrlCDuringMotorwayCpSatCancelsAndWritesTheBestScheduleSoFar() throws Exception {
        // the busy A4 with CP-SAT minimising the total trip time: over a minute without a proof
        Path repo = Path.of(System.getProperty("evwb.repo", "."));
        ObjectNode project = (ObjectNode) mapper.readTree(repo.resolve("sample-projects/motorway-a4-busy.evwb.json")
                .toFile());
        ((ObjectNode) project.withArray("studies").get(0)).putObject("parameters").put("objective", "trip_time");
        Path file = dir.resolve("busy-trip-time.evwb.json");
        mapper.writeValue(file.toFile(), project);
        Path out = dir.resolve("cancelled.json");

        Finished f = interruptMidSolve("solve", file.toString(), "--study", "motorway", "--solver", "cpsat",
                "--time-limit", "600", "--out", out.toString());

        assertTrue(f.stdout().contains("status: cancelled"), f::toString);
        assertTrue(f.stdout().contains("checker: best so far is feasible (no violations)"), f::toString);
        JsonNode result = mapper.readTree(out.toFile());
        assertEquals("cancelled", result.path("status").asText(), f::toString);
        assertEquals("feasible", result.path("solution").path("status").asText(), "CP-SAT's incumbent, unproved");
        assertEquals(34, result.path("solution").path("assignments").size(), "every EMV of the busy A4 is scheduled");
        assertEquals(0, result.path("violations").size());
        // the independent checker, in this JVM, accepts the schedule written by the interrupted one
        CliRunner.Run check = CliRunner.run("check", file.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE"), check::toString);
    }

    @Test
    void ctrlCDuringQuboCpSatCancelsAndWritesTheBestSampleSoFar() throws Exception {
        Path g1 = SharedData.gset("G1");
        assumeTrue(Files.isRegularFile(g1), "the Gset benchmark folder is beside the repository");
        Path out = dir.resolve("g1-cpsat.json");

        Finished f = interruptMidSolve("qubo", "solve", g1.toString(), "--maxcut", "--sampler", "cpsat",
                "--time-limit", "600", "--out", out.toString());

        assertTrue(f.stdout().contains("status: cancelled"), f::toString);
        JsonNode result = mapper.readTree(out.toFile());
        assertEquals("cancelled", result.path("status").asText(), f::toString);
        assertEquals("FEASIBLE", result.path("info").path("status").asText());
        // the sample is checked against the graph itself: its energy and cut recomputed here
        MaxCutGraph graph = new QuboFiles(mapper).readGset(g1);
        Qubo q = graph.toQubo();
        byte[] x = new byte[q.numVariables()];
        JsonNode sample = result.path("sample");
        assertEquals(q.numVariables(), sample.size());
        for (int i = 0; i < x.length; i++) {
            x[i] = (byte) sample.get(i).asInt();
        }
        assertEquals(q.energy(x), result.path("energy").asDouble(), 1e-9);
        assertEquals(graph.cutValue(x), result.path("cut").asLong());
        assertTrue(graph.cutValue(x) > 0, "CP-SAT's incumbent cuts edges");
    }

    /** What the interrupted child left. */
    private record Finished(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /**
     * Starts {@code evwb ARGS} in a child JVM, waits until CP-SAT has searched for {@value #INCUMBENT_MILLIS} ms,
     * sends SIGINT and checks that the process ended as a cancelled run, not a crash.
     */
    private Finished interruptMidSolve(String... args) throws Exception {
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>();
        // SIGINT back to its default for the child, in case this JVM was started with it ignored (a background job)
        if (new File("/usr/bin/env").canExecute()) {
            cmd.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"), "-Djava.awt.headless=true",
                // OR-Tools' natives unpacked where this JVM's are, not in the home folder
                "-Devwb.cache.dir=" + Path.of(System.getProperty("evwb.cache.dir", "target/test-source-cache"))
                        .toAbsolutePath(),
                "-cp", productClasspath(), "org.evwb.Main"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        try {
            long pid = p.pid();
            waitForThread(p, pid, CPSAT_THREAD, 180);
            Thread.sleep(INCUMBENT_MILLIS);
            assertTrue(p.isAlive(), "the solve still runs when Ctrl+C comes: " + read(stderr));
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the interrupted solve ends");
        } finally {
            p.destroyForcibly();
        }
        Finished f = new Finished(p.exitValue(), read(stdout), read(stderr));
        assertFalse(f.stderr().contains("terminate called") || f.stderr().contains("bad_function_call"), f::toString);
        assertEquals(130, f.exitCode(), "130 = interrupted with Ctrl+C; 134 would be SIGABRT: " + f);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(x -> x.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.startsWith("hs_err") || n.startsWith("core")),
                    "no crash report or core dump: " + names);
        }
        return f;
    }

    /** Waits until the child has a thread named {@code name} (Linux: /proc/PID/task/TID/comm). */
    private static void waitForThread(Process p, long pid, String name, int seconds) throws Exception {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the child ended before CP-SAT started, exit " + p.exitValue());
            }
            try (Stream<Path> ts = Files.list(tasks)) {
                if (ts.anyMatch(t -> name.equals(comm(t)))) {
                    return;
                }
            } catch (IOException e) {
                // the process is starting or ending: ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("CP-SAT did not start within " + seconds + " s");
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The product's class path: this test JVM's without the test classes (surefire names it in
     * {@code surefire.test.class.path}); {@code -Devwb.product.classpath=…} runs the check on another build.
     */
    private static String productClasspath() {
        String given = System.getProperty("evwb.product.classpath");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
