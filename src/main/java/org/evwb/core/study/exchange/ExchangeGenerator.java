package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.geo.Geo;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Unit;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleCategory;
import org.evwb.core.project.VehicleType;

/**
 * Seeded scenarios for study {@code exchange} (paper 000 §IV): EVs and BSs uniformly in a square of central London,
 * EV SoC uniform in [10, 100] %. The same settings and seed give the same project, bit for bit.
 *
 * <p>Decisions where the paper used data we do not have: EV speeds (SUMO in the paper) uniform in
 * [{@code evSpeedMinKmh}, {@code evSpeedMaxKmh}]; BS SoC (a measured data set in the paper) uniform in
 * [{@code bsSocMinFraction}, 1] of 100 kWh; BS output power uniform in [0, P_max] with one BBU core at a uniform load.
 */
public final class ExchangeGenerator {

    /** Generator settings; {@link #defaults()} follows the paper where it can. */
    public record Settings(double centerLonDeg, double centerLatDeg, double areaSideKm, double evCapacityKWh,
                           double evSocMinFraction, double evSocMaxFraction, double evSpeedMinKmh,
                           double evSpeedMaxKmh, double bsCapacityKWh, double bsSocMinFraction,
                           double bsMaxOutputPowerW) {

        /** Trafalgar Square at the centre of a 2.5 × 2.5 km square; 60 kWh EVs; 100 kWh BS batteries. */
        public static Settings defaults() {
            return new Settings(-0.1278, 51.5080, 2.5, 60, 0.10, 1.00, 20, 50, 100, 0.10, 40);
        }
    }

    /** The generator's id in recipes and on the command line. */
    public static final String ID = "exchange";
    /** The most EVs one generated scenario may have (the paper went up to 200; pairs grow with N_EV²). */
    public static final int MAX_EVS = 5_000;

    /**
     * What {@code evwb generate exchange} and recipes set: the paper's N_EV and N_BS, and the scenario settings.
     * Vehicle physics (mass, drag, rolling resistance, frontal area) are the study's defaults.
     */
    public record Parameters(
            @Unit(value = "", min = 0, max = MAX_EVS) int evCount,
            @Unit(value = "", min = 0, max = 1000) int bsCount,
            @Unit(value = "km", min = 0, max = 100, minExclusive = true) double areaSideKm,
            @Unit(value = "°", min = -180, max = 180) double centerLonDeg,
            @Unit(value = "°", min = -85, max = 85) double centerLatDeg,
            @Unit(value = "kWh", min = 0, max = 500, minExclusive = true) double evCapacityKWh,
            @Unit(value = "", min = 0, max = 1) double evSocMinFraction,
            @Unit(value = "", min = 0, max = 1) double evSocMaxFraction,
            @Unit(value = "km/h", min = 0, max = 300, minExclusive = true) double evSpeedMinKmh,
            @Unit(value = "km/h", min = 0, max = 300, minExclusive = true) double evSpeedMaxKmh,
            @Unit(value = "kWh", min = 0, max = 10_000, minExclusive = true) double bsCapacityKWh,
            @Unit(value = "", min = 0, max = 1) double bsSocMinFraction,
            @Unit(value = "W", min = 0, max = 1e6, minExclusive = true) double bsMaxOutputPowerW) {

        /** 100 EVs and 3 base stations with the paper's settings ({@link Settings#defaults()}). */
        public static final Parameters DEFAULT = of(100, 3, Settings.defaults());

        public Parameters {
            if (evCount + bsCount < 1) {
                throw new IllegalArgumentException("evCount + bsCount must be at least 1: the study needs someone to "
                        + "trade");
            }
            if (!(evSocMinFraction < evSocMaxFraction) || !(evSpeedMinKmh < evSpeedMaxKmh)
                    || !(bsSocMinFraction < 1)) {
                throw new IllegalArgumentException("evSocMinFraction must be below evSocMaxFraction, evSpeedMinKmh "
                        + "below evSpeedMaxKmh and bsSocMinFraction below 1 (values are drawn between them)");
            }
        }

        /** N_EV and N_BS with the given settings. */
        public static Parameters of(int evCount, int bsCount, Settings s) {
            return new Parameters(evCount, bsCount, s.areaSideKm(), s.centerLonDeg(), s.centerLatDeg(),
                    s.evCapacityKWh(), s.evSocMinFraction(), s.evSocMaxFraction(), s.evSpeedMinKmh(),
                    s.evSpeedMaxKmh(), s.bsCapacityKWh(), s.bsSocMinFraction(), s.bsMaxOutputPowerW());
        }

        public Settings settings() {
            return new Settings(centerLonDeg, centerLatDeg, areaSideKm, evCapacityKWh, evSocMinFraction,
                    evSocMaxFraction, evSpeedMinKmh, evSpeedMaxKmh, bsCapacityKWh, bsSocMinFraction,
                    bsMaxOutputPowerW);
        }
    }

