package org.evwb.core.study.netzero;

import java.util.SplittableRandom;

/**
 * The built-in seeded traffic model: each EV cruises at its type's UK limit in equal segments; a congestion knob slows
 * traffic down and makes it noisier, and lane changes add a short dip and re-acceleration. With congestion 0 and no
 * lane changes it is the reference reading of SPEC §7 (constant speed at the limit, 100 m segments) — the default.
 *
 * @param segmentKm        segment length
 * @param congestion       0 free flow; 1 heavy (mean speed down to 40 % of the limit, ±20 % noise)
 * @param laneChangesPerKm expected lane changes per km, each lowering one segment's speed by 15 %
 * @param lanes            lanes of the road (a one-lane road has no lane changes)
 */
public record BuiltInSpeedModel(double segmentKm, double congestion, double laneChangesPerKm, int lanes)
        implements SpeedProfileSource {

    /** The {@link SpeedProfile#source()} of built-in profiles. */
    public static final String SOURCE = "built-in";

    /** Slowest speed the model gives, km/h (eq. (6) divides by v). */
    static final double MIN_KMH = 5;

    static BuiltInSpeedModel of(NetzeroParameters p) {
        return new BuiltInSpeedModel(p.segmentKm(), p.congestion(), p.laneChangesPerKm(), p.lanes());
    }

    @Override
    public SpeedProfile profile(EvRequest ev, double routeKm, long seed) {
        if (congestion == 0 && (laneChangesPerKm == 0 || lanes < 2)) {
            return SpeedProfile.constant(routeKm, ev.limitKmh(), segmentKm);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = Math.max(1, (int) Math.ceil(routeKm / segmentKm - 1e-9));
        double[] len = new double[k];
        double[] v = new double[k];
        double mean = ev.limitKmh() * (1 - 0.6 * congestion);
        double level = mean;
        double changeProbability = lanes < 2 ? 0 : Math.min(1, laneChangesPerKm * routeKm / k);
        for (int s = 0; s < k; s++) {
            len[s] = routeKm / k;
            // a slowly wandering speed (AR(1)), never above the limit
            level = mean + 0.8 * (level - mean) + congestion * 0.2 * mean * (rnd.nextDouble() * 2 - 1);
            double speed = Math.min(ev.limitKmh(), level);
            if (rnd.nextDouble() < changeProbability) {
                speed *= 0.85;
            }
            v[s] = Math.max(MIN_KMH, speed);
        }
        return new SpeedProfile(len, v, v[0], SOURCE);
    }
}
