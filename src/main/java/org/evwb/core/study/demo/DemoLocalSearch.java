package org.evwb.core.study.demo;

import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * Greedy start, then first-improvement moves (to a station with a free charger) and swaps (two vehicles exchange
 * stations) until a round finds nothing, {@code maxRounds} is reached, time runs out or the run is cancelled. An
 * optional pause per step makes it deliberately slow, for cancellation tests and demonstrations of the live chart.
 */
final class DemoLocalSearch implements Optimizer<DemoInstance, DemoSolution> {

    private final DemoStudy.LocalSearchParameters params;

    DemoLocalSearch(DemoStudy.LocalSearchParameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return "local-search";
    }

    @Override
    public String description() {
        return "Improving moves and swaps";
    }

    @Override
    public DemoSolution solve(DemoInstance in, RunContext ctx) {
        int[] st = DemoGreedy.assign(in, ctx);
        int[] free = in.capacity().clone();
        for (int s : st) {
            if (s >= 0) {
                free[s]--;
            }
        }
        double total = total(in, st);
        ctx.event("total distance km", 0, total);
        for (int round = 1; round <= params.maxRounds(); round++) {
            boolean improved = false;
            for (int a = 0; a < st.length && !ctx.shouldStop(); a++) {
                pause();
                if (st[a] < 0) {
                    continue;
                }
                for (int j = 0; j < free.length; j++) {
                    if (free[j] > 0 && in.distanceKm(a, j) < in.distanceKm(a, st[a]) - 1e-12) {
                        free[st[a]]++;
                        free[j]--;
                        st[a] = j;
                        improved = true;
                    }
                }
                for (int b = a + 1; b < st.length; b++) {
                    if (st[b] < 0 || st[b] == st[a]) {
                        continue;
                    }
                    double before = in.distanceKm(a, st[a]) + in.distanceKm(b, st[b]);
                    double after = in.distanceKm(a, st[b]) + in.distanceKm(b, st[a]);
                    if (after < before - 1e-12) {
                        int t = st[a];
                        st[a] = st[b];
                        st[b] = t;
                        improved = true;
                    }
                }
            }
            total = total(in, st);
            ctx.event("total distance km", round, total);
            ctx.progress(Double.NaN, "round " + round + ": " + String.format(java.util.Locale.ROOT, "%.3f km",
                    total));
            if (!improved || ctx.shouldStop()) {
                break;
            }
        }
        // cancelled or out of time: the assignment so far (the greedy start, improved) is the result
        return DemoSolution.of(in, st);
    }

    private void pause() {
        if (params.pauseMillisPerStep() > 0) {
            try {
                Thread.sleep(params.pauseMillisPerStep());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.evwb.core.solve.CancelledException();
            }
        }
    }

    private static double total(DemoInstance in, int[] st) {
        double t = 0;
        for (int v = 0; v < st.length; v++) {
            if (st[v] >= 0) {
                t += in.distanceKm(v, st[v]);
            }
        }
        return t;
    }
}
