package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.EdgeTaskTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evwb import}: a good file changes the project (saved atomically, in place with a .bak or to --out) and the
 * study builds on it; a bad row is refused naming the file, the row and the column, and the project file is left
 * byte for byte as it was.
 */
class ImportCliTest {

    @TempDir
    Path dir;

    private Path copy(String sample) throws Exception {
        Path p = dir.resolve(sample);
        Files.copy(Path.of("sample-projects", sample), p);
        return p;
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anEdgeTaskTraceReplacesTheRecipesDayAndSolvesThroughTheChecker() throws Exception {
        Path project = copy("edge-small.evwb.json");
        Path out = dir.resolve("traced.evwb.json");
        Path trace = csv("trace.csv", "arrivalSlot,deadlineSlot,utilisation\n40,42,1\n40,41,1\n41,47,1\n"
                + "50,52,1\n95,96,1\n");
        CliRunner.Run r = CliRunner.run("import", "edge", "tasks", trace.toString(), "--project", project.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("5 tasks over 96 slots from trace.csv"), r.out());
        Project p = new ProjectIO().load(out);
        assertTrue(EdgeTaskTable.present(p));
        EdgeStudy study = new EdgeStudy();
        EdgeInstance in = study.buildInstance(p, p.studyConfig(EdgeStudy.ID).orElseThrow());
        assertEquals(5, in.taskCount(), "the trace's tasks, not the recipe's 400");
        var snb = study.solver("snb").orElseThrow();
        EdgeSchedule s = snb.create(snb.defaults()).solve(in, RunContext.of(1));
        assertTrue(study.checker().check(in, s).isEmpty(), "the schedule on the imported day passes the checker");
        assertTrue(s.revenue() > 0 && s.revenue() <= 5, "unit revenue: at most one per task, was " + s.revenue());
        assertEquals(Files.readString(Path.of("sample-projects/edge-small.evwb.json")), Files.readString(project),
                "--out leaves the project as it was");
        // and the CLI solves it like any project
        CliRunner.Run solve = CliRunner.run("solve", out.toString(), "--study", "edge", "--solver", "snb");
        assertEquals(0, solve.exitCode(), solve.toString());
    }

    @Test
    void aBadTaskRowIsRefusedNamingFileRowAndColumnAndTheProjectIsUntouched() throws Exception {
        Path project = copy("edge-small.evwb.json");
        byte[] before = Files.readAllBytes(project);
        Path trace = csv("bad-trace.csv", "arrivalSlot,deadlineSlot,utilisation\n40,42,1\n7,4,1\n");
        CliRunner.Run r = CliRunner.run("import", "edge", "tasks", trace.toString(), "--project", project.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("bad-trace.csv") && r.err().contains("row 3, column deadlineSlot")
                && r.err().contains("d ≥ a + 1"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
        assertArrayEquals(before, Files.readAllBytes(project), "the project file is untouched");
        assertFalse(Files.exists(ProjectIO.backupOf(project)), "nothing was saved, so no backup either");
    }

    @Test
    void aSolarDayReplacesTheServersSeriesInPlaceAndABadTimestampNamesItsRow() throws Exception {
        Path project = copy("edge-small.evwb.json");
        StringBuilder good = new StringBuilder("timestamp,W\n");
        StringBuilder gap = new StringBuilder("timestamp,W\n");
        for (int t = 0; t < 96; t++) {
            String time = String.format("2019-06-01T%02d:%02d", t / 4, 15 * (t % 4));
            good.append(time).append(',').append(t >= 24 && t < 80 ? 1500 : 0).append('\n');
            gap.append(t == 10 ? "2019-06-01T02:40" : time).append(',').append(0).append('\n');
        }
        CliRunner.Run r = CliRunner.run("import", "edge", "solar", csv("plant.csv", good.toString()).toString(),
                "--project", project.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("96 solar values (peak 1500 W) from plant.csv into series solar-small"), r.out());
        assertTrue(Files.exists(ProjectIO.backupOf(project)), "saved in place, the old file kept as .bak");
        Project p = new ProjectIO().load(project);
        TimeSeries s = p.find(TimeSeries.class, "solar-small").orElseThrow();
        assertEquals(1500, s.values().get(40));
        assertEquals(0, s.values().get(3));

        byte[] before = Files.readAllBytes(project);
        CliRunner.Run bad = CliRunner.run("import", "edge", "solar", csv("gap.csv", gap.toString()).toString(),
                "--project", project.toString());
        assertEquals(2, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("gap.csv row 12, column timestamp"), bad.err());
        assertArrayEquals(before, Files.readAllBytes(project));
        // an unknown server is refused naming the ones there are
        CliRunner.Run unknown = CliRunner.run("import", "edge", "solar", csv("plant2.csv", good.toString())
                .toString(), "--project", project.toString(), "--param", "server=nope");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no edge server 'nope'") && unknown.err().contains("edge-small"),
                unknown.err());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aSolarDayForOneOfTwoServersSharingASeriesGivesThatServerItsOwn() throws Exception {
        Path project = copy("edge-small.evwb.json");
        Project p = new ProjectIO().load(project);
        EdgeServer one = p.infrastructure().edgeServers().get(0);
        EdgeServer two = new EdgeServer("edge-two", "Second", one.position(), 8, 2000, 500, one.batteryKind(), 0,
                one.solarSeriesId());
        new ProjectIO().save(p.appendAll(List.of(two)), project);
        StringBuilder good = new StringBuilder("W\n");
        for (int t = 0; t < 96; t++) {
            good.append(t % 7 * 100).append('\n');
        }
        Path file = csv("two.csv", good.toString());
        CliRunner.Run ask = CliRunner.run("import", "edge", "solar", file.toString(), "--project", project.toString());
        assertEquals(2, ask.exitCode(), ask.toString());
        assertTrue(ask.err().contains("which server's solar is it?") && ask.err().contains("edge-two"), ask.err());
        CliRunner.Run r = CliRunner.run("import", "edge", "solar", file.toString(), "--project", project.toString(),
                "--param", "server=edge-two");
        assertEquals(0, r.exitCode(), r.toString());
        Project after = new ProjectIO().load(project);
        assertEquals("edge-two-solar", after.find(EdgeServer.class, "edge-two").orElseThrow().solarSeriesId());
        assertEquals("solar-small", after.find(EdgeServer.class, one.id()).orElseThrow().solarSeriesId(),
                "the other server keeps the shared series");
        assertEquals(p.find(TimeSeries.class, "solar-small").orElseThrow(), after.find(TimeSeries.class,
                "solar-small").orElseThrow());
    }

    @Test
    void aV2gMarketDayReplacesThePriceAndVolumeAndABadPriceNamesItsRow() throws Exception {
        Path project = copy("v2g-fleet.evwb.json");
        StringBuilder good = new StringBuilder("timestamp,price,volume\n");
        StringBuilder bad = new StringBuilder("timestamp,price,volume\n");
        for (int k = 0; k < 48; k++) {
            int min = 18 * 60 + 15 * k;
            String time = String.format("2019-03-%02dT%02d:%02d", 1 + min / 1440, min / 60 % 24, min % 60);
            good.append(time).append(',').append(0.10 + 0.001 * k).append(',').append(k % 5 * 10).append('\n');
            bad.append(time).append(',').append(k == 3 ? "abc" : "0.1").append(",0\n");
        }
        byte[] before = Files.readAllBytes(project);
        CliRunner.Run no = CliRunner.run("import", "v2g", "market", csv("bad-market.csv", bad.toString()).toString(),
                "--project", project.toString());
        assertEquals(2, no.exitCode(), no.toString());
        assertTrue(no.err().contains("bad-market.csv row 5, column price"), no.err());
        assertArrayEquals(before, Files.readAllBytes(project));

        CliRunner.Run r = CliRunner.run("import", "v2g", "market", csv("market.csv", good.toString()).toString(),
                "--project", project.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("48 slots of 15 min from market.csv into price, residual"), r.out());
        Project p = new ProjectIO().load(project);
        assertEquals(0.10 + 0.001 * 7, p.find(TimeSeries.class, "price").orElseThrow().values().get(7), 1e-12);
        assertEquals(1080, p.find(TimeSeries.class, "residual").orElseThrow().startMin());
        CliRunner.Run solve = CliRunner.run("solve", project.toString(), "--study", "v2g", "--solver", "greedy");
        assertEquals(0, solve.exitCode(), solve.toString());
    }

    @Test
    void theListNamesEveryImportAndAnUnknownKindNamesTheKnownOnes() throws Exception {
        CliRunner.Run list = CliRunner.run("import", "--list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("tasks: Task trace (CSV)") && list.out().contains("solar: ")
                && list.out().contains("market: ") && list.out().contains("--param server="), list.out());
        Path project = copy("edge-small.evwb.json");
        CliRunner.Run r = CliRunner.run("import", "edge", "weather", csv("w.csv", "a\n1\n").toString(), "--project",
                project.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no import 'weather'") && r.err().contains("tasks, solar"), r.err());
    }
}
