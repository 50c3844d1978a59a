package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;

/** Small seeded edge instances built directly, and running solvers on them. */
final class TinyEdge {

    private TinyEdge() {
    }

    /** A day of {@code slots} 15-minute slots with a solar bump, {@code n} random tasks, a 4-core server. */
    static EdgeInstance random(long seed, int slots, int n, BatteryKind kind, double batteryWh, boolean unit) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] solar = new double[slots];
        for (int t = 0; t < slots; t++) {
            double x = (t + 0.5) / slots;
            solar[t] = Math.max(0, 1400 * Math.sin(Math.PI * (x * 1.4 - 0.2))) * (0.6 + 0.4 * rnd.nextDouble());
        }
        List<EdgeTask> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = rnd.nextInt(slots);
            int k = rnd.nextInt(6);
            double u = unit ? 1 : 0.1 + 0.9 * rnd.nextDouble();
            tasks.add(new EdgeTask(0, a, k, u, unit ? 1 : EdgeTaskGenerator.revenue(1, u, k)));
        }
        tasks.sort(java.util.Comparator.comparingInt(EdgeTask::arrivalSlot));
        List<EdgeTask> ids = new ArrayList<>();
        for (EdgeTask t : tasks) {
            ids.add(new EdgeTask(ids.size(), t.arrivalSlot(), t.slack(), t.utilisation(), t.revenue()));
        }
        EdgeServerModel server = new EdgeServerModel("s", "s", new PowerModel(4, 2000, 500, false), kind,
                batteryWh);
        return new EdgeInstance(15, EdgeParameters.DEFAULT, List.of(new ServerDay(server, solar, ids, solar, ids)));
    }

    static EdgeSchedule solve(EdgeInstance in, String solver) {
        SolverSpec<EdgeInstance, EdgeSchedule> spec = new EdgeStudy().solver(solver).orElseThrow();
        return spec.create(spec.defaults()).solve(in, RunContext.of(1));
    }
}
