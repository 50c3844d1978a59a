package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyPreset;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every solver through the checker, against exact answers: tiny nights solved by {@code milp} to proven optimality
 * and cross-checked by brute force over every schedule on the 2.5 kWh grid; {@code adp} and {@code greedy} never
 * below the MILP's bound on generated fleets and the sample at each level.
 */
class V2gSolversTest {

    private final V2gStudy study = new V2gStudy();
    private final V2gChecker checker = new V2gChecker();

    /** Two EVs over five slots with data on the 2.5 kWh grid: every optimum of L0–L2 lies on that grid. */
    private static V2gInstance tiny(int level, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] evs = new double[2][];
        for (int i = 0; i < evs.length; i++) {
            double init = 2.5 * (1 + r.nextInt(4));
            evs[i] = new double[]{init, Math.min(20, init + 2.5 * r.nextInt(3))};
        }
        if (level == 0) {
            evs[1] = evs[0].clone();
        }
        int n = 5;
        double[] vol = new double[n];
        double[] price = new double[n];
        for (int k = 0; k < n; k++) {
            vol[k] = 2.5 * (r.nextInt(5) - 2);
            price[k] = 0.05 + 0.3 * r.nextDouble();
        }
        if (seed % 3 == 0) {
            price[r.nextInt(n)] = -0.2; // a negative-price slot below −σ: the MILP needs its binary
        }
        return V2gTestData.instance(level, evs, vol, price, 0.05, 10.0);
    }

    /** The cheapest schedule with every energy in {−2.5, 0, 2.5} that the checker accepts (all 3^10 for two EVs and five slots). */
    private double bruteForce(V2gInstance in) {
        int d = in.evCount();
        int n = in.slotCount();
        int cells = d * n;
        double best = Double.POSITIVE_INFINITY;
        int total = (int) Math.pow(3, cells);
        double[][] mu = new double[d][n];
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int j = 0; j < cells; j++) {
                mu[j / n][j % n] = 2.5 * (c % 3 - 1);
                c /= 3;
            }
            V2gSchedule s = new V2gSchedule(mu, null, null, null);
            double cost = in.cost(s.fleetKWhPerSlot(n));
            if (cost < best && checker.check(in, s).isEmpty()) {
                best = cost;
            }
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void milpIsProvenOptimalOnTinyNightsAndAgreesWithBruteForce(int level) {
        for (long seed = 1; seed <= 4; seed++) {
            V2gInstance in = tiny(level, seed);
            V2gSchedule s = new V2gMilp(V2gMilp.Parameters.DEFAULT).solve(in, RunContext.of(seed));
            assertEquals(List.of(), checker.check(in, s), "seed " + seed);
            assertNotNull(s.lowerBound(), "a bound");
            assertTrue(s.relativeGap() <= 1e-4, "proven optimal, gap " + s.relativeGap() + " seed " + seed);
            double brute = bruteForce(in);
            if (level < 3) {
                assertEquals(brute, s.reportedCost(), 1e-6, "L" + level + " seed " + seed + ": " + s.method());
            } else {
                // L3's MILP may use activity off the 2.5 kWh grid; it can only be cheaper than the grid's best
                assertTrue(s.reportedCost() <= brute + 1e-6, s.reportedCost() + " vs brute force " + brute);
            }
            for (var heuristic : List.of(new V2gAdp(V2gAdp.Parameters.DEFAULT), new V2gGreedy())) {
                V2gSchedule h = heuristic.solve(in, RunContext.of(seed));
                assertEquals(List.of(), checker.check(in, h), heuristic.id());
                assertTrue(h.reportedCost() >= s.lowerBound() - 1e-6, heuristic.id() + " below the bound");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void heuristicsStayFeasibleAndAboveTheMilpBoundOnGeneratedFleets(int level) throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(12).withLevel(level),
                    seed);
            V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
            assertEquals(level, in.level());
            V2gSchedule milp = new V2gMilp(new V2gMilp.Parameters(V2gMilp.Backend.AUTO, 20, 1e-4, true, 2000, 2,
                    true)).solve(in, RunContext.of(seed));
            assertEquals(List.of(), checker.check(in, milp), milp.method());
            assertNotNull(milp.lowerBound());
            for (SolverSpec<V2gInstance, V2gSchedule> spec : study.solvers()) {
                V2gSchedule s = spec.create(spec.defaults()).solve(in, RunContext.of(seed));
                List<Violation> v = checker.check(in, s);
                assertEquals(List.of(), v, spec.id() + " L" + level + " seed " + seed);
                assertTrue(s.reportedCost() >= milp.lowerBound() - 1e-6 * Math.abs(milp.lowerBound()),
                        spec.id() + " " + s.reportedCost() + " below the bound " + milp.lowerBound());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"l0", "l1", "l2", "l3"})
    void theSampleSolvesAtEveryLevel(String presetId) throws Exception {
        Project sample = study.sampleProject().orElseThrow();
        StudyPreset preset = study.parameters().preset(presetId).orElseThrow();
        V2gInstance in = study.buildInstance(sample, sample.studyConfig(V2gStudy.ID).orElseThrow()
                .withPreset(preset.id()));
        assertEquals(Integer.parseInt(presetId.substring(1)), in.level());
        V2gSchedule milp = new V2gMilp(V2gMilp.Parameters.DEFAULT).solve(in, new RunContext(1,
                java.time.Duration.ofSeconds(60), null));
        assertEquals(List.of(), checker.check(in, milp));
        for (String id : List.of("adp", "greedy")) {
            SolverSpec<V2gInstance, V2gSchedule> spec = study.solver(id).orElseThrow();
            V2gSchedule s = spec.create(spec.withOverrides(Map.of())).solve(in, RunContext.of(1));
            assertEquals(List.of(), checker.check(in, s), id);
            if (milp.lowerBound() != null) {
                assertTrue(s.reportedCost() >= milp.lowerBound() - 1e-6, id + " below the bound");
            }
        }
    }
}
