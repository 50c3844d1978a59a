package org.evwb.core.study.demo;

import java.util.Arrays;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/** Vehicles in file order, each to the nearest station that still has a free charger. */
final class DemoGreedy implements Optimizer<DemoInstance, DemoSolution> {

    @Override
    public String id() {
        return "greedy";
    }

    @Override
    public String description() {
        return "Nearest station with a free charger";
    }

    @Override
    public DemoSolution solve(DemoInstance in, RunContext ctx) {
        return DemoSolution.of(in, assign(in, ctx));
    }

    static int[] assign(DemoInstance in, RunContext ctx) {
        int n = in.vehicles().size();
        int[] free = in.capacity().clone();
        int[] st = new int[n];
        Arrays.fill(st, -1);
        for (int v = 0; v < n; v++) {
            if (v % 256 == 0) {
                ctx.checkCancelled();
                ctx.progress((double) v / Math.max(1, n), "vehicle " + v + " of " + n);
            }
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < free.length; j++) {
                if (free[j] > 0) {
                    double d = in.distanceKm(v, j);
                    if (d < bestD) {
                        bestD = d;
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                st[v] = best;
                free[best]--;
            }
        }
        ctx.progress(1, "done");
        return st;
    }
}
