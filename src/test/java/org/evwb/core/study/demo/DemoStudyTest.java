package org.evwb.core.study.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.solve.CancelMidRun;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in demo study through the whole pipeline: instance, solvers, runner, checker, result file. */
class DemoStudyTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final DemoStudy study = new DemoStudy();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);

    static Project project(long seed, int vehicles, int stations, int chargersEach) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Project p = Project.empty("demo");
        List<org.evwb.core.project.Entity> add = new ArrayList<>();
        add.add(new VehicleType("car", "Car", VehicleCategory.CAR, 60, 1500, 0.3, 0.01, 2.2, 0, 0, 0, 0, null));
        for (int j = 0; j < stations; j++) {
            List<Charger> ch = new ArrayList<>();
            for (int c = 0; c < chargersEach; c++) {
                ch.add(new Charger("c" + c, 50));
            }
            add.add(new ChargingStation("S" + j, "", new GeoPoint(19 + rnd.nextDouble(), 50 + rnd.nextDouble()),
                    null, null, ch));
        }
        for (int v = 0; v < vehicles; v++) {
            add.add(new Vehicle("V" + v, "", "car", new GeoPoint(19 + rnd.nextDouble(), 50 + rnd.nextDouble()),
                    20, 50, null, null));
        }
        return new AddEntities(add).apply(p);
    }

    /** Smallest total distance over every assignment (vehicles ≤ capacity, so everybody is assigned). */
    private static double bruteForce(DemoInstance in) {
        return search(in, 0, in.capacity().clone());
    }

    private static double search(DemoInstance in, int v, int[] free) {
        if (v == in.vehicles().size()) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < free.length; j++) {
            if (free[j] > 0) {
                free[j]--;
                best = Math.min(best, in.distanceKm(v, j) + search(in, v + 1, free));
                free[j]++;
            }
        }
        return best;
    }

    @Test
    void solversPassTheCheckerAndLocalSearchIsNeverWorseThanGreedy() throws Exception {
        for (long seed = 1; seed <= 30; seed++) {
            DemoInstance in = study.buildInstance(project(seed, 6, 3, 2), null);
            RunOutcome<DemoSolution> g = run("greedy", in, Map.of());
            RunOutcome<DemoSolution> ls = run("local-search", in, Map.of());
            assertEquals(List.of(), g.report().violations(), "seed " + seed);
            assertEquals(List.of(), ls.report().violations(), "seed " + seed);
            double greedy = g.report().objectives().get("totalDistanceKm");
            double local = ls.report().objectives().get("totalDistanceKm");
            double optimum = bruteForce(in);
            assertTrue(local <= greedy + 1e-9, "seed " + seed);
            assertTrue(optimum <= local + 1e-9, "seed " + seed + ": the brute force is a lower bound");
            assertEquals(6.0, ls.report().objectives().get("assignedVehicles"));
        }
    }

    @Test
    void checkerReportsOverCapacityUnknownStationsAndIdleChargers() throws Exception {
        DemoInstance in = study.buildInstance(project(3, 3, 2, 1), null);
        List<Violation> v = study.checker().check(in, new DemoSolution(new int[] {0, 0, 1}));
        assertEquals(List.of("station-capacity"), v.stream().map(Violation::constraint).toList());
        v = study.checker().check(in, new DemoSolution(new int[] {0, 5, -1}));
        assertEquals(List.of("unknown-station", "unassigned"), v.stream().map(Violation::constraint).toList());
        v = study.checker().check(in, new DemoSolution(new int[] {0}));
        assertEquals("solution-size", v.get(0).constraint());
    }

    @Test
    void projectWithoutStationsIsRefusedNamingThePath() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> study.buildInstance(Project.empty("x"), null));
        assertEquals("$.infrastructure.chargingStations", e.problems().get(0).path());
    }

    @Test
    void cancelStopsTheSlowSolverAndKeepsItsBestSoFarChecked() throws Exception {
        DemoInstance in = study.buildInstance(project(5, 40, 4, 10), null);
        // cancelled from another thread once the greedy start stands and the slow swaps have begun
        CancelMidRun cancel = CancelMidRun.onEvent("total distance km", 0);
        SolverSpec<DemoInstance, DemoSolution> spec = study.solver("local-search").orElseThrow();
        RunOutcome<DemoSolution> out = runner.run(study, spec,
                new DemoStudy.LocalSearchParameters(1000, 20), in, cancel.context(1));
        assertTrue(cancel.reached());
        assertEquals(RunStatus.CANCELLED, out.report().status());
        assertTrue(!out.report().feasible(), "a cancelled run is never reported as a feasible result");
        assertNotNull(out.solution(), "a cancel keeps the best so far, like a time limit");
        assertEquals(DemoStudy.check(in, out.solution()), out.report().violations());
        assertEquals(List.of(), out.report().violations(), "the greedy start and every swap keep it feasible");
        double start = cancel.events("total distance km").get(0).y();
        assertTrue(out.report().objectives().get("totalDistanceKm") <= start + 1e-9, "never worse than greedy");
    }

    @Test
    void timeLimitEndsTheRunWithItsBestSoFar() throws Exception {
        DemoInstance in = study.buildInstance(project(5, 40, 4, 10), null);
        RunContext ctx = new RunContext(1, Duration.ofMillis(100), null);
        RunOutcome<DemoSolution> out = runner.run(study, study.solver("local-search").orElseThrow(),
                new DemoStudy.LocalSearchParameters(1000, 5), in, ctx);
        assertEquals(RunStatus.TIME_LIMIT, out.report().status());
        assertNotNull(out.solution());
        assertEquals(List.of(), out.report().violations());
    }

    @Test
    void aThrowingSolverIsReportedAsFailedWithItsMessage() throws Exception {
        DemoInstance in = study.buildInstance(project(5, 4, 2, 2), null);
        SolverSpec<DemoInstance, DemoSolution> broken = SolverSpec.of("broken", "throws",
                new DemoStudy.GreedyParameters(), p -> new Optimizer<>() {
                    @Override
                    public String id() {
                        return "broken";
                    }

                    @Override
                    public String description() {
                        return "throws";
                    }

                    @Override
                    public DemoSolution solve(DemoInstance instance, org.evwb.core.solve.RunContext context) {
                        throw new IllegalStateException("solver exploded");
                    }
                });
        RunOutcome<DemoSolution> out = runner.run(study, broken, new DemoStudy.GreedyParameters(), in,
                RunContext.of(1));
        assertEquals(RunStatus.FAILED, out.report().status());
        assertEquals("solver exploded", out.report().error());
        assertNull(out.solution());
        assertNotNull(out.failure());
    }

    @Test
    void resultFileRoundTripsAndTheSolutionDecodesToTheSameAssignment(@TempDir Path dir) throws Exception {
        Project p = project(9, 8, 3, 3);
        DemoInstance in = study.buildInstance(p, null);
        RunOutcome<DemoSolution> out = run("greedy", in, Map.of());
        Path file = dir.resolve("r.json");
        new ResultFile(out.report(), study.solutionToJson(in, out.solution(), mapper)).write(file, mapper);
        ResultFile back = ResultFile.read(file, mapper);
        assertEquals(out.report().study(), back.report().study());
        assertEquals(out.report().solver(), back.report().solver());
        assertEquals(out.report().objectives(), back.report().objectives());
        assertEquals(out.report().status(), back.report().status());
        DemoSolution decoded = study.solutionFromJson(in, back.solution(), mapper);
        assertEquals(out.solution(), decoded);
        assertEquals(List.of(), study.checker().check(in, decoded));
        Files.writeString(file, "{\"format\":\"something-else\"}");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ResultFile.read(file, mapper));
        assertEquals("$.format", e.problems().get(0).path());
    }

    @Test
    void parameterOverridesAreTypedAndUnknownNamesAreRefused() {
        SolverSpec<DemoInstance, DemoSolution> spec = study.solver("local-search").orElseThrow();
        Record r = spec.withOverrides(Map.of("maxRounds", "7"));
        assertEquals(new DemoStudy.LocalSearchParameters(7, 0), r);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec.withOverrides(Map.of("rounds", 3)));
        assertTrue(e.getMessage().contains("maxRounds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> spec.withOverrides(Map.of("maxRounds", "many")));
    }

    @Test
    void theStandardRegistryHasTheDemoStudy() {
        StudyDefinition<?, ?> s = Studies.standard().study("demo").orElseThrow();
        assertEquals(List.of("greedy", "local-search"), s.solvers().stream().map(SolverSpec::id).toList());
    }

    private RunOutcome<DemoSolution> run(String solver, DemoInstance in, Map<String, Object> params) {
        SolverSpec<DemoInstance, DemoSolution> spec = study.solver(solver).orElseThrow();
        return runner.run(study, spec, spec.withOverrides(params), in, RunContext.of(1));
    }
}
