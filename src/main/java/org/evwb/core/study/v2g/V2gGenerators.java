package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Unit;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;
import org.evwb.core.solve.GeneratorSpec;

/**
 * The study's seeded generators: {@code v2g-fleet} (a depot with d EVs, their SoCs drawn as the level says, and one
 * generated market day) and {@code v2g-market-day} (the same with identical EVs, for market-day studies). Both
 * record their recipe in the project; the market day's seed is the generator's.
 */
public final class V2gGenerators {

    public static final String FLEET_ID = "v2g-fleet";
    public static final String MARKET_DAY_ID = "v2g-market-day";

    /**
     * Parameters of {@code v2g-fleet}.
     *
     * @param evCount        fleet size d
     * @param level          0–3: the study configuration's preset ({@code l0}…{@code l3}); L0 makes identical EVs
     * @param initialMinKWh  initial SoC ~ U[initialMinKWh, initialMaxKWh] (L1: 10–50)
     * @param targetMinKWh   target SoC ~ U[targetMinKWh, targetMaxKWh] (L1: 70–100)
     * @param capacityKWh    battery capacity (100 kWh)
     * @param powerKW        charger power (10 kW)
     * @param weekend        a weekend market day
     * @param negativePriceChance chance of a negative-price dip at night
     * @param volumePerEvKWh residual volume amplitude per EV and slot
     */
    public record FleetParameters(
            @Unit(value = "", min = 1, max = 1000) int evCount,
            @Unit(value = "", min = 0, max = 3) int level,
            @Unit(value = "kWh", min = 0) double initialMinKWh,
            @Unit(value = "kWh", min = 0) double initialMaxKWh,
            @Unit(value = "kWh", min = 0) double targetMinKWh,
            @Unit(value = "kWh", min = 0) double targetMaxKWh,
            @Unit(value = "kWh", min = 1, max = 1000) double capacityKWh,
            @Unit(value = "kW", min = 0.1, max = 350) double powerKW,
            boolean weekend,
            @Unit(value = "", min = 0, max = 1) double negativePriceChance,
            @Unit(value = "kWh", min = 0, max = 10) double volumePerEvKWh) {

        public static final FleetParameters DEFAULT = new FleetParameters(50, 3, 10, 50, 70, 100, 100, 10, false,
                0.1, 3);

        public FleetParameters {
            if (initialMaxKWh < initialMinKWh || targetMaxKWh < targetMinKWh) {
                throw new IllegalArgumentException("each SoC range needs its minimum at or below its maximum");
            }
            if (targetMaxKWh > capacityKWh || initialMaxKWh > capacityKWh) {
                throw new IllegalArgumentException("SoCs above the capacity " + capacityKWh + " kWh cannot be "
                        + "reached; lower initialMaxKWh/targetMaxKWh or raise capacityKWh");
            }
        }

        public FleetParameters withEvCount(int d) {
            return new FleetParameters(d, level, initialMinKWh, initialMaxKWh, targetMinKWh, targetMaxKWh,
                    capacityKWh, powerKW, weekend, negativePriceChance, volumePerEvKWh);
        }

        public FleetParameters withLevel(int l) {
            return new FleetParameters(evCount, l, initialMinKWh, initialMaxKWh, targetMinKWh, targetMaxKWh,
                    capacityKWh, powerKW, weekend, negativePriceChance, volumePerEvKWh);
        }
    }

    /** Parameters of {@code v2g-market-day}: the fleet size the volume scales with, and the day's character. */
    public record MarketDayParameters(
            @Unit(value = "", min = 1, max = 1000) int evCount,
            boolean weekend,
            @Unit(value = "", min = 0, max = 1) double negativePriceChance,
            @Unit(value = "kWh", min = 0, max = 10) double volumePerEvKWh) {
        public static final MarketDayParameters DEFAULT = new MarketDayParameters(50, false, 0.1, 3);
    }

    private static final GeoPoint DEPOT = new GeoPoint(4.8897, 52.374);

    private V2gGenerators() {
    }

