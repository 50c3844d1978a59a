package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LP bound with the on/off variables projected out ({@link EdgeBound}, {@link PowerHull}) against SPEC's own
 * formulation with them ({@link PerspectiveBound}): the same number on small and medium days with every kind of
 * battery, and the envelope equal to the minimum over y it replaces.
 */
class EdgeBoundTest {

    private static final double REL = 1e-6;

    private static void assertSameBound(double reference, double bound, String what) {
        assertEquals(reference, bound, REL * Math.max(1, Math.abs(reference)), what);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void projectedBoundEqualsThePerspectiveLpOnSmallDays(long seed) {
        BatteryKind kind = BatteryKind.values()[(int) (seed % 3)];
        double wh = kind == BatteryKind.NONE ? 0 : kind == BatteryKind.FINITE ? 150 : Double.POSITIVE_INFINITY;
        EdgeInstance in = TinyEdge.random(seed, 12 + (int) seed, 10 + 5 * (int) seed, kind, wh, false);
        ServerDay day = in.servers().get(0);
        double reference = PerspectiveBound.server(in, day, true);
        assertSameBound(reference, new EdgeBound().solve(in, RunContext.of(1)).revenueBound(), kind + " battery");
    }

    /**
     * A medium day: 64 cores (the paper's server), 240 six-minute slots, 1,500 tasks of the generator's sizes, and the
     * reference with all 64 tangents in every slot from the start (its rounds converge slowly on lightly loaded days).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31})
    void projectedBoundEqualsThePerspectiveLpOnMediumDays(long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int slots = 240;
        double[] solar = new double[slots];
        for (int t = 0; t < slots; t++) {
            double x = (t + 0.5) / slots;
            solar[t] = Math.max(0, 2000 * Math.sin(Math.PI * (x * 1.6 - 0.3))) * (0.5 + 0.5 * rnd.nextDouble());
        }
        List<EdgeTask> drawn = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int k = rnd.nextInt(6);
            double u = Math.min(1, Math.max(0.05, 0.5 + 0.25 * rnd.nextGaussian()));
            drawn.add(new EdgeTask(0, rnd.nextInt(slots), k, u, EdgeTaskGenerator.revenue(1, u, k)));
        }
        drawn.sort(java.util.Comparator.comparingInt(EdgeTask::arrivalSlot));
        List<EdgeTask> tasks = new java.util.ArrayList<>();
        for (EdgeTask t : drawn) {
            tasks.add(new EdgeTask(tasks.size(), t.arrivalSlot(), t.slack(), t.utilisation(), t.revenue()));
        }
        PowerModel pm = new PowerModel(64, 2000, 500, false);
        for (double wh : new double[] {0, 2000, Double.POSITIVE_INFINITY}) {
            BatteryKind kind = wh == 0 ? BatteryKind.NONE : Double.isInfinite(wh) ? BatteryKind.INFINITE
                    : BatteryKind.FINITE;
            ServerDay day = new ServerDay(new EdgeServerModel("s", "s", pm, kind, wh), solar, tasks, solar, tasks);
            EdgeInstance in = new EdgeInstance(6, EdgeParameters.DEFAULT, List.of(day));
            double reference = PerspectiveBound.server(in, day, true);
            EdgeBound.Result b = new EdgeBound().solve(in, RunContext.of(1));
            assertSameBound(reference, b.revenueBound(), wh + " Wh");
            assertEquals(1, b.rounds(), "one LP solve");
        }
    }

    @Test
    void envelopeIsTheMinimumOverTheOnOffVariable() {
        for (PowerModel pm : List.of(new PowerModel(64, 2000, 500, false), new PowerModel(4, 2000, 500, false),
                new PowerModel(16, 1000, 0, false), new PowerModel(8, 300, 290, false), new PowerModel(1, 50, 20,
                false))) {
            PowerHull hull = PowerHull.of(pm);
            assertEquals(0, hull.x()[0]);
            assertEquals(pm.cores(), hull.x()[hull.x().length - 1], 1e-12);
            for (int j = 1; j < hull.pieces(); j++) {
                assertTrue(hull.slope(j) > hull.slope(j - 1), "convex " + pm);
            }
            for (int k = 0; k <= 200; k++) {
                double w = pm.cores() * k / 200.0;
                double min = minOverY(pm, w);
                assertEquals(min, hull.at(w), 1e-6 * Math.max(1, min), pm + " at W = " + w);
                assertTrue(hull.at(w) <= pm.fluidPower(w) + 1e-9, "below the cubic");
            }
        }
    }

    /** min over y ∈ [W/U, 1] (y > 0; y = 0 only at W = 0, drawing 0) of max_v (P_s·y + c·(3v²W − 2v³y)), searched. */
    private static double minOverY(PowerModel pm, double w) {
        double c = pm.cubicCoefficient();
        double best = w == 0 ? 0 : Double.POSITIVE_INFINITY;
        double lo = Math.max(w / pm.cores(), 1e-12);
        // the function of y is convex and piecewise linear: ternary search, then a fine scan near the minimum
        double a = lo;
        double b = 1;
        for (int i = 0; i < 200; i++) {
            double m1 = a + (b - a) / 3;
            double m2 = b - (b - a) / 3;
            if (perspective(pm, c, w, m1) <= perspective(pm, c, w, m2)) {
                b = m2;
            } else {
                a = m1;
            }
        }
        best = Math.min(best, Math.min(perspective(pm, c, w, a), Math.min(perspective(pm, c, w, lo),
                perspective(pm, c, w, 1))));
        return best;
    }

    private static double perspective(PowerModel pm, double c, double w, double y) {
        double m = Double.NEGATIVE_INFINITY;
        for (int v = 1; v <= pm.cores(); v++) {
            m = Math.max(m, pm.staticPowerW() * y + c * (3.0 * v * v * w - 2.0 * v * v * (double) v * y));
        }
        return m;
    }
}
