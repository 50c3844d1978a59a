package org.evwb.core.study.netzero;

import static org.evwb.core.study.netzero.NetzeroTestSupport.instance;
import static org.evwb.core.study.netzero.NetzeroTestSupport.solve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every solver through the checker; the MILP against brute force over every subset of the admitted offers. */
class NetzeroSolversTest {

    private final NetzeroChecker checker = new NetzeroChecker();

    /** Brute force: for each subset, the least S_G meeting the rest and the unmet slack at the MILP's price. */
    private static double bruteForce(NetzeroInstance in) {
        int[] offers = in.eligible();
        NetzeroParameters p = in.parameters();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << offers.length); mask++) {
            double ev = 0;
            for (int k = 0; k < offers.length; k++) {
                if ((mask & (1 << k)) != 0) {
                    ev += in.evs().get(offers[k]).supplyKWh();
                }
            }
            double sg = NetzeroCosts.gridToMeet(in, ev);
            double cost = NetzeroCosts.gridCost(p, sg, ev) + p.unmetPenalty() * NetzeroCosts.shortfallKWh(in, sg, ev);
            best = Math.min(best, cost);
        }
        return best;
    }

    private static double milpCost(NetzeroInstance in, NetzeroSolution s) {
        double ev = 0;
        for (int i : s.taken()) {
            ev += in.evs().get(i).supplyKWh();
        }
        return NetzeroCosts.gridCost(in.parameters(), s.gridSupplyKWh(), ev)
                + in.parameters().unmetPenalty() * s.unmetKWh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cheap-offers", "dear-offers-cap-binds", "offers-exceed-demand", "no-cap"})
    void milpMatchesBruteForceOnTinyFleets(String regime) throws Exception {
        int compared = 0;
        for (long seed = 1; seed <= 40 && compared < 12; seed++) {
            Object[] values = switch (regime) {
                // below the grid's unit cost every offer is taken
                case "cheap-offers" -> new Object[] {"fleetSize", 25, "fleetSeed", seed, "initialChargeMinShare", 0.5};
                // dearer than the grid: offers only fill what the cap leaves, a subset-sum
                case "dear-offers-cap-binds" -> new Object[] {"fleetSize", 25, "fleetSeed", seed,
                        "initialChargeMinShare", 0.5, "evPricePerKWh", 20.0, "incentivePerKWh", 10.0,
                        "gridCapKWh", 150.0};
                // more on offer than demanded with the grid capped at 0: the least covering subset
                case "offers-exceed-demand" -> new Object[] {"fleetSize", 25, "fleetSeed", seed,
                        "initialChargeMinShare", 0.6, "gridCapKWh", 0.0};
                default -> new Object[] {"fleetSize", 25, "fleetSeed", seed, "gridCapKWh", 0.0,
                        "initialChargeMinShare", 0.05};
            };
            NetzeroInstance in = instance(values);
            if (in.eligible().length > 14) {
                continue;
            }
            NetzeroSolution s = solve("milp", in);
            assertEquals(List.of(), checker.check(in, s), regime + " seed " + seed);
            double brute = bruteForce(in);
            assertEquals(brute, milpCost(in, s), 1e-6 * Math.max(1, brute), regime + " seed " + seed + ": "
                    + in.eligible().length + " offers");
            compared++;
        }
        assertTrue(compared >= 5, "only " + compared + " tiny fleets compared");
    }

    @ParameterizedTest
    @ValueSource(strings = {"milp", "no-optimisation", "no-prosumers"})
    void everySolverPassesTheCheckerOnTheSampleAndOnDrawnFleets(String solver) throws Exception {
        List<Violation> v = checker.check(NetzeroTestSupport.sampleInstance(),
                solve(solver, NetzeroTestSupport.sampleInstance()));
        assertEquals(List.of(), v);
        for (int n : new int[] {500, 2000}) {
            NetzeroInstance in = instance("fleetSize", n, "fleetSeed", 7L);
            assertEquals(List.of(), checker.check(in, solve(solver, in)), solver + " at " + n + " EVs");
        }
    }

    @Test
    void unmetDemandIsReportedWithItsSizeNotAsInfeasible() throws Exception {
        NetzeroInstance in = instance("fleetSize", 2000, "fleetSeed", 3L, "gridCapKWh", 5000.0);
        for (String solver : List.of("milp", "no-optimisation", "no-prosumers")) {
            NetzeroSolution s = solve(solver, in);
            assertEquals(List.of(), checker.check(in, s), solver);
            assertEquals(5000, s.gridSupplyKWh(), 1e-6, solver);
            assertTrue(s.unmetKWh() > 1000, solver + ": " + s.unmetKWh());
        }
        // the MILP leaves less unmet: it takes every admitted offer
        assertTrue(solve("milp", in).unmetKWh() < solve("no-prosumers", in).unmetKWh() - 100);
    }

    @Test
    void prosumersLowerTheCostBelowTheGridOnlyOptimum() throws Exception {
        NetzeroInstance in = instance("fleetSize", 1000, "fleetSeed", 11L);
        NetzeroSolution with = solve("milp", in);
        NetzeroSolution without = solve("no-prosumers", in);
        assertEquals(0, with.unmetKWh(), 1e-9);
        assertEquals(0, without.unmetKWh(), 1e-9);
        // p_EV = 6 below the grid's (12 + 0.05·10)/0.98 per delivered kWh: every admitted offer is taken
        assertEquals(in.eligible().length, with.taken().length);
        assertTrue(with.reported().gridCost() < without.reported().gridCost());
    }
}
