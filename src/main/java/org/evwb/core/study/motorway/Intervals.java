package org.evwb.core.study.motorway;

import java.util.List;

/**
 * The study's one definition of "two charging jobs overlap": half-open intervals [s, e) sharing more than
 * {@link #EPS_MIN} minutes. The tolerance keeps rounding noise (a job starting 1e-13 min before the previous one ends)
 * from counting as a conflict; everything — matrices, QUBO, solvers, checker — uses this definition.
 */
public final class Intervals {

    /** Overlaps shorter than this (minutes) are rounding noise, not conflicts. */
    public static final double EPS_MIN = 1e-9;

    private Intervals() {
    }

    public static boolean overlap(double s1, double e1, double s2, double e2) {
        return Math.min(e1, e2) - Math.max(s1, s2) > EPS_MIN;
    }

    /**
     * How many of the jobs ({start, end} pairs) sorted before job {@code i} are still running when job {@code i}
     * starts — the jobs in {@code sorted} are ordered by start (ties by a fixed order). Over capacity when the count
     * reaches the station's capacity: the EMV finds every charger busy.
     */
    public static int busyAtStart(List<double[]> sorted, int i) {
        double s = sorted.get(i)[0];
        int busy = 0;
        for (int j = 0; j < i; j++) {
            if (sorted.get(j)[1] - s > EPS_MIN && sorted.get(i)[1] - s > EPS_MIN) {
                busy++;
            }
        }
        return busy;
    }
}
