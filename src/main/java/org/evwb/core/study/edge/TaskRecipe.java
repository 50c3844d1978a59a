package org.evwb.core.study.edge;

import org.evwb.core.project.Unit;

/**
 * The {@code edge-tasks} generator's parameters: a server's seeded task day (SPEC §4: 100,000 tasks a day, two-peak
 * daily traffic, clipped-Gaussian u, slack k uniform) and, for a generated project, its one server and solar day.
 * Stored as a recipe in the project ({@code generators[i]}), never as rows. {@code ratioLevel} 1–5 selects one of
 * Fig. 9's five "ratio" levels ({@link RatioLevel}), which replaces the utilisation and slack fields; 0 uses them.
 *
 * @param tasksPerDay      tasks per 24 h (the day's count scales with {@code slots·slotMinutes})
 * @param slots            T, slots of the task day (it must equal the servers' solar series length)
 * @param slotMinutes      Δ
 * @param profile          {@code two-peak} or {@code uniform}
 * @param morningPeakHour  the morning traffic peak (h)
 * @param eveningPeakHour  the evening traffic peak (h)
 * @param peakWidthHours   standard deviation of each peak (h)
 * @param peakShare        share of tasks from the two peaks (the rest uniform over the day)
 * @param ratioLevel       0: the fields below; 1–5: Fig. 9's level
 * @param utilisationMean  mean of the Gaussian u (cores)
 * @param utilisationStd   its standard deviation
 * @param utilisationMin   u is clipped to [min, max]
 * @param utilisationMax   (at most 1 core)
 * @param maxSlackSlots    k uniform on 0..this (at most 5)
 * @param revenuePerCore   ρ of r_i = ρ·u_i·(2 − k_i/5)
 * @param panelPeakW       a generated project's solar peak (W)
 * @param cloudiness       0 = clear sky … 1 = heavy passing cloud (generated solar)
 * @param batteryWh        a generated project's server battery (Wh; 0 = none)
 */
