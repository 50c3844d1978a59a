package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a server's task day from a {@link TaskRecipe} and a seed, the same on every machine (one
 * {@link SplittableRandom} stream, draws in a fixed order). Arrival: with probability {@code peakShare} a Gaussian
 * around the morning or the evening peak (half each, wrapped round the day), otherwise uniform over the day; the day
 * is chosen uniformly for multi-day recipes. u: Gaussian, clipped to [min, max]. k: uniform on 0..maxSlack.
 * Revenue: {@code ρ·u·(2 − k/5)}. Tasks are then ordered by arrival (then by draw) and numbered.
 */
public final class EdgeTaskGenerator {

    private EdgeTaskGenerator() {
    }

    /** The recipe's tasks over its {@code slots}. */
    public static List<EdgeTask> draw(TaskRecipe recipe, long seed) {
        TaskRecipe r = recipe.effective();
        SplittableRandom rnd = new SplittableRandom(seed);
        double slotsPerDay = 1440.0 / r.slotMinutes();
        double dayCount = r.slots() / slotsPerDay;
        int n = (int) Math.round(r.tasksPerDay() * dayCount);
        long[] keys = new long[n];
        int[] k = new int[n];
        double[] u = new double[n];
        int[] arrival = new int[n];
        for (int i = 0; i < n; i++) {
            double hour = arrivalHour(r, rnd);
            int day = (int) Math.min(Math.ceil(dayCount) - 1, Math.floor(rnd.nextDouble() * dayCount));
            int slot = (int) Math.floor((day * 24 + hour) * 60 / r.slotMinutes());
            arrival[i] = Math.max(0, Math.min(r.slots() - 1, slot));
            u[i] = utilisation(r, rnd);
            k[i] = rnd.nextInt(r.maxSlackSlots() + 1);
            keys[i] = ((long) arrival[i] << 32) | i;
        }
        Arrays.sort(keys);
        List<EdgeTask> out = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            int i = (int) (keys[id] & 0xffffffffL);
            out.add(new EdgeTask(id, arrival[i], k[i], u[i], revenue(r.revenuePerCore(), u[i], k[i])));
        }
        return out;
    }

    /** r = ρ·u·(2 − k/5) (SPEC §4 decision). */
    public static double revenue(double rho, double u, int k) {
        return rho * u * (2 - k / 5.0);
    }

    static double arrivalHour(TaskRecipe r, SplittableRandom rnd) {
        if (r.profile().equals("two-peak") && rnd.nextDouble() < r.peakShare()) {
            double peak = rnd.nextDouble() < 0.5 ? r.morningPeakHour() : r.eveningPeakHour();
            double h = peak + r.peakWidthHours() * gaussian(rnd);
            return ((h % 24) + 24) % 24;
        }
        return rnd.nextDouble() * 24;
    }

    /** A Gaussian u clipped to [min, max]. */
    static double utilisation(TaskRecipe r, SplittableRandom rnd) {
        double x = r.utilisationMean() + r.utilisationStd() * gaussian(rnd);
        return Math.max(r.utilisationMin(), Math.min(r.utilisationMax(), x));
    }

    /** Box–Muller on the stream (the JDK's nextGaussian is not specified the same on every version). */
    static double gaussian(SplittableRandom rnd) {
        double a = rnd.nextDouble();
        double b = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
    }

    /**
     * A seeded clear-sky day scaled to {@code peakW} with a passing-cloud process: {@code sin(π·x)^1.2} between 06:00
     * and 20:00, times {@code 1 − cloudiness·c_t} where {@code c_t ∈ [0, 1]} is a mean-reverting random walk.
     */
    public static double[] solarDay(int slots, double slotMinutes, double peakW, double cloudiness, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] s = new double[slots];
        double c = 0.5;
        for (int t = 0; t < slots; t++) {
            double hour = ((t + 0.5) * slotMinutes / 60) % 24;
            double x = (hour - 6) / 14;
            double clear = x <= 0 || x >= 1 ? 0 : Math.pow(Math.sin(Math.PI * x), 1.2);
            c = Math.max(0, Math.min(1, c + 0.05 * (0.5 - c) + 0.1 * gaussian(rnd)));
            s[t] = peakW * clear * (1 - cloudiness * c);
        }
        return s;
    }
}
