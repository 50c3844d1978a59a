package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Unit;

/**
 * A seeded synthetic market day, 18:00–06:00 in 15-min slots by default: an intraday price with an evening peak and
 * a night trough, lower and flatter at weekends, with occasional negative prices at night; and a residual volume per
 * EV (SPEC §6 Decisions: v_k = d·u_k, u_k in kWh per EV and slot) that is a deficit in the evening and an excess at
 * night, both with autocorrelated noise. The same seed and parameters give the same day, bit for bit.
 *
 * @param slots                 slots of the night (48)
 * @param slotMinutes           slot length (15 min)
 * @param startMin              minutes after midnight of the first slot (18:00 = 1080)
 * @param weekend               a weekend day: base price 15 % lower, evening peak 40 % lower
 * @param basePricePerKWh       the night's average price level before peak and trough
 * @param peakPricePerKWh       extra price at the evening peak (about 19:30)
 * @param negativePriceChance   chance that the night has a negative-price dip (a few slots below 0)
 * @param volumePerEvKWh        amplitude of u_k: about +this in the evening, −this at night (≈ 1–5 kWh per EV)
 */
public record MarketDayGenerator(
        @Unit(value = "", min = 1, max = 672) int slots,
        @Unit(value = "min", min = 1, max = 60) double slotMinutes,
        @Unit(value = "min", min = 0, max = 1439) double startMin,
        boolean weekend,
        @Unit(value = "¤/kWh", min = 0) double basePricePerKWh,
        @Unit(value = "¤/kWh", min = 0) double peakPricePerKWh,
        @Unit(value = "", min = 0, max = 1) double negativePriceChance,
        @Unit(value = "kWh", min = 0, max = 10) double volumePerEvKWh) {

    public static final MarketDayGenerator DEFAULT = new MarketDayGenerator(48, 15, 1080, false, 0.18, 0.2, 0.1, 3);

    /** One generated night: price (¤/kWh, 4 decimals) and residual per EV (kWh, before scaling by the fleet). */
    public record Day(double[] price, double[] volumePerEv, boolean negativeDip) {

        /** The price and residual series for a fleet of {@code evCount} EVs (volume on the 0.1 kWh grid). */
        public List<TimeSeries> series(int evCount, double startMin, double slotMinutes) {
            List<Double> p = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            for (int k = 0; k < price.length; k++) {
                p.add(price[k]);
                v.add(Math.round(volumePerEv[k] * evCount * 10) / 10.0);
            }
            return List.of(new TimeSeries("price", "Intraday price", "¤/kWh", startMin, slotMinutes, p),
                    new TimeSeries("residual", "Residual volume", "kWh", startMin, slotMinutes, v));
        }
    }

    public Day generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double base = basePricePerKWh * (weekend ? 0.85 : 1) * (0.85 + 0.3 * r.nextDouble());
        double peak = peakPricePerKWh * (weekend ? 0.6 : 1) * (0.7 + 0.6 * r.nextDouble());
        double peakHour = 19.0 + r.nextDouble();
        double troughHour = 2.5 + 2 * r.nextDouble();
        double trough = base * (0.3 + 0.3 * r.nextDouble());
        boolean dip = r.nextDouble() < negativePriceChance;
        double dipDepth = dip ? trough + base * (0.4 + 0.6 * r.nextDouble()) : 0;
        double dipHour = troughHour + (r.nextDouble() - 0.5);
        double evening = volumePerEvKWh * (0.7 + 0.6 * r.nextDouble());
        double night = volumePerEvKWh * (0.7 + 0.6 * r.nextDouble()) * (weekend ? 1.2 : 1);
        double crossHour = 22.5 + 1.5 * r.nextDouble();
        double[] price = new double[slots];
        double[] vol = new double[slots];
        double noiseP = 0;
        double noiseV = 0;
        for (int k = 0; k < slots; k++) {
            double h = (startMin + (k + 0.5) * slotMinutes) / 60.0;
            double hn = h >= 24 ? h - 24 : h;
            double fromPeak = h - peakHour;
            double fromTrough = (hn < 12 ? hn : hn - 24) - troughHour;
            noiseP = 0.8 * noiseP + 0.01 * gaussian(r);
            noiseV = 0.8 * noiseV + 0.15 * volumePerEvKWh * gaussian(r);
            double p = base + peak * Math.exp(-fromPeak * fromPeak / (2 * 1.2 * 1.2))
                    - trough * Math.exp(-fromTrough * fromTrough / (2 * 2.0 * 2.0)) + noiseP;
            if (dip) {
                double fromDip = (hn < 12 ? hn : hn - 24) - dipHour;
                p -= dipDepth * Math.exp(-fromDip * fromDip / (2 * 0.6 * 0.6));
            }
            price[k] = Math.round(p * 1e4) / 1e4;
            // deficit before the crossing hour, excess after: a smooth step, deepest in the small hours
            double hoursAfterCross = h - crossHour;
            double shape = -Math.tanh(hoursAfterCross / 1.5);
            vol[k] = (shape > 0 ? evening * shape : night * shape) + noiseV;
        }
        return new Day(price, vol, dip);
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