public record TaskRecipe(
        @Unit(value = "tasks/day", min = 0, max = 2_000_000) int tasksPerDay,
        @Unit(value = "slots", min = 1, max = 44_640) int slots,
        @Unit(value = "min", min = 0, max = 1440, minExclusive = true) double slotMinutes,
        String profile,
        @Unit(value = "h", min = 0, max = 24) double morningPeakHour,
        @Unit(value = "h", min = 0, max = 24) double eveningPeakHour,
        @Unit(value = "h", min = 0, max = 24, minExclusive = true) double peakWidthHours,
        @Unit(value = "", min = 0, max = 1) double peakShare,
        @Unit(value = "", min = 0, max = 5) int ratioLevel,
        @Unit(value = "cores", min = 0, max = 1, minExclusive = true) double utilisationMean,
        @Unit(value = "cores", min = 0, max = 1) double utilisationStd,
        @Unit(value = "cores", min = 0, max = 1, minExclusive = true) double utilisationMin,
        @Unit(value = "cores", min = 0, max = 1, minExclusive = true) double utilisationMax,
        @Unit(value = "slots", min = 0, max = 5) int maxSlackSlots,
        @Unit(value = "¤/core", min = 0) double revenuePerCore,
        @Unit(value = "W", min = 0) double panelPeakW,
        @Unit(value = "", min = 0, max = 1) double cloudiness,
        @Unit(value = "Wh", min = 0) double batteryWh) {

    /** SPEC's defaults: 100,000 tasks over one day of 1,440 one-minute slots, u 0.05 ± 0.02 and k 0..5 (level 1). */
    public static final TaskRecipe DEFAULT = new TaskRecipe(100_000, 1440, 1, "two-peak", 8.5, 18, 1.5, 0.6, 0,
            0.05, 0.02, 0.01, 0.15, 5, 1, 2000, 0, 2000);

    public TaskRecipe {
        profile = profile == null ? "two-peak" : profile;
        if (!profile.equals("two-peak") && !profile.equals("uniform")) {
            throw new IllegalArgumentException("profile must be two-peak or uniform, was " + profile);
        }
        if (utilisationMin > utilisationMax) {
            throw new IllegalArgumentException("utilisationMin " + utilisationMin + " is above utilisationMax "
                    + utilisationMax + "; make min <= max");
        }
    }

    /** Fig. 9's five "ratio" levels (ratio = mean u / mean(1 + k)); SPEC leaves their values to the docs. */
    public enum RatioLevel {
        L1(0.05, 0.02, 0.01, 0.15, 5),
        L2(0.10, 0.04, 0.02, 0.30, 5),
        L3(0.20, 0.08, 0.04, 0.60, 4),
        L4(0.40, 0.15, 0.05, 1.00, 3),
        L5(0.60, 0.20, 0.10, 1.00, 2);

        public final double mean;
        public final double std;
        public final double min;
        public final double max;
        public final int maxSlack;

        RatioLevel(double mean, double std, double min, double max, int maxSlack) {
            this.mean = mean;
            this.std = std;
            this.min = min;
            this.max = max;
            this.maxSlack = maxSlack;
        }

        /** mean u / mean(1 + k) with k uniform on 0..maxSlack (the nominal Gaussian mean, before clipping). */
        public double ratio() {
            return mean / (1 + maxSlack / 2.0);
        }
    }

    /** The recipe with Fig. 9's level applied (level 0: itself). */
    public TaskRecipe effective() {
        if (ratioLevel == 0) {
            return this;
        }
        RatioLevel l = RatioLevel.values()[ratioLevel - 1];
        return new TaskRecipe(tasksPerDay, slots, slotMinutes, profile, morningPeakHour, eveningPeakHour,
                peakWidthHours, peakShare, 0, l.mean, l.std, l.min, l.max, l.maxSlack, revenuePerCore, panelPeakW,
                cloudiness, batteryWh);
    }

    public TaskRecipe withTasksPerDay(int n) {
        return new TaskRecipe(n, slots, slotMinutes, profile, morningPeakHour, eveningPeakHour, peakWidthHours,
                peakShare, ratioLevel, utilisationMean, utilisationStd, utilisationMin, utilisationMax, maxSlackSlots,
                revenuePerCore, panelPeakW, cloudiness, batteryWh);
    }

    public TaskRecipe withRatioLevel(int level) {
        return new TaskRecipe(tasksPerDay, slots, slotMinutes, profile, morningPeakHour, eveningPeakHour,
                peakWidthHours, peakShare, level, utilisationMean, utilisationStd, utilisationMin, utilisationMax,
                maxSlackSlots, revenuePerCore, panelPeakW, cloudiness, batteryWh);
    }

    public TaskRecipe withSlots(int t, double minutes) {
        return new TaskRecipe(tasksPerDay, t, minutes, profile, morningPeakHour, eveningPeakHour, peakWidthHours,
                peakShare, ratioLevel, utilisationMean, utilisationStd, utilisationMin, utilisationMax, maxSlackSlots,
                revenuePerCore, panelPeakW, cloudiness, batteryWh);
    }

    public TaskRecipe withUtilisation(double mean, double std, double min, double max, int maxSlack) {
        return new TaskRecipe(tasksPerDay, slots, slotMinutes, profile, morningPeakHour, eveningPeakHour,
                peakWidthHours, peakShare, 0, mean, std, min, max, maxSlack, revenuePerCore, panelPeakW, cloudiness,
                batteryWh);
    }

    public TaskRecipe withServer(double peakW, double cloud, double battery) {
        return new TaskRecipe(tasksPerDay, slots, slotMinutes, profile, morningPeakHour, eveningPeakHour,
                peakWidthHours, peakShare, ratioLevel, utilisationMean, utilisationStd, utilisationMin,
                utilisationMax, maxSlackSlots, revenuePerCore, peakW, cloud, battery);
    }
}
