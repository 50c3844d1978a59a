package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The actual day from the predicted one (SPEC §4 "Online data", paper Figs. 11, 15–17): δ_task, δ_power with
 * fast-up/slow-down (FUSD) smoothing, and spikes. Seeded; the same parameters give the same actual day.
 *
 * <ul>
 *   <li><b>Tasks.</b> Each predicted task arrives as predicted with probability δ_task; otherwise it arrives with
 *   another u, drawn afresh from the recipe (same id, arrival and k; revenue recomputed).</li>
 *   <li><b>Solar.</b> {@code S_t = max(0, Ŝ_t·(1 + d_t))}: each slot draws a target {@code g_t} uniform in
 *   [−δ, +δ]; the deviation jumps up to it at once ({@code d_t = g_t} when {@code g_t > d_{t−1}}) and decays towards
 *   it slowly otherwise ({@code d_t = d_{t−1} + 0.1·(g_t − d_{t−1})}).</li>
 *   <li><b>Spikes.</b> Each slot is a spike with probability {@code spikeShare}: its solar drops to 0 and a burst of
 *   2 × the mean tasks per slot arrives there (new ids after the predicted tasks; not predicted).</li>
 * </ul>
 */
public final class OnlineData {

    /** How fast the deviation decays towards a lower target (per slot). */
    public static final double SLOW_DOWN = 0.1;
    /** Burst size at a spike, in mean arrivals per slot. */
    public static final double BURST_SLOTS = 2;

    private OnlineData() {
    }

    /** The actual solar and tasks of one server. */
    public record Actual(double[] solarW, List<EdgeTask> tasks) {
    }

    public static Actual actual(double[] predictedSolar, List<EdgeTask> predicted, TaskRecipe recipe,
                                EdgeParameters p, long seed, boolean unitRevenue) {
        TaskRecipe r = recipe.effective();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<EdgeTask> tasks = new ArrayList<>(predicted.size());
        for (EdgeTask t : predicted) {
            if (rnd.nextDouble() < p.taskMatchShare()) {
                tasks.add(t);
            } else {
                double u = EdgeTaskGenerator.utilisation(r, rnd);
                tasks.add(new EdgeTask(t.id(), t.arrivalSlot(), t.slack(), u,
                        unitRevenue ? 1 : EdgeTaskGenerator.revenue(r.revenuePerCore(), u, t.slack())));
            }
        }
        int slots = predictedSolar.length;
        double[] solar = new double[slots];
        double delta = p.solarDeviationPercent() / 100;
        double d = 0;
        for (int t = 0; t < slots; t++) {
            double g = (2 * rnd.nextDouble() - 1) * delta;
            d = g > d ? g : d + SLOW_DOWN * (g - d);
            solar[t] = Math.max(0, predictedSolar[t] * (1 + d));
        }
        if (p.spikeShare() > 0) {
            double perSlot = predicted.size() / (double) Math.max(1, slots);
            int burst = (int) Math.max(1, Math.round(BURST_SLOTS * perSlot));
            for (int t = 0; t < slots; t++) {
                if (rnd.nextDouble() < p.spikeShare()) {
                    solar[t] = 0;
                    for (int b = 0; b < burst; b++) {
                        double u = EdgeTaskGenerator.utilisation(r, rnd);
                        int k = rnd.nextInt(r.maxSlackSlots() + 1);
                        tasks.add(new EdgeTask(tasks.size(), t, k, u,
                                unitRevenue ? 1 : EdgeTaskGenerator.revenue(r.revenuePerCore(), u, k)));
                    }
                }
            }
        }
        return new Actual(solar, tasks);
    }
}
