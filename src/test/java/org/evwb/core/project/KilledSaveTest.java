package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evwb.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saving under a kill, with real child JVMs killed with {@link Process#destroyForcibly()} (SIGKILL): the project
 * and its {@code .bak} are each, after any kill, either their old or their new content, whole — never deleted, never
 * truncated — and the temp files killed writes leave are removed the next time the project is opened.
 */
class KilledSaveTest {

    @TempDir
    Path dir;

    private final ProjectIO io = new ProjectIO();

    /**
     * Killed at each dangerous moment of a save over an existing project that has a backup: what each file must be.
     * {@code older} is the backup before the save, {@code old} the project before it, {@code new} what was saved.
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"new-written,old,older", "backup-partial,old,older", "backup-written,old,older",
        "backup-moved,old,old", "moved,new,old"})
    void aKillAtAnyStageLeavesProjectAndBackupWhole(String stage, String projectIs, String backupIs)
            throws Exception {
        Path p = dir.resolve("site.evwb.json");
        byte[] older = bytes(project("older", 3000));
        byte[] old = bytes(project("old", 3000));
        byte[] neu = bytes(project("new", 3000));
        io.save(io.read(older, "older"), p);
        io.save(io.read(old, "old"), p);
        assertArrayEquals(old, Files.readAllBytes(p));
        assertArrayEquals(older, Files.readAllBytes(ProjectIO.backupOf(p)));
        Path src = dir.resolve("new-source.json");
        Files.write(src, neu);

        killAt(stage, "save", p.toString(), src.toString());

        assertArrayEquals(projectIs.equals("new") ? neu : old, Files.readAllBytes(p), "the project is " + projectIs);
        assertArrayEquals(backupIs.equals("old") ? old : older, Files.readAllBytes(ProjectIO.backupOf(p)),
                "the backup is " + backupIs);
        List<Path> temps = temps();
        assertEquals(stage.equals("moved"), temps.isEmpty(), () -> "the killed save left its temp files: " + temps);
        waitPastStale(temps);
        io.load(p);
        assertEquals(List.of(), temps(), "opening the project removes what the killed save left");
        assertArrayEquals(projectIs.equals("new") ? neu : old, Files.readAllBytes(p), "cleaning touched nothing else");
    }

    @Test
    void aResultWriteKilledBeforeItsMoveLeavesNoHalfResultAndItsTempIsCleaned() throws Exception {
        Path p = dir.resolve("site.evwb.json");
        io.save(project("site", 10), p);
        Path results = ProjectIO.resultsFolderOf(p);
        Path result = results.resolve("run-1.json");
        Path content = dir.resolve("content.json");
        Files.writeString(content, "{\"format\": \"evwb-result\"}\n");

        killAt("new-written", "write", result.toString(), content.toString());

        assertFalse(Files.exists(result), "no result rather than half of one");
        List<Path> left;
        try (Stream<Path> s = Files.list(results)) {
            left = s.toList();
        }
        assertEquals(1, left.size(), left::toString);
        assertTrue(left.get(0).getFileName().toString().matches("\\.run-1\\.json\\d+\\.tmp"), left::toString);
        waitPastStale(left);
        io.load(p);
        try (Stream<Path> s = Files.list(results)) {
            assertEquals(List.of(), s.toList(), "opening the project cleans its results folder");
        }
    }

    private void killAt(String stage, String... args) throws Exception {
        Path marker = dir.resolve("paused-" + stage);
        Process child = child(new String[] {"-D" + SafeWrite.PAUSE_PROPERTY + "=" + stage,
            "-D" + SafeWrite.MARKER_PROPERTY + "=" + marker}, args);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(marker)) {
                assertTrue(child.isAlive(), () -> "the child ended before " + stage + ": " + output(child));
                assertTrue(System.nanoTime() < deadline, "the child never reached " + stage);
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        Files.delete(marker);
    }

    private static Process child(String[] jvmArgs, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        if (jvmArgs != null) {
            cmd.addAll(List.of(jvmArgs));
        }
        cmd.add(SaveChild.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(x -> x.getFileName().toString().endsWith(".tmp")).sorted().toList();
        }
    }

    /** Temp files count as stale once older than {@link SafeWrite#STALE_AFTER} (or than this JVM). */
    private static void waitPastStale(List<Path> temps) throws Exception {
        for (Path t : temps) {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(t).toMillis();
            long wait = SafeWrite.STALE_AFTER.toMillis() + 100 - age;
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
    }

    private byte[] bytes(Project p) {
        return io.toJson(p).getBytes(StandardCharsets.UTF_8);
    }

    /** A project with {@code vehicles} vehicles, so the backup copy has a "half" worth stopping in. */
    static Project project(String name, int vehicles) {
        VehicleType t = new VehicleType("t", null, VehicleCategory.CAR, 60, 1800, 0.3, 0.01, 2.2, 0, 0, 0, 0, null);
        List<Vehicle> vs = new ArrayList<>();
        for (int i = 0; i < vehicles; i++) {
            vs.add(new Vehicle("v" + i, null, "t", new GeoPoint(19 + i * 1e-5, 50), 30, 0, null, null));
        }
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, name, null, null, null, null,
                new Fleet(List.of(t), vs), null, null, null);
    }
}
