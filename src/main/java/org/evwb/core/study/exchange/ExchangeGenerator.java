package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.geo.Geo;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
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
