package org.evwb.core.study.netzero;

import java.util.SplittableRandom;

/**
 * Hourly weather of one year (8,760 rows or as many as imported): wind speed at hub height, global horizontal
 * irradiance and air temperature — the features paper 004 predicts wind and PV output from. Decision (SPEC §7): a
 * seeded synthetic London-like year unless the user imports CSV ({@link WeatherCsv}) or time series.
 *
 * @param windSpeedMs   m/s, each ≥ 0
 * @param irradianceWm2 W/m², each ≥ 0
 * @param temperatureC  °C
 * @param source        "synthetic (seed N)" or the file / series it came from
 */
public record WeatherYear(double[] windSpeedMs, double[] irradianceWm2, double[] temperatureC, String source) {

    public static final int HOURS = 8760;
    /** London's latitude, degrees. */
    static final double LATITUDE_DEG = 51.5;

    public WeatherYear {
        if (windSpeedMs.length != irradianceWm2.length || windSpeedMs.length != temperatureC.length) {
            throw new IllegalArgumentException("weather columns differ in length: " + windSpeedMs.length + " wind, "
                    + irradianceWm2.length + " irradiance, " + temperatureC.length + " temperature rows");
        }
        if (windSpeedMs.length == 0) {
            throw new IllegalArgumentException("a weather year needs at least one hour");
        }
        windSpeedMs = windSpeedMs.clone();
        irradianceWm2 = irradianceWm2.clone();
        temperatureC = temperatureC.clone();
    }

    public int hours() {
        return windSpeedMs.length;
    }

    /** A seeded synthetic London-like year: windier winters, sunny summers, cloudy skies, AR(1) weather. */
    public static WeatherYear synthetic(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] wind = new double[HOURS];
        double[] ghi = new double[HOURS];
        double[] temp = new double[HOURS];
        double windAnomaly = 0;
        double cloud = 0.6;
        double tempAnomaly = 0;
        double lat = Math.toRadians(LATITUDE_DEG);
        for (int h = 0; h < HOURS; h++) {
            int day = h / 24;
            int hour = h % 24;
            double season = Math.cos(2 * Math.PI * (day - 15) / 365.0); // 1 mid-January
            windAnomaly = 0.95 * windAnomaly + 0.9 * gaussian(rnd);
            wind[h] = Math.max(0, 6.5 + 1.5 * season + 0.4 * Math.sin(2 * Math.PI * (hour - 9) / 24.0)
                    + windAnomaly);
            tempAnomaly = 0.97 * tempAnomaly + 0.4 * gaussian(rnd);
            temp[h] = 11 - 7 * season + 4 * Math.sin(2 * Math.PI * (hour - 9) / 24.0) + tempAnomaly;
            cloud = Math.min(1, Math.max(0, cloud + 0.08 * (0.6 - cloud) + 0.12 * gaussian(rnd)));
            double decl = Math.toRadians(23.44) * Math.sin(2 * Math.PI * (284 + day + 1) / 365.0);
            double hourAngle = Math.toRadians(15 * (hour + 0.5 - 12));
            double sinElev = Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
            double clearSky = sinElev > 0 ? 1000 * 0.9 * Math.pow(sinElev, 1.15) : 0;
            ghi[h] = clearSky * (1 - 0.75 * Math.pow(cloud, 3));
        }
        return new WeatherYear(wind, ghi, temp, "synthetic London-like year (seed " + seed + ")");
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller on the seeded stream, so the year is the same on every machine
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    /** A wind turbine's capacity factor at hour h: cut-in 3 m/s, rated 12 m/s, cut-out 25 m/s, cubic between. */
    public double windCapacityFactor(int h) {
        double v = windSpeedMs[h % hours()];
        if (v < 3 || v > 25) {
            return 0;
        }
        return v >= 12 ? 1 : (v * v * v - 27) / (1728 - 27);
    }

    /** A PV plant's capacity factor at hour h: G/1000 with a −0.4 %/K cell temperature loss (cell = air + 0.031·G). */
    public double pvCapacityFactor(int h) {
        double g = irradianceWm2[h % hours()];
        double cell = temperatureC[h % hours()] + 0.031 * g;
        return Math.max(0, g / 1000 * (1 - 0.004 * (cell - 25)));
    }

    /** The mean capacity factor of a kind over the year. */
    public double meanCapacityFactor(RenewableSource.Kind kind) {
        double s = 0;
        for (int h = 0; h < hours(); h++) {
            s += kind == RenewableSource.Kind.WIND ? windCapacityFactor(h) : pvCapacityFactor(h);
        }
        return s / hours();
    }

    public double capacityFactor(RenewableSource.Kind kind, int h) {
        return kind == RenewableSource.Kind.WIND ? windCapacityFactor(h) : pvCapacityFactor(h);
    }
}