    static List<GeneratorSpec> specs() {
        return List.of(
                GeneratorSpec.of(FLEET_ID, "A depot with d EVs (SoCs by level: L0 identical 30→80 kWh, else "
                        + "U[10, 50] → U[70, 100]) and a generated market day", FleetParameters.DEFAULT,
                        (p, seed, ctx) -> new GeneratorSpec.Generated(fleet(p, seed), p.evCount() + " EVs at level L"
                                + p.level() + ", one market day (seed " + seed + ")")),
                GeneratorSpec.of(MARKET_DAY_ID, "A generated market day (evening peak, night trough, weekday or "
                        + "weekend, occasional negative prices) with d identical EVs", MarketDayParameters.DEFAULT,
                        (p, seed, ctx) -> new GeneratorSpec.Generated(fleet(new FleetParameters(p.evCount(), 0, 30, 30,
                                80, 80, 100, 10, p.weekend(), p.negativePriceChance(), p.volumePerEvKWh()), seed),
                                "market day " + seed + (p.weekend() ? " (weekend)" : " (weekday)") + " for "
                                        + p.evCount() + " EVs")));
    }

    /** The market day of a fleet project: its own parameters, the generator's seed. */
    public static MarketDayGenerator.Day marketDay(FleetParameters p, long seed) {
        return new MarketDayGenerator(48, 15, 1080, p.weekend(), MarketDayGenerator.DEFAULT.basePricePerKWh(),
                MarketDayGenerator.DEFAULT.peakPricePerKWh(), p.negativePriceChance(), p.volumePerEvKWh())
                .generate(seed);
    }

    /** A fleet project made with {@code p} and {@code seed} (without its recipe; {@link GeneratorSpec} adds it). */
    public static Project fleet(FleetParameters p, long seed) {
        // separate streams for the fleet and the market, so changing d keeps the day the same
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Charger> chargers = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < p.evCount(); i++) {
            String n = String.format("%03d", i + 1);
            chargers.add(new Charger("p" + n, p.powerKW()));
            double initial = p.level() == 0 ? 30 : tenth(p.initialMinKWh() + r.nextDouble()
                    * (p.initialMaxKWh() - p.initialMinKWh()));
            double target = p.level() == 0 ? 80 : tenth(p.targetMinKWh() + r.nextDouble()
                    * (p.targetMaxKWh() - p.targetMinKWh()));
            target = Math.min(target, Math.floor(p.capacityKWh() * 10) / 10);
            // a 5 × 5 m grid of bays beside the depot (well inside the depot's 1 km radius)
            GeoPoint pos = new GeoPoint(DEPOT.lonDeg() + (i % 20) * 0.00007, DEPOT.latDeg() - (i / 20) * 0.00005);
            vehicles.add(new Vehicle("fev" + n, null, "ev", pos, initial, 0, target, null));
        }
        VehicleType type = new VehicleType("ev", "Fleet EV (" + p.capacityKWh() + " kWh)", VehicleCategory.OTHER,
                p.capacityKWh(), 2400, 0.32, 0.01, 3.2, 0, 0, 0, p.powerKW(), null);
        ChargingStation depot = new ChargingStation("depot", "Depot", DEPOT, null, null, chargers);
        MarketDayGenerator.Day day = marketDay(p, seed);
        List<TimeSeries> series = day.series(p.evCount(), 1080, 15);
        StudyConfig config = new StudyConfig("v2g-night", V2gStudy.ID, "Fleet as a battery", null,
                "l" + p.level());
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "V2G fleet, " + p.evCount() + " EVs (seed "
                + seed + ")", "Generated: " + p.evCount() + " EVs at level L" + p.level() + ", one "
                + (p.weekend() ? "weekend" : "weekday") + " market day" + (day.negativeDip() ? " with negative prices"
                : ""), Project.DEFAULT_CURRENCY, null,
                new Infrastructure(null, List.of(depot), null, null, null, null), new Fleet(List.of(type), vehicles),
                series, null, List.of(config));
    }

    private static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
