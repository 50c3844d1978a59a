package org.evwb.core.study.demo;

import java.util.Arrays;

/**
 * For each vehicle, the index of its station ({@code -1} when it is not assigned) and the straight-line distance the
 * solution reports for it (NaN: none reported, as for an unassigned vehicle). The checker recomputes every reported
 * distance from the positions.
 *
 * @param distanceKm per vehicle the reported distance, or {@code null} when the solution reports none at all
 */
public record DemoSolution(int[] stationOf, double[] distanceKm) {

    public DemoSolution {
        stationOf = stationOf.clone();
        distanceKm = distanceKm == null ? null : distanceKm.clone();
        if (distanceKm != null && distanceKm.length != stationOf.length) {
            throw new IllegalArgumentException("one reported distance per vehicle: " + distanceKm.length + " for "
                    + stationOf.length + " vehicles");
        }
    }

    /** A solution that reports no distances. */
    public DemoSolution(int[] stationOf) {
        this(stationOf, null);
    }

    /** The assignment with the distances the instance gives (what the solvers return). */
    public static DemoSolution of(DemoInstance in, int[] stationOf) {
        double[] d = new double[stationOf.length];
        for (int v = 0; v < d.length; v++) {
            boolean assigned = v < in.vehicles().size() && stationOf[v] >= 0 && stationOf[v] < in.stations().size();
            d[v] = assigned ? in.distanceKm(v, stationOf[v]) : Double.NaN;
        }
        return new DemoSolution(stationOf, d);
    }

    @Override
    public int[] stationOf() {
        return stationOf.clone();
    }

    @Override
    public double[] distanceKm() {
        return distanceKm == null ? null : distanceKm.clone();
    }

    /** The distance reported for vehicle {@code v}, or null when none is. */
    public Double reportedDistanceKm(int v) {
        return distanceKm == null || Double.isNaN(distanceKm[v]) ? null : distanceKm[v];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemoSolution d && Arrays.equals(stationOf, d.stationOf)
                && Arrays.equals(distanceKm, d.distanceKm);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stationOf) * 31 + Arrays.hashCode(distanceKm);
    }

    @Override
    public String toString() {
        return "DemoSolution" + Arrays.toString(stationOf) + (distanceKm == null ? "" : " km "
                + Arrays.toString(distanceKm));
    }
}
