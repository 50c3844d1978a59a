package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.solve.SolverSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every solver against exact answers on small seeded instances: every heuristic ≤ the MILP optimum ≤ the LP bound,
 * max-flow = the MILP optimum on the special case, every schedule through the checker.
 */
class EdgeSolversTest {

    static final List<String> HEURISTICS = List.of("snb", "sib-offline", "sfb-offline", "online", "np-edf",
            "asap-huf", "asap-luf", "execute-on-arrival");

    private final EdgeChecker checker = new EdgeChecker();

    private double revenueOf(EdgeInstance in, EdgeSchedule s) {
        assertEquals(List.of(), checker.check(in, s), "feasible");
        return EdgeObjectives.of(in, s).get("revenue");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void heuristicsAreBelowTheOptimumWhichIsBelowTheBound(long seed) {
        BatteryKind kind = BatteryKind.values()[(int) (seed % 3)];
        double wh = kind == BatteryKind.NONE ? 0 : kind == BatteryKind.FINITE ? 150 : Double.POSITIVE_INFINITY;
        EdgeInstance in = TinyEdge.random(seed, 10, 20, kind, wh, false);
        EdgeSchedule milp = TinyEdge.solve(in, "milp");
        double opt = revenueOf(in, milp);
        assertTrue(milp.note().contains("optimal (proved)"), milp.note());
        double bound = in.bound().revenueBound();
        assertTrue(opt <= bound + 1e-6 * Math.max(1, bound), "optimum " + opt + " ≤ LP bound " + bound);
        assertTrue(opt <= milp.boundRevenue() + 1e-6, "and ≤ the MILP's own bound");
        for (String h : HEURISTICS) {
            double r = revenueOf(in, TinyEdge.solve(in, h));
            assertTrue(r <= opt + 1e-6, h + " " + r + " ≤ optimum " + opt);
        }
        EdgeSchedule b = TinyEdge.solve(in, "bound");
        revenueOf(in, b);
        assertEquals(bound, b.boundRevenue(), 1e-6 * Math.max(1, bound));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void maxFlowIsTheOptimumOnTheSpecialCase(long seed) {
        EdgeInstance in = TinyEdge.random(seed, 16, 60, BatteryKind.NONE, 0, true);
        double flow = revenueOf(in, TinyEdge.solve(in, "max-flow"));
        double opt = revenueOf(in, TinyEdge.solve(in, "milp"));
        assertEquals(opt, flow, 1e-9);
        for (String h : HEURISTICS) {
            assertTrue(revenueOf(in, TinyEdge.solve(in, h)) <= flow + 1e-9, h);
        }
    }

    @Test
    void maxFlowRefusesAnythingElseSayingWhy() {
        EdgeInstance fractional = TinyEdge.random(1, 8, 10, BatteryKind.NONE, 0, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TinyEdge.solve(fractional, "max-flow"));
        assertTrue(e.getMessage().contains("special case") && e.getMessage().contains("task 0"), e.getMessage());
        EdgeInstance battery = TinyEdge.random(1, 8, 10, BatteryKind.FINITE, 100, true);
        e = assertThrows(IllegalArgumentException.class, () -> TinyEdge.solve(battery, "max-flow"));
        assertTrue(e.getMessage().contains("has a battery"), e.getMessage());
    }

    @Test
    void milpRefusesBeyondItsSizeWithAClearMessage() {
        EdgeInstance in = TinyEdge.random(2, 12, 30, BatteryKind.NONE, 0, false);
        SolverSpec<EdgeInstance, EdgeSchedule> spec = new EdgeStudy().solver("milp").orElseThrow();
        var small = spec.withOverrides(java.util.Map.of("maxPairs", "5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec.create(small).solve(in, org.evwb.core.solve.RunContext.of(1)));
        assertTrue(e.getMessage().contains("task–slot pairs") && e.getMessage().contains("bound"), e.getMessage());
    }

    /** Fig. 8's order: no battery ≤ finite battery ≤ infinite battery, on generated days. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void batteryOrderingOfFigure8(long seed) {
        TaskRecipe recipe = TaskRecipe.DEFAULT.withTasksPerDay(3000).withRatioLevel(3);
        List<EdgeTask> tasks = EdgeTaskGenerator.draw(recipe, seed);
        double[] solar = EdgeTaskGenerator.solarDay(1440, 1, 2000, 0.3, seed);
        PowerModel pm = new PowerModel(64, 2000, 500, false);
        double snb = revenue(day(pm, BatteryKind.NONE, 0, solar, tasks), "snb");
        EdgeInstance finite = day(pm, BatteryKind.FINITE, 2000, solar, tasks);
        EdgeInstance infinite = day(pm, BatteryKind.INFINITE, Double.POSITIVE_INFINITY, solar, tasks);
        double sfb = Math.max(revenue(finite, "sfb-offline"), revenue(finite, "sib-offline"));
        double sib = Math.max(revenue(infinite, "sfb-offline"), revenue(infinite, "sib-offline"));
        // the best offline schedule of each battery (paper: SNB by Algo. 2, SFB by Algo. 6, SIB by Algo. 4; ours
        // finds Algo. 6's moves better than Algo. 4's on an unbounded battery too, docs/studies/edge.md)
        assertTrue(snb <= sfb + 1e-9 && sfb <= sib + 1e-9, snb + " ≤ " + sfb + " ≤ " + sib);
        assertTrue(sfb > snb, "a battery earns something");
        assertTrue(revenue(infinite, "sib-offline") >= revenue(finite, "sib-offline") - 1e-9, "Algo. 4");
    }

    private EdgeInstance day(PowerModel pm, BatteryKind kind, double wh, double[] solar, List<EdgeTask> tasks) {
        return new EdgeInstance(1, EdgeParameters.DEFAULT, List.of(new ServerDay(new EdgeServerModel("s", "s", pm,
                kind, wh), solar, tasks, solar, tasks)));
    }

    private double revenue(EdgeInstance in, String solver) {
        EdgeSchedule s = TinyEdge.solve(in, solver);
        assertNotNull(s);
        assertEquals(List.of(), checker.check(in, s), solver);
        return s.revenue();
    }
}
