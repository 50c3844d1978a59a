package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.evwb.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIOTest {

    @TempDir
    Path dir;

    private final ProjectIO io = new ProjectIO();

    @Test
    void fullProjectRoundTripsEqual() throws Exception {
        Project p = TestProjects.full();
        assertEquals(List.of(), new ProjectValidator().validate(p), "the fixture itself is valid");
        Path f = dir.resolve("full.evwb.json");
        io.save(p, f);
        Project back = io.load(f);
        assertEquals(p, back);
        for (EntityKind k : EntityKind.values()) {
            assertFalse(back.entities(k).isEmpty(), "fixture covers " + k);
            assertEquals(p.entities(k), back.entities(k));
        }
        // a second save of the reloaded project writes the same bytes: nothing drifts
        Path g = dir.resolve("again.evwb.json");
        io.save(back, g);
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g));
    }

    @Test
    void optionalFieldsAbsentRoundTrip() throws Exception {
        Project p = TestProjects.minimal();
        Path f = dir.resolve("min.evwb.json");
        io.save(p, f);
        String text = Files.readString(f);
        assertFalse(text.contains("null"), "absent optional fields are left out, not written as null: " + text);
        assertEquals(p, io.load(f));
    }

    @Test
    void optionalFieldsMayBeLeftOutOfTheFile() throws Exception {
        String json = """
                {"format": "evwb-project", "version": 1,
                 "fleet": {"vehicleTypes": [{"id": "t", "category": "car", "batteryCapacityKWh": 40, "massKg": 1500,
                   "dragCoefficient": 0.3, "rollingResistance": 0.01, "frontalAreaM2": 2.2}],
                  "vehicles": [{"id": "v", "typeId": "t", "position": [0.5, 51], "socKWh": 10}]},
                 "infrastructure": {"chargingStations": [{"id": "cs", "position": [0.5, 51], "chargers": []}]}}
                """;
        Project p = io.read(json.getBytes(StandardCharsets.UTF_8), "test");
        Vehicle v = p.fleet().vehicles().get(0);
        assertEquals(null, v.targetSocKWh());
        assertEquals(null, v.trip());
        assertEquals(0, v.speedKmh());
        assertEquals("", p.name());
        assertEquals(Project.DEFAULT_CURRENCY, p.currencyLabel());
        assertEquals(null, p.infrastructure().chargingStations().get(0).chainageKm());
        assertEquals(new GeoPoint(0.5, 51), v.position());
    }

    @Test
    void saveKeepsPreviousVersionAsBak() throws Exception {
        Path f = dir.resolve("p.evwb.json");
        io.save(TestProjects.minimal().withName("first"), f);
        byte[] first = Files.readAllBytes(f);
        io.save(TestProjects.minimal().withName("second"), f);
        Path bak = ProjectIO.backupOf(f);
        assertEquals("p.evwb.json.bak", bak.getFileName().toString());
        assertArrayEquals(first, Files.readAllBytes(bak));
        assertEquals("second", io.load(f).name());
        assertEquals("first", io.load(bak).name());
        try (var s = Files.list(dir)) {
            assertEquals(List.of("p.evwb.json", "p.evwb.json.bak"), s.map(x -> x.getFileName().toString()).sorted()
                    .toList(), "no temp files left behind");
        }
    }

    @Test
    void invalidProjectIsNotSavedAndOldFileUntouched() throws Exception {
        Path f = dir.resolve("p.evwb.json");
        io.save(TestProjects.full(), f);
        byte[] before = Files.readAllBytes(f);
        Project bad = TestProjects.full().replace(new EntityRef(EntityKind.VEHICLE, "v1"),
                new Vehicle("v1", null, "leaf", new GeoPoint(19, 50), -5, 0, null, null));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> io.save(bad, f));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.fleet.vehicles[0].socKWh")
                && p.message().contains("-5 is below 0")), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertFalse(Files.exists(ProjectIO.backupOf(f)), "a refused save does not even touch the backup");
        assertOnlyFiles("p.evwb.json");
    }

    @Test
    void projectWithNullRequiredFieldIsRefusedOnSave() {
        Project bad = TestProjects.minimal().withStudies(List.of(new StudyConfig("s", null, null, null)));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> io.save(bad, dir.resolve("x.evwb.json")));
        assertEquals("$.studies[0].study", e.problems().get(0).path());
        assertFalse(Files.exists(dir.resolve("x.evwb.json")));
    }

    @Test
    void unwritableBackupLeavesOldFileByteIdentical() throws Exception {
        Path f = dir.resolve("p.evwb.json");
        io.save(TestProjects.minimal().withName("old"), f);
        byte[] before = Files.readAllBytes(f);
        // a non-empty directory where the backup goes: the save cannot complete
        Path bak = ProjectIO.backupOf(f);
        Files.createDirectories(bak);
        Files.writeString(bak.resolve("blocker"), "x");
        assertThrows(IOException.class, () -> io.save(TestProjects.minimal().withName("new"), f));
        assertArrayEquals(before, Files.readAllBytes(f));
        assertOnlyFiles("p.evwb.json", "p.evwb.json.bak");
    }

    @Test
    void unserialisableProjectFailsWithoutTouchingTheFile() throws Exception {
        Path f = dir.resolve("p.evwb.json");
        io.save(TestProjects.minimal(), f);
        byte[] before = Files.readAllBytes(f);
        Project odd = TestProjects.minimal().withGenerators(List.of(
                new GeneratorRecipe("g", "x", 1, Map.of("thing", new Object()))));
        assertThrows(IOException.class, () -> io.save(odd, f));
        assertArrayEquals(before, Files.readAllBytes(f));
        assertOnlyFiles("p.evwb.json");
    }

    @Test
    void failedLoadNeverModifiesTheFile() throws Exception {
        Path f = dir.resolve("bad.evwb.json");
        Files.writeString(f, "{\"format\": \"evwb-project\", \"version\": 1, \"fleet\": {\"vehicles\": [{}]}}");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(f);
        assertThrows(ProjectFileException.class, () -> io.load(f));
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(f));
        assertOnlyFiles("bad.evwb.json");
    }

    @Test
    void migrationOfOlderFileDoesNotRewriteIt() throws Exception {
        Path f = dir.resolve("old.evwb.json");
        Files.writeString(f, "{\"format\": \"evwb-project\", \"version\": 1, \"title\": \"Old\"}");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(f);
        Project p = new ProjectIO(renameTitleMigration(), ProjectIO.MAX_FILE_BYTES).load(f);
        assertEquals("Old", p.name());
        assertArrayEquals(before, Files.readAllBytes(f));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(f));
    }

    @Test
    void newerVersionIsRefusedWithClearMessage() {
        byte[] json = "{\"format\": \"evwb-project\", \"version\": 7}".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> io.read(json, "new.evwb.json"));
        Problem p = e.problems().get(0);
        assertEquals("$.version", p.path());
        assertTrue(p.message().contains("version 7") && p.message().contains("newer")
                && p.message().contains("up to " + Project.CURRENT_VERSION), p.message());
        assertTrue(e.getMessage().startsWith("new.evwb.json: $.version:"), e.getMessage());
    }

    @Test
    void migrationStepRunsFromOneToTwo() throws Exception {
        ProjectIO v2 = new ProjectIO(renameTitleMigration(), ProjectIO.MAX_FILE_BYTES);
        Project p = v2.read("{\"format\": \"evwb-project\", \"version\": 1, \"title\": \"Migrated\"}"
                .getBytes(StandardCharsets.UTF_8), "v1");
        assertEquals("Migrated", p.name(), "the step moved 'title' to 'name'");
        assertEquals(2, p.version(), "the migrated project carries the version it was brought to");
        // a version-2 file is read as is, the step does not run
        Project q = v2.read("{\"format\": \"evwb-project\", \"version\": 2, \"name\": \"Two\"}"
                .getBytes(StandardCharsets.UTF_8), "v2");
        assertEquals("Two", q.name());
        // and without the migration the current build does not know the old field
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> v2.read(
                "{\"format\": \"evwb-project\", \"version\": 2, \"title\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "v2"));
        assertEquals("$.title", e.problems().get(0).path());
        assertEquals(1, new ProjectMigrations(Map.of(1, t -> t), 2).oldestSupported());
    }

    @Test
    void failingMigrationStepIsReportedNotThrown() {
        UnaryOperator<ObjectNode> boom = t -> {
            throw new IllegalStateException("step broke");
        };
        ProjectIO v2 = new ProjectIO(new ProjectMigrations(Map.of(1, boom), 2), ProjectIO.MAX_FILE_BYTES);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> v2.read(
                "{\"format\": \"evwb-project\", \"version\": 1}".getBytes(StandardCharsets.UTF_8), "v1"));
        assertEquals("$.version", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("step broke"));
    }

    @Test
    void versionOlderThanAnyMigrationIsRefused() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> io.read(
                "{\"format\": \"evwb-project\", \"version\": 0}".getBytes(StandardCharsets.UTF_8), "v0"));
        assertEquals("$.version", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("older"), e.getMessage());
    }

    @Test
    void fileOverSizeLimitIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("big.evwb.json");
        io.save(TestProjects.full(), f);
        long size = Files.size(f);
        ProjectIO small = new ProjectIO(ProjectMigrations.standard(), size - 1);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> small.load(f));
        assertEquals("$", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("larger than"), e.getMessage());
        assertEquals(TestProjects.full(), new ProjectIO(ProjectMigrations.standard(), size).load(f),
                "a file exactly at the limit is accepted");
        assertEquals(50L * 1024 * 1024, ProjectIO.MAX_FILE_BYTES);
    }

    @Test
    void nestingDeeperThanLimitIsRefused() {
        String deep = "{\"format\": \"evwb-project\", \"version\": 1, \"generators\": [{\"id\": \"g\", "
                + "\"generator\": \"x\", \"seed\": 1, \"parameters\": {\"a\": " + "[".repeat(70) + "]".repeat(70)
                + "}}]}";
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> io.read(deep.getBytes(StandardCharsets.UTF_8), "deep"));
        assertTrue(e.problems().get(0).message().contains("nested deeper than 64"), e.getMessage());
        assertEquals("$.generators[0].parameters.a", e.problems().get(0).path(), "where the deep value starts");
        assertTrue(e.problems().get(0).message().startsWith("line 1, column "), e.getMessage());
        // 50 levels of the same shape are fine
        String ok = deep.replace("[".repeat(70), "[".repeat(50)).replace("]".repeat(70), "]".repeat(50));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> io.read(ok.getBytes(StandardCharsets.UTF_8), "ok"));
    }

    @Test
    void polymorphicTypeIdsAreUnknownFieldsNotClassNames() {
        for (String key : List.of("@class", "@type", "@c")) {
            String json = "{\"format\": \"evwb-project\", \"version\": 1, \"infrastructure\": {\"chargingStations\": "
                    + "[{\"" + key + "\": \"java.lang.ProcessBuilder\", \"id\": \"cs\", \"position\": [1, 2], "
                    + "\"chargers\": []}]}}";
            ProjectFileException e = assertThrows(ProjectFileException.class,
                    () -> io.read(json.getBytes(StandardCharsets.UTF_8), "poly"));
            Problem p = e.problems().get(0);
            assertEquals("$.infrastructure.chargingStations[0]." + key, p.path());
            assertTrue(p.message().startsWith("unknown field '" + key + "'"), p.message());
        }
        // the mapper itself (used for result files too) has no default typing either
        assertEquals(null, io.mapper().getDeserializationConfig().getDefaultTyper(null));
    }

    @Test
    void generatorParametersCannotSmuggleTypes() throws Exception {
        String json = "{\"format\": \"evwb-project\", \"version\": 1, \"generators\": [{\"id\": \"g\", "
                + "\"generator\": \"x\", \"seed\": 1, \"parameters\": {\"p\": [\"java.net.URL\", \"http://x\"]}}]}";
        Project p = io.read(json.getBytes(StandardCharsets.UTF_8), "poly");
        assertEquals(List.of("java.net.URL", "http://x"), p.generators().get(0).parameters().get("p"),
                "a typed-looking array stays plain data");
    }

    private void assertOnlyFiles(String... names) throws IOException {
        try (var s = Files.list(dir)) {
            assertEquals(List.of(names), s.map(x -> x.getFileName().toString()).sorted().toList());
        }
    }

    private static ProjectMigrations renameTitleMigration() {
        UnaryOperator<ObjectNode> step = t -> {
            if (t.has("title")) {
                t.set("name", t.remove("title"));
            }
            return t;
        };
        return new ProjectMigrations(Map.of(1, step), 2);
    }
}
