package org.evwb.core.study.netzero;

import java.util.Arrays;

/**
 * One EV's speed along its route, as the consumption model (eqs. (1)–(6)) reads it: K segments, each with its length
 * and the speed held on it, and the speed the EV enters the route with (v(0) of eq. (2)). Made by the built-in model
 * ({@link BuiltInSpeedModel}) or filled from another source — SUMO floating-car data, an imported FCD/CSV file —
 * through {@link SpeedProfileSource}.
 *
 * @param segmentKm   l_{i,k}, km, each &gt; 0
 * @param speedKmh    v_i(k), km/h, each &gt; 0 (a stop is a short segment at walking pace: eq. (6) divides by v)
 * @param entryKmh    v_i(0), km/h, ≥ 0
 * @param source      where the profile came from ("built-in", "sumo", a file name)
 */
public record SpeedProfile(double[] segmentKm, double[] speedKmh, double entryKmh, String source) {

    public SpeedProfile {
        if (segmentKm.length != speedKmh.length) {
            throw new IllegalArgumentException("a speed profile has " + segmentKm.length + " segment lengths for "
                    + speedKmh.length + " speeds");
        }
        for (int k = 0; k < segmentKm.length; k++) {
            if (!(segmentKm[k] > 0) || !Double.isFinite(segmentKm[k])) {
                throw new IllegalArgumentException("speed profile segment " + k + ": length must be > 0 km, was "
                        + segmentKm[k]);
            }
            if (!(speedKmh[k] > 0) || !Double.isFinite(speedKmh[k])) {
                throw new IllegalArgumentException("speed profile segment " + k + ": speed must be > 0 km/h, was "
                        + speedKmh[k]);
            }
        }
        if (!(entryKmh >= 0) || !Double.isFinite(entryKmh)) {
            throw new IllegalArgumentException("speed profile entry speed must be >= 0 km/h, was " + entryKmh);
        }
        segmentKm = segmentKm.clone();
        speedKmh = speedKmh.clone();
        source = source == null ? "" : source;
    }

    /** Constant speed in equal segments of at most {@code segmentKm} (the reference reading, SPEC §7). */
    public static SpeedProfile constant(double routeKm, double speedKmh, double segmentKm) {
        int k = Math.max(1, (int) Math.ceil(routeKm / segmentKm - 1e-9));
        double[] len = new double[k];
        double[] v = new double[k];
        Arrays.fill(len, routeKm / k);
        Arrays.fill(v, speedKmh);
        return new SpeedProfile(len, v, speedKmh, BuiltInSpeedModel.SOURCE);
    }

    public int segments() {
        return segmentKm.length;
    }

    /** L_i, km. */
    public double lengthKm() {
        return Arrays.stream(segmentKm).sum();
    }

    /** Σ l_k / v_k in hours. */
    public double hours() {
        double h = 0;
        for (int k = 0; k < segmentKm.length; k++) {
            h += segmentKm[k] / speedKmh[k];
        }
        return h;
    }

    @Override
    public double[] segmentKm() {
        return segmentKm.clone();
    }

    @Override
    public double[] speedKmh() {
        return speedKmh.clone();
    }

    double segmentKm(int k) {
        return segmentKm[k];
    }

    double speedKmh(int k) {
        return speedKmh[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeedProfile p && Arrays.equals(segmentKm, p.segmentKm)
                && Arrays.equals(speedKmh, p.speedKmh) && entryKmh == p.entryKmh && source.equals(p.source);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(segmentKm) + Arrays.hashCode(speedKmh);
    }

    @Override
    public String toString() {
        return "SpeedProfile[" + segmentKm.length + " segments, " + lengthKm() + " km, " + source + "]";
    }
}
