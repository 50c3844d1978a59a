package org.evwb.core.study.netzero.forecast;

import java.util.SplittableRandom;
import org.evwb.core.study.netzero.RenewableSource;
import org.evwb.core.study.netzero.WeatherYear;

/**
 * What the forecasts learn from, per hour of a {@link WeatherYear}: the features a day-ahead forecast has — the
 * forecast wind speed, irradiance and temperature (the year's weather with seeded forecast errors: wind AR(1) with
 * σ ≈ 1 m/s, irradiance ±15 % cloud error, temperature σ 1 K) and the hour of day and day of year as sine/cosine —
 * and the actual capacity factor of the kind (the year's own, {@link WeatherYear#capacityFactor}). Without the
 * forecast errors the target would be an exact function of the features and every model would look perfect.
 *
 * @param kind      wind or PV
 * @param features  per hour, {@link #FEATURES} values
 * @param actual    per hour, the capacity factor in [0, 1]
 * @param trainHours hours [0, trainHours) train; the rest is the held-out period
 */
public record ForecastData(RenewableSource.Kind kind, double[][] features, double[] actual, int trainHours) {

    /** Feature names, in order. */
    public static final String[] FEATURES = {"windSpeed", "irradiance", "temperature", "hourSin", "hourCos",
        "daySin", "dayCos"};

    /** The held-out period by default: the last 61 days (November and December). */
    public static final int HELD_OUT_HOURS = 61 * 24;

    /** Features and targets of one kind from a weather year, forecast errors from {@code seed}. */
    public static ForecastData of(WeatherYear year, RenewableSource.Kind kind, long seed, int heldOutHours) {
        int n = year.hours();
        if (heldOutHours <= 0 || heldOutHours >= n) {
            throw new IllegalArgumentException("the held-out period must be 1–" + (n - 1) + " hours, was "
                    + heldOutHours);
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ (kind == RenewableSource.Kind.WIND ? 0x77L : 0x70L));
        double[][] f = new double[n][];
        double[] y = new double[n];
        double windErr = 0;
        double[] w = year.windSpeedMs();
        double[] g = year.irradianceWm2();
        double[] t = year.temperatureC();
        for (int h = 0; h < n; h++) {
            windErr = 0.8 * windErr + 0.6 * gaussian(rnd);
            double cloudErr = 1 + 0.15 * gaussian(rnd);
            int hour = h % 24;
            int day = (h / 24) % 365;
            f[h] = new double[] {
                Math.max(0, w[h] + windErr) / 10,
                Math.max(0, g[h] * cloudErr) / 1000,
                (t[h] + gaussian(rnd)) / 20,
                Math.sin(2 * Math.PI * hour / 24), Math.cos(2 * Math.PI * hour / 24),
                Math.sin(2 * Math.PI * day / 365), Math.cos(2 * Math.PI * day / 365)};
            y[h] = year.capacityFactor(kind, h);
        }
        return new ForecastData(kind, f, y, n - heldOutHours);
    }

    public int hours() {
        return actual.length;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
