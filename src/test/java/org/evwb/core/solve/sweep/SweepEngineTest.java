package org.evwb.core.solve.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;

class SweepEngineTest {

    final ObjectMapper mapper = Json.newMapper();
    final SweepEngine engine = new SweepEngine(new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper));
    final DemoStudy study = new DemoStudy();

    /** A random demo instance: vehicles and stations scattered over ±0.1°, 1–3 chargers per station. */
    static DemoInstance scenario(SweepPoint p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DemoInstance.Site> vs = new ArrayList<>();
        for (int i = 0; i < p.intValue("vehicles"); i++) {
            vs.add(new DemoInstance.Site("v" + i, new GeoPoint(8 + r.nextDouble(-0.1, 0.1), 50 + r.nextDouble(-0.1,
                    0.1))));
        }
        int n = p.intValue("stations");
        List<DemoInstance.Site> ss = new ArrayList<>();
        int[] cap = new int[n];
        for (int j = 0; j < n; j++) {
            ss.add(new DemoInstance.Site("s" + j, new GeoPoint(8 + r.nextDouble(-0.1, 0.1), 50 + r.nextDouble(-0.1,
                    0.1))));
            cap[j] = 1 + r.nextInt(3);
        }
        return new DemoInstance(vs, ss, cap);
    }

    SolverSpec<DemoInstance, DemoSolution> solver(String id) {
        return study.solver(id).orElseThrow();
    }

    SweepPlan.Builder<DemoInstance, DemoSolution> plan(SweepGrid grid, int runs, int threads) {
        return SweepPlan.builder(study, SweepEngineTest::scenario).grid(grid).runs(runs).baseSeed(42)
                .threads(threads).solver(SweepSolver.of(solver("greedy"))).solver(SweepSolver.of(solver("local-search")));
    }

    static SweepGrid grid(List<Integer> vehicles) {
        return SweepGrid.of(SweepGrid.axis("vehicles", vehicles), SweepGrid.axis("stations", List.of(2, 4)));
    }

    @Test
    void sameRowsInTaskOrderForAnyThreadCountAndEveryRunChecked() {
        var p1 = plan(grid(List.of(6, 12)), 3, 1).build();
        AtomicInteger checked = new AtomicInteger();
        var one = engine.run(p1, task -> {
            // every solution passes the study's checker and the row's objectives are the solution's
            for (int k = 0; k < task.outcomes().size(); k++) {
                var sol = task.outcomes().get(k).solution();
                assertTrue(study.checker().check(task.instance(), sol).isEmpty());
                assertEquals(study.objectives(task.instance(), sol), task.rows().get(k).objectives());
            }
            checked.incrementAndGet();
            return task.task().index();
        }, RunContext.of(1));
        List<Double> progress = new ArrayList<>();
        var ctx = new RunContext(1, null, new RunListener() {
            @Override
            public synchronized void onProgress(double f, String m) {
                progress.add(f);
            }
        });
        var three = engine.run(plan(grid(List.of(6, 12)), 3, 3).build(), ctx);
        assertEquals(12, checked.get());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), one.taskOutputs(), "outputs in task order");
        assertEquals(2 * 2 * 3 * 2, one.rows().size());
        assertEquals(one.rows().stream().map(SweepRow::withoutTimings).toList(),
                three.rows().stream().map(SweepRow::withoutTimings).toList());
        assertFalse(one.cancelled() || three.cancelled());
        assertEquals(12, three.finishedTasks());
        assertEquals(12, progress.size());
        assertTrue(progress.contains(1.0));
        List<SweepTask> tasks = p1.tasks();
        for (int k = 0; k < one.rows().size(); k++) {
            SweepRow r = one.rows().get(k);
            SweepTask t = tasks.get(k / 2);
            assertEquals(t.index(), r.task());
            assertEquals(t.point().values(), r.point());
            assertEquals(t.seed(), r.seed());
            assertEquals(k % 2 == 0 ? "greedy" : "local-search", r.solver());
            assertEquals(RunStatus.COMPLETED, r.status());
            assertTrue(r.feasible() && r.violations() == 0, r.toString());
            assertTrue(r.wallSeconds() >= 0 && r.cpuSeconds() >= 0 && r.computeCo2Kg() >= 0);
            if (k % 2 == 1) {
                // local search starts from the greedy assignment and only improves it
                assertTrue(r.objective("totalDistanceKm") <= one.rows().get(k - 1).objective("totalDistanceKm")
                        + 1e-9, r.toString());
            }
        }
    }

    @Test
    void seedsDependOnThePointAndRunOnly() {
        var small = plan(grid(List.of(6)), 2, 1).build().tasks();
        var big = plan(grid(List.of(3, 6)), 2, 1).build().tasks();
        // (6, 2) run 1 is task 1 of the small grid and task 5 of the big one: same seed
        assertEquals(small.get(1).point(), big.get(5).point());
        assertEquals(small.get(1).seed(), big.get(5).seed());
        assertEquals(SweepTask.defaultSeed(42, SweepPoint.of("vehicles", 6, "stations", 2), 1), small.get(1).seed());
        assertTrue(small.get(0).seed() != small.get(1).seed());
        assertTrue(SweepTask.defaultSeed(1, SweepPoint.of("rule", "a"), 0)
                != SweepTask.defaultSeed(1, SweepPoint.of("rule", "b"), 0));
        assertTrue(SweepTask.defaultSeed(1, SweepPoint.of("x", 0.5), 0)
                != SweepTask.defaultSeed(1, SweepPoint.of("x", 0.25), 0));
    }

    @Test
    void cancelStopsTheRunningSolversAndKeepsTheFinishedTasks() {
        // tasks 0-2 (2 vehicles) finish in milliseconds; tasks 3-5 (40 vehicles, 20 ms per step) take seconds each
        var slow = new SweepSolver<>(solver("local-search"), new DemoStudy.LocalSearchParameters(1000, 20));
        SweepGrid g = SweepGrid.of(SweepGrid.axis("vehicles", List.of(2, 40)), SweepGrid.axis("stations",
                List.of(3)));
        var planned = SweepPlan.builder(study, SweepEngineTest::scenario).grid(g).runs(3).baseSeed(42).threads(2)
                .solver(slow).build();
        RunContext[] holder = new RunContext[1];
        holder[0] = new RunContext(1, null, new RunListener() {
            @Override
            public void onProgress(double f, String m) {
                if (m.startsWith("3 of")) {
                    holder[0].cancel();
                }
            }
        });
        var r = engine.run(planned, holder[0]);
        assertTrue(r.cancelled());
        // if the running 40-vehicle runs had not been cancelled they would have finished and been kept
        assertEquals(3, r.finishedTasks(), r.rows().toString());
        assertEquals(6, r.tasks());
        var reference = engine.run(SweepPlan.builder(study, SweepEngineTest::scenario)
                .grid(SweepGrid.of(SweepGrid.axis("vehicles", List.of(2)), SweepGrid.axis("stations", List.of(3))))
                .runs(3).baseSeed(42).threads(1).solver(slow).build(), RunContext.of(1));
        assertEquals(reference.rows().stream().map(SweepRow::withoutTimings).toList(),
                r.rows().stream().map(SweepRow::withoutTimings).toList());
    }

    @Test
    void cancelledBeforeStartRunsNothing() {
        RunContext ctx = RunContext.of(1);
        ctx.cancel();
        var r = engine.run(plan(grid(List.of(6)), 2, 2).build(), ctx);
        assertTrue(r.cancelled());
        assertEquals(0, r.finishedTasks());
        assertTrue(r.rows().isEmpty());
    }

    @Test
    void aTaskThatCannotBuildItsInstanceFailsTheSweepNamingIt() {
        var p = SweepPlan.builder(study, (SweepPoint pt, long seed) -> {
            if (pt.intValue("vehicles") == 12) {
                throw new IllegalArgumentException("no room for 12");
            }
            return scenario(pt, seed);
        }).grid(grid(List.of(6, 12))).threads(2).solver(SweepSolver.of(solver("greedy"))).build();
        var e = assertThrows(IllegalStateException.class, () -> engine.run(p, RunContext.of(1)));
        assertTrue(e.getMessage().contains("vehicles=12") && e.getMessage().contains("no room for 12"),
                e.getMessage());
    }

    @Test
    void rowsAsCsvAndJson() throws Exception {
        var r = engine.run(plan(grid(List.of(5)), 2, 2).build(), RunContext.of(1));
        String csv = SweepTables.toCsv(r.rows());
        List<String> lines = csv.lines().toList();
        assertEquals("vehicles,stations,task,run,seed,solver,status,feasible,violations,wallSeconds,cpuSeconds,"
                + "processCpuSeconds,computeEnergyKWh,computeCo2Kg,error,totalDistanceKm,assignedVehicles",
                lines.get(0));
        assertEquals(r.rows().size() + 1, lines.size());
        SweepRow first = r.rows().get(0);
        assertTrue(lines.get(1).startsWith("5,2,0,0," + first.seed() + ",greedy,COMPLETED,true,0,"), lines.get(1));
        JsonNode json = mapper.readTree(SweepTables.toJson(r.rows(), mapper));
        assertEquals(r.rows().size(), json.size());
        assertEquals(5, json.get(0).get("point").get("vehicles").asInt());
        assertEquals(first.objective("totalDistanceKm"), json.get(0).get("objectives").get("totalDistanceKm")
                .asDouble(), 1e-12);
        assertEquals("local-search", json.get(1).get("solver").asText());
    }

    @Test
    void badPlansAreRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> SweepGrid.of(SweepGrid.axis("seed", List.of(1))));
        assertTrue(e.getMessage().contains("clashes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.of(SweepGrid.axis("n", List.of())));
        assertThrows(IllegalArgumentException.class, () -> plan(grid(List.of(5)), 0, 1).build());
        assertThrows(IllegalArgumentException.class, () -> new SweepSolver<>(solver("greedy"),
                new DemoStudy.LocalSearchParameters(1, 0)));
    }
}