    /**
     * The scenario of {@code p} with {@code seed} (the same project as {@link #generate(int, int, long)} with the same
     * settings) and one exchange study configuration.
     */
    public static Project generate(Parameters p, long seed) {
        Project project = new ExchangeGenerator(p.settings(), ExchangeParameters.defaults())
                .generate(p.evCount(), p.bsCount(), seed);
        return project.withStudies(List.of(new StudyConfig(ID, ExchangeStudy.ID, "Energy exchange", Map.of())));
    }

    private final Settings settings;
    private final ExchangeParameters params;

    public ExchangeGenerator(Settings settings, ExchangeParameters params) {
        this.settings = settings;
        this.params = params;
    }

    public Project generate(int evCount, int bsCount, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Settings s = settings;
        double halfLatDeg = Math.toDegrees(s.areaSideKm() / 2 / Geo.EARTH_RADIUS_KM);
        double halfLonDeg = halfLatDeg / Math.cos(Math.toRadians(s.centerLatDeg()));
        List<BaseStation> bss = new ArrayList<>();
        for (int k = 0; k < bsCount; k++) {
            GeoPoint at = point(rnd, s, halfLonDeg, halfLatDeg);
            double soc = s.bsCapacityKWh() * rnd.nextDouble(s.bsSocMinFraction(), 1.0);
            double out = rnd.nextDouble(0, s.bsMaxOutputPowerW());
            bss.add(new BaseStation("BS" + (k + 1), "", at, s.bsCapacityKWh(), soc, out, s.bsMaxOutputPowerW(), 1,
                    rnd.nextDouble()));
        }
        VehicleType type = new VehicleType("EV60", "Paper 000 EV", VehicleCategory.CAR, s.evCapacityKWh(),
                params.vehicleMassKg(), params.airResistance(), params.groundFriction(), params.frontalAreaM2(), 0, 0,
                0, 0, List.of());
        List<Vehicle> vs = new ArrayList<>();
        for (int k = 0; k < evCount; k++) {
            GeoPoint at = point(rnd, s, halfLonDeg, halfLatDeg);
            double soc = s.evCapacityKWh() * rnd.nextDouble(s.evSocMinFraction(), s.evSocMaxFraction());
            double speed = rnd.nextDouble(s.evSpeedMinKmh(), s.evSpeedMaxKmh());
            vs.add(new Vehicle("EV" + (k + 1), "", type.id(), at, soc, speed, null, null));
        }
        Infrastructure infra = new Infrastructure(null, null, bss, null, null, null);
        return new Project(Project.FORMAT, Project.CURRENT_VERSION, "exchange " + evCount + " EVs × " + bsCount
                + " BSs, seed " + seed, "", null, null, infra, new Fleet(List.of(type), vs), null, null, null);
    }

    private static GeoPoint point(SplittableRandom rnd, Settings s, double halfLon, double halfLat) {
        return new GeoPoint(s.centerLonDeg() + rnd.nextDouble(-halfLon, halfLon),
                s.centerLatDeg() + rnd.nextDouble(-halfLat, halfLat));
    }
}
