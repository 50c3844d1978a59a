package org.evwb.cli;

import static org.evwb.cli.CliRunner.resource;
import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.study.Studies;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve writes a result, check re-verifies it independently; exit codes for infeasible, cancelled, bad input. */
class SolveAndCheckTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final Path project = resource("small.evwb.json");

    @TempDir
    Path dir;

    @Test
    void solveWritesAResultThatCheckAccepts() throws Exception {
        Path out = dir.resolve("greedy.json");
        CliRunner.Run solve = run("solve", project.toString(), "--study", "demo", "--solver", "greedy",
                "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        assertEquals("", solve.err(), "stdout and stderr stay clean of progress when stderr is not a terminal");
        assertTrue(solve.out().contains("status: completed"), solve::toString);
        assertTrue(solve.out().contains("checker: feasible"), solve::toString);
        assertTrue(solve.out().contains("compute carbon: ") && solve.out().contains("(estimate: "), solve::toString);

        ResultFile result = ResultFile.read(out, mapper);
        assertEquals(RunStatus.COMPLETED, result.report().status());
        assertEquals(0, result.report().seed(), "--seed defaults to 0");
        assertTrue(result.report().feasible());
        assertEquals(3.0, result.report().objectives().get("assignedVehicles"));

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE: the independent checker found no violations"), check::toString);
        assertFalse(check.out().contains("note:"), check::toString);
    }

    @Test
    void localSearchFindsTheBruteForceOptimumAndRecordsSeedAndParameters() throws Exception {
        Path out = dir.resolve("ls.json");
        CliRunner.Run solve = run("solve", project.toString(), "--study", "demo", "--solver", "local-search",
                "--seed", "42", "--param", "maxRounds=7", "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        ResultFile result = ResultFile.read(out, mapper);
        assertEquals(42, result.report().seed());
        assertEquals(7, ((Number) result.report().parameters().get("maxRounds")).intValue());
        assertEquals(bruteForceOptimumKm(), result.report().objectives().get("totalDistanceKm"), 1e-9);

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
    }

    /** Every assignment of 3 vehicles to 2 stations (capacity 1 and 2): the least total distance. */
    private double bruteForceOptimumKm() throws ProjectFileException {
        DemoStudy study = new DemoStudy();
        DemoInstance in = study.buildInstance(new ProjectIO().load(project), null);
        int n = in.vehicles().size();
        int m = in.stations().size();
        double best = Double.POSITIVE_INFINITY;
        int[] st = new int[n];
        for (int code = 0; code < Math.pow(m, n); code++) {
            int c = code;
            int[] load = new int[m];
            double total = 0;
            for (int v = 0; v < n; v++) {
                st[v] = c % m;
                c /= m;
                load[st[v]]++;
                total += in.distanceKm(v, st[v]);
            }
            boolean fits = true;
            for (int j = 0; j < m; j++) {
                fits &= load[j] <= in.capacity()[j];
            }
            if (fits) {
                best = Math.min(best, total);
            }
        }
        return best;
    }

    @Test
    void checkCatchesATamperedResultAndNamesTheViolation() throws Exception {
        Path out = dir.resolve("tampered.json");
        assertEquals(0, run("solve", project.toString(), "--study", "demo", "--solver", "greedy",
                "--out", out.toString()).exitCode());
        ObjectNode root = (ObjectNode) mapper.readTree(out.toFile());
        // Send every vehicle to North, which has one charger: two vehicles over its capacity.
        root.withArray("/solution/assignments").forEach(a -> ((ObjectNode) a).put("station", "cs-north"));
        mapper.writeValue(out.toFile(), root);

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(1, check.exitCode(), check::toString);
        // the capacity, and the distances the file still reports for the vehicles' former stations
        assertTrue(check.out().contains("INFEASIBLE: 3 violations"), check::toString);
        assertTrue(check.out().contains("station-capacity: station cs-north gets 3 vehicles for 1 chargers"),
                check::toString);
        assertEquals(2, check.out().lines().filter(l -> l.contains("reported-figure: $.solution.assignments[?(@"
                + ".vehicle == 'ev-") && l.contains("].distanceKm reports ")).count(), check::toString);
        assertTrue(check.out().contains("note: the result file records feasible = true"), check::toString);
    }

    @Test
    void checkNamesTheJsonPathOfAnUnreadableSolution() throws Exception {
        Path out = dir.resolve("unknown-vehicle.json");
        assertEquals(0, run("solve", project.toString(), "--study", "demo", "--solver", "greedy",
                "--out", out.toString()).exitCode());
        ObjectNode root = (ObjectNode) mapper.readTree(out.toFile());
        ((ObjectNode) root.withArray("/solution/assignments").get(1)).put("vehicle", "ev-99");
        mapper.writeValue(out.toFile(), root);

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(2, check.exitCode(), check::toString);
        assertTrue(check.err().startsWith(out + ": $.solution.assignments[1].vehicle: unknown vehicle"),
                check::toString);

        CliRunner.Run notAResult = run("check", project.toString(), project.toString());
        assertEquals(2, notAResult.exitCode(), notAResult::toString);
        assertTrue(notAResult.err().startsWith(project + ": $.format: "), notAResult::toString);
    }

    @Test
    void unknownIdsListTheValidOnes() {
        CliRunner.Run solver = run("solve", project.toString(), "--study", "demo", "--solver", "anneal");
        assertEquals(2, solver.exitCode(), solver::toString);
        assertTrue(solver.err().contains("unknown solver 'anneal'") && solver.err().contains("greedy, local-search"),
                solver::toString);

        CliRunner.Run study = run("solve", project.toString(), "--study", "motorwy", "--solver", "greedy");
        assertEquals(2, study.exitCode(), study::toString);
        assertTrue(study.err().contains("unknown study 'motorwy'") && study.err().contains("valid studies: demo"),
                study::toString);
    }

    @Test
    void badSolveInputExitsTwoAndSaysWhy() {
        String p = project.toString();
        CliRunner.Run param = run("solve", p, "--study", "demo", "--solver", "local-search", "--param", "rounds=3");
        assertEquals(2, param.exitCode(), param::toString);
        assertTrue(param.err().contains("'rounds'") && param.err().contains("maxRounds"), param::toString);

        CliRunner.Run value = run("solve", p, "--study", "demo", "--solver", "local-search", "--param",
                "maxRounds=many");
        assertEquals(2, value.exitCode(), value::toString);

        CliRunner.Run limit = run("solve", p, "--study", "demo", "--solver", "greedy", "--time-limit", "0");
        assertEquals(2, limit.exitCode(), limit::toString);
        assertTrue(limit.err().contains("--time-limit"), limit::toString);

        CliRunner.Run overwrite = run("solve", p, "--study", "demo", "--solver", "greedy", "--out", p);
        assertEquals(2, overwrite.exitCode(), overwrite::toString);

        CliRunner.Run malformed = run("solve", resource("malformed.evwb.json").toString(), "--study", "demo",
                "--solver", "greedy");
        assertEquals(2, malformed.exitCode(), malformed::toString);
        assertTrue(malformed.err().contains("$.fleet.vehicles[0].typeId"), malformed::toString);
    }

    @Test
    void aProjectWithoutStationsIsBadInputNamingTheFile() throws IOException {
        Path empty = dir.resolve("empty.evwb.json");
        Files.writeString(empty, "{\"format\": \"evwb-project\", \"version\": 1}");
        CliRunner.Run r = run("solve", empty.toString(), "--study", "demo", "--solver", "greedy");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith(empty + ": $.infrastructure.chargingStations: "), r::toString);
    }

    @Test
    void ctrlCCancelsTheRunAndStillWritesTheResult() throws Exception {
        Path out = dir.resolve("cancelled.json");
        AtomicInteger closed = new AtomicInteger();
        // A Ctrl+C that arrives as soon as the handler is in place, i.e. before the solver starts.
        Interrupts pressedAtOnce = action -> {
            action.run();
            return closed::incrementAndGet;
        };
        CliRunner.Run r = run(env -> env.withInterrupts(pressedAtOnce), "solve", project.toString(), "--study", "demo",
                "--solver", "greedy", "--out", out.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("status: cancelled"), r::toString);
        assertEquals(1, closed.get(), "the handler is released once the result is written");
        ObjectNode written = (ObjectNode) mapper.readTree(out.toFile());
        assertEquals("cancelled", written.get("status").asText());
        assertFalse(written.get("feasible").asBoolean());

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(2, check.exitCode(), "a cancelled run has no solution to check: " + check);
        assertTrue(check.err().contains("$.solution"), check::toString);
    }

    @Test
    void ctrlCMidRunKeepsTheBestSoFarCheckedAndCheckAgrees() throws Exception {
        Path out = dir.resolve("cancelled-mid-run.json");
        // Ctrl+C 0.3 s into a local search that pauses 1 s per step: the greedy start stands and the first step is
        // still in its pause (a whole round of the three vehicles takes 3 s, so the run cannot end first)
        Interrupts pressedMidRun = action -> {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                action.run();
            });
            t.setDaemon(true);
            t.start();
            return () -> { };
        };
        CliRunner.Run r = run(env -> env.withInterrupts(pressedMidRun), "solve", project.toString(), "--study", "demo",
                "--solver", "local-search", "--param", "pauseMillisPerStep=1000", "--out", out.toString());
        assertEquals(1, r.exitCode(), "a cancelled run is never a success: " + r);
        assertTrue(r.out().contains("status: cancelled"), r::toString);
        assertTrue(r.out().contains("checker: best so far is feasible (no violations)"), r::toString);
        ResultFile written = ResultFile.read(out, mapper);
        assertEquals(RunStatus.CANCELLED, written.report().status());
        assertTrue(written.solution().path("assignments").size() > 0, "the best so far is in the result file");

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("status cancelled"), check::toString);
        assertTrue(check.out().contains("FEASIBLE: the independent checker found no violations"), check::toString);
        assertFalse(check.out().contains("note:"), "the file's verdict and the check agree: " + check);
    }

    @Test
    void aTimeLimitKeepsTheBestSoFar() throws Exception {
        Path out = dir.resolve("limited.json");
        // 100 ms per step against a 50 ms limit: the limit is certainly reached at the second step.
        CliRunner.Run r = run("solve", project.toString(), "--study", "demo", "--solver", "local-search",
                "--param", "pauseMillisPerStep=100", "--time-limit", "0.05", "--out", out.toString());
        assertEquals(0, r.exitCode(), "the greedy start is feasible: " + r);
        assertEquals(RunStatus.TIME_LIMIT, ResultFile.read(out, mapper).report().status());
        assertEquals(0, run("check", project.toString(), out.toString()).exitCode());
    }

    @Test
    void progressGoesToStderrOnlyAndOnlyWhenAsked() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment terminal = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true),
                Studies.standard(), true, Interrupts.NONE, ComputeCarbon.Settings.DEFAULT);
        int code = EvwbCommand.execute(terminal, "solve", project.toString(), "--study", "demo", "--solver",
                "local-search");
        assertEquals(0, code, () -> out + "\n" + err);
        assertTrue(err.toString().contains("\r"), "progress line on stderr: " + err);
        assertFalse(out.toString().contains("\r"), "stdout stays clean: " + out);
        assertTrue(out.toString().startsWith("study demo, solver local-search, seed 0"), out::toString);
    }
}
