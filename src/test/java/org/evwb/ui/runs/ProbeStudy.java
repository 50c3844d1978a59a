package org.evwb.ui.runs;

import org.evwb.core.study.demo.DemoBasedStudy;
import java.util.List;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;

/**
 * The demo study with solvers made for window tests: {@code form} has a parameter of every kind the Run form knows
 * (a boolean, an enum, a ranged whole number, a number with a unit), {@code wide} has forty, and {@code flood}
 * floods the live chart with events. Each solves with the demo's greedy, so its result passes the demo's checker.
 */
final class ProbeStudy extends DemoBasedStudy {

    static final String ID = "probe";
    static final String FLOOD_SERIES = "energy";

    /** A choice for the form. */
    enum Mode { FAST, CAREFUL, EXHAUSTIVE }

    /** One parameter of each kind. */
    record FormParameters(boolean verbose, Mode mode, @Unit(value = "", min = 1, max = 100) int count,
                          @Unit(value = "s", min = 0, minExclusive = true) double pauseSeconds) {
        static final FormParameters DEFAULT = new FormParameters(false, Mode.CAREFUL, 10, 0.5);
    }

    /** Forty numbers: more than any screen shows at once. */
    record WideParameters(int p01, int p02, int p03, int p04, int p05, int p06, int p07, int p08, int p09, int p10,
                          int p11, int p12, int p13, int p14, int p15, int p16, int p17, int p18, int p19, int p20,
                          int p21, int p22, int p23, int p24, int p25, int p26, int p27, int p28, int p29, int p30,
                          int p31, int p32, int p33, int p34, int p35, int p36, int p37, int p38, int p39, int p40) {
        static final WideParameters DEFAULT = new WideParameters(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40);
    }

    /**
     * @param events  events emitted as fast as possible, a decreasing "energy" 1000 / (1 + i)
     * @param trickle then one event per millisecond until cancelled (or out of time), so a test can act while the
     *                flood is being drawn
     */
    record FloodParameters(int events, boolean trickle) {
        static final FloodParameters DEFAULT = new FloodParameters(1_000_000, true);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Probe (tests)";
    }

    private DemoSolution greedy(DemoInstance in, RunContext ctx) {
        SolverSpec<DemoInstance, DemoSolution> g = demo.solver("greedy").orElseThrow();
        return g.create(g.defaults()).solve(in, ctx);
    }

    @Override
    public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
        return List.of(
                SolverSpec.of("form", "every kind of parameter", FormParameters.DEFAULT, p -> solver("form",
                        this::greedy)),
                SolverSpec.of("wide", "forty parameters", WideParameters.DEFAULT, p -> solver("wide",
                        this::greedy)),
                SolverSpec.of("flood", "floods the live chart", FloodParameters.DEFAULT, p -> solver("flood",
                        (in, ctx) -> {
                            flood(p, ctx);
                            return greedy(in, RunContext.of(ctx.seed()));
                        })));
    }

    private static void flood(FloodParameters p, RunContext ctx) {
        int i = 0;
        for (; i < p.events(); i++) {
            ctx.event(FLOOD_SERIES, i, 1000.0 / (1 + i));
            if ((i & 1023) == 0 && ctx.shouldStop()) {
                return;
            }
        }
        while (p.trickle() && !ctx.shouldStop()) {
            ctx.event(FLOOD_SERIES, i, 1000.0 / (1 + i));
            i++;
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private interface Solve {
        DemoSolution solve(DemoInstance in, RunContext ctx);
    }

    private static Optimizer<DemoInstance, DemoSolution> solver(String id, Solve solve) {
        return new Optimizer<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public DemoSolution solve(DemoInstance instance, RunContext context) {
                return solve.solve(instance, context);
            }
        };
    }
}
