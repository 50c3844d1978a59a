package org.evwb.core.study.motorway;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * The paper's instance generator (§4.2): first the motorway (length, nodes, stations with 2–3 chargers), then one
 * vehicle type per EMV (battery C_full, a consumption per global speed rising with speed), then trips and entry
 * energies. Every instance has a feasible schedule at the lowest speed: the generator builds that schedule while it
 * places the EMVs (each one reaches a charger at or after the charger's previous job ends) and confirms it with the
 * checker before returning it.
 */
public final class MotorwayGenerator {

    public static final String GENERATOR_ID = "motorway";
    /** The most EMVs one generated section may have (each gets its own vehicle type; the paper went up to 33). */
    public static final int MAX_EMVS = 10_000;

    /**
     * Sizes are capped ({@code @Unit} maxima, e.g. at most {@value #MAX_EMVS} EMVs) so a typo cannot ask for a
     * project larger than a project file may be. On the command line the short names {@code --emvs}, {@code --nodes},
     * {@code --stations}, {@code --modes} and {@code --charger-kw} work too.
     *
     * @param stationSpacingKm when &gt; 0, stations every this many km (overrides {@code stationCount})
     * @param density          share of EMVs placed to reach their charger just as it frees (more crowding)
     * @param horizonMin       arrivals of the other EMVs are uniform in [0, horizonMin]
     */
    public record Parameters(
            @Unit(value = "km", min = 0, max = 2000, minExclusive = true) double lengthKm,
            @JsonAlias("nodes") @Unit(value = "", min = 2, max = 1000) int nodeCount,
            @JsonAlias("stations") @Unit(value = "", min = 0, max = 1000) int stationCount,
            @Unit(value = "km", min = 0, max = 2000) double stationSpacingKm,
            @Unit(value = "", min = 1, max = 10) int minChargers,
            @Unit(value = "", min = 1, max = 10) int maxChargers,
            @JsonAlias("chargerKW") @Unit(value = "kW", min = 0, max = 1000, minExclusive = true) double chargerPowerKW,
            @JsonAlias("emvs") @Unit(value = "", min = 1, max = MAX_EMVS) int emvCount,
            @JsonAlias("modes") @Unit(value = "", min = 1, max = 20) int modeCount,
            @Unit(value = "km/h", min = 0, max = 300, minExclusive = true) double minSpeedKmh,
            @Unit(value = "km/h", min = 0, max = 300, minExclusive = true) double maxSpeedKmh,
            @Unit(value = "kWh", min = 0, max = 500, minExclusive = true) double minBatteryKWh,
            @Unit(value = "kWh", min = 0, max = 500, minExclusive = true) double maxBatteryKWh,
            @Unit(value = "Wh/km", min = 0, max = 2000, minExclusive = true) double minConsumptionWhPerKm,
            @Unit(value = "Wh/km", min = 0, max = 2000, minExclusive = true) double maxConsumptionWhPerKm,
            @Unit(value = "", min = 0, max = 1) double density,
            @Unit(value = "min", min = 0, max = 10_080) double horizonMin,
            @Unit(value = "kWh", min = 0, max = 500) double reserveKWh) {

        /** Paper §4.2 ranges; sizes of a mid-sized instance. */
        public static final Parameters DEFAULT = new Parameters(100, 10, 4, 0, 2, 3, 50, 10, 6, 60, 140, 10, 30,
                80, 250, 0.5, 120, 0);

        public Parameters {
            // single values are range-checked from @Unit where parameters are set by name; these are the ones that
            // need two values, plus the basic sanity of records built in code
            require(lengthKm > 0 && nodeCount >= 2 && emvCount >= 1 && modeCount >= 1 && minChargers >= 1
                    && chargerPowerKW > 0 && minSpeedKmh > 0 && minBatteryKWh > 0 && minConsumptionWhPerKm > 0
                    && density >= 0 && density <= 1 && horizonMin >= 0 && reserveKWh >= 0,
                    "lengthKm, chargerPowerKW, minSpeedKmh, minBatteryKWh and minConsumptionWhPerKm must be > 0, "
                            + "nodeCount >= 2, emvCount, modeCount and minChargers >= 1, density in 0-1, horizonMin "
                            + "and reserveKWh >= 0");
            require(maxChargers >= minChargers, "maxChargers (" + maxChargers + ") must be at least minChargers ("
                    + minChargers + ")");
            require(maxSpeedKmh >= minSpeedKmh, "maxSpeedKmh (" + maxSpeedKmh + ") must be at least minSpeedKmh ("
                    + minSpeedKmh + ")");
            require(maxBatteryKWh >= minBatteryKWh, "maxBatteryKWh (" + maxBatteryKWh + ") must be at least "
                    + "minBatteryKWh (" + minBatteryKWh + ")");
            require(maxConsumptionWhPerKm >= minConsumptionWhPerKm, "maxConsumptionWhPerKm ("
                    + maxConsumptionWhPerKm + ") must be at least minConsumptionWhPerKm (" + minConsumptionWhPerKm
                    + ")");
            require(stationSpacingKm > 0 || stationCount >= 1, "stationCount must be at least 1 unless "
                    + "stationSpacingKm places the stations");
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException("bad motorway generator parameters: " + message);
            }
        }

        public Parameters withSizes(int emvs, int stations, int nodes, int modes) {
            return new Parameters(lengthKm, nodes, stations, 0, minChargers, maxChargers, chargerPowerKW, emvs, modes,
                    minSpeedKmh, maxSpeedKmh, minBatteryKWh, maxBatteryKWh, minConsumptionWhPerKm,
                    maxConsumptionWhPerKm, density, horizonMin, reserveKWh);
        }

        public Parameters withCrowding(double newDensity, double newHorizonMin) {
            return new Parameters(lengthKm, nodeCount, stationCount, stationSpacingKm, minChargers, maxChargers,
                    chargerPowerKW, emvCount, modeCount, minSpeedKmh, maxSpeedKmh, minBatteryKWh, maxBatteryKWh,
                    minConsumptionWhPerKm, maxConsumptionWhPerKm, newDensity, newHorizonMin, reserveKWh);
        }
    }

    /** A generated project and the lowest-speed schedule that proves it feasible (checked). */
    public record Generated(Project project, MotorwaySchedule witness) { }

    private static final int ATTEMPTS = 4;
    /**
     * Generates the section and its EMVs, confirms the lowest-speed schedule with the checker and records the recipe.
     *
     * @throws IllegalStateException when no feasible instance could be made with these parameters
     */
    public Generated generate(Parameters p, long seed) {
        List<Violation> last = List.of();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // Later attempts leave a growing gap after each job, in case rounding ever made two jobs touch.
            Generated g = attempt(p, seed, attempt * 0.1);
            Project project = g.project().withGenerators(List.of(new GeneratorRecipe(GENERATOR_ID, GENERATOR_ID,
                    seed, RecordValues.toMap(p))));
            MotorwayInstance in;
            try {
                in = new MotorwayInstanceBuilder(MotorwayParameters.DEFAULT.withReserveKWh(p.reserveKWh()))
                        .build(project);
            } catch (ProjectFileException e) {
                throw new IllegalStateException("the generator built an unusable project: " + e.getMessage(), e);
            }
            last = new MotorwayChecker().check(in, g.witness());
            if (last.isEmpty()) {
                return new Generated(project, g.witness());
            }
        }
        throw new IllegalStateException("could not confirm a feasible schedule for seed " + seed + ": " + last);
    }

    private Generated attempt(Parameters p, long seed, double gapMin) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MotorwayProjectBuilder b = new MotorwayProjectBuilder("M", new GeoPoint(19.0, 50.26));
        double[] nodeKm = nodes(p, rnd);
        for (int k = 0; k < nodeKm.length; k++) {
            b.node("N" + (k + 1), "Node " + (k + 1), nodeKm[k]);
        }
        int s = p.stationSpacingKm() > 0 ? Math.max(1, (int) Math.floor(p.lengthKm() / p.stationSpacingKm()))
                : p.stationCount();
        double[] stKm = new double[s];
        double[][] freeAt = new double[s][];
        for (int j = 0; j < s; j++) {
            stKm[j] = round1((j + 0.5) * p.lengthKm() / s);
            int chargers = p.minChargers() + rnd.nextInt(p.maxChargers() - p.minChargers() + 1);
            double[] powers = new double[chargers];
            java.util.Arrays.fill(powers, p.chargerPowerKW());
            b.station("S" + (j + 1), "Station " + (j + 1), stKm[j], powers);
            freeAt[j] = new double[chargers];
        }
        double[] speeds = new double[p.modeCount()];
        for (int k = 0; k < speeds.length; k++) {
            speeds[k] = p.modeCount() == 1 ? p.minSpeedKmh()
                    : round1(p.minSpeedKmh() + k * (p.maxSpeedKmh() - p.minSpeedKmh()) / (p.modeCount() - 1));
        }
        List<Assignment> witness = new ArrayList<>();
        for (int i = 0; i < p.emvCount(); i++) {
            String id = "EV" + (i + 1);
            for (int tries = 0; ; tries++) {
                if (tries > 1000) {
                    throw new IllegalStateException("cannot place EMV " + id + ": no station within the battery range "
                            + "of any node pair; add stations or nodes, or raise the battery sizes");
                }
                double full = round1(p.minBatteryKWh() + rnd.nextDouble() * (p.maxBatteryKWh() - p.minBatteryKWh()));
                double[] cons = consumptions(p, rnd);
                double p0 = cons[0] / 1000.0;
                int j = rnd.nextInt(s);
                List<Integer> ins = new ArrayList<>();
                List<Integer> outs = new ArrayList<>();
                for (int k = 0; k < nodeKm.length; k++) {
                    if (nodeKm[k] <= stKm[j] && (stKm[j] - nodeKm[k]) * p0 <= 0.9 * full - p.reserveKWh()) {
                        ins.add(k);
                    }
                    if (nodeKm[k] >= stKm[j] && (nodeKm[k] - stKm[j]) * p0 <= full) {
                        outs.add(k);
                    }
                }
                if (ins.isEmpty() || outs.isEmpty()) {
                    continue;
                }
                int in = ins.get(rnd.nextInt(ins.size()));
                int out = outs.get(rnd.nextInt(outs.size()));
                if (nodeKm[out] <= nodeKm[in]) {
                    continue;
                }
                double d = stKm[j] - nodeKm[in];
                double need = d * p0 + p.reserveKWh();
                double entry = Math.floor((need + (0.05 + 0.55 * rnd.nextDouble()) * (full - need)) * 100) / 100;
                int l = 0;
                for (int c = 1; c < freeAt[j].length; c++) {
                    if (freeAt[j][c] < freeAt[j][l]) {
                        l = c;
                    }
                }
                double driveMin = 60.0 * d / speeds[0];
                double free = freeAt[j][l] + gapMin;
                double a = rnd.nextDouble() < p.density() ? free - driveMin : rnd.nextDouble() * p.horizonMin();
                a = Math.max(0, Math.max(a, free - driveMin));
                a = Math.ceil(a * 10) / 10;
                // The same formulas as instance building, so the witness matches the instance to the last bit.
                double ready = a + 60.0 * d / speeds[0];
                double arrival = entry - d * p0;
                double end = ready + 60.0 * (full - arrival) / p.chargerPowerKW();
                freeAt[j][l] = end;
                List<DrivingMode> modes = new ArrayList<>();
                for (int k = 0; k < speeds.length; k++) {
                    modes.add(new DrivingMode(speeds[k], cons[k]));
                }
                b.type("T-" + id, "EMV type " + (i + 1), full, modes);
                b.vehicle(id, "T-" + id, "N" + (in + 1), "N" + (out + 1), a, entry);
                witness.add(new Assignment(id, 0, "S" + (j + 1), Integer.toString(l + 1), ready, end));
                break;
            }
        }
        Project project = b.build("Generated motorway (seed " + seed + ")", "Generated section");
        return new Generated(project, new MotorwaySchedule(witness, MotorwaySchedule.Status.HEURISTIC, 0));
    }

    /** Node chainages: 0, the length, and distinct random ones between, in increasing order. */
    private static double[] nodes(Parameters p, SplittableRandom rnd) {
        java.util.TreeSet<Double> km = new java.util.TreeSet<>();
        km.add(0.0);
        km.add(round1(p.lengthKm()));
        int guard = 0;
        while (km.size() < p.nodeCount() && guard++ < 100_000) {
            double x = round1(rnd.nextDouble() * p.lengthKm());
            if (x > 0 && x < round1(p.lengthKm())) {
                km.add(x);
            }
        }
        return km.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Consumption per mode, Wh/km, strictly rising with speed, within the bounds. */
    private static double[] consumptions(Parameters p, SplittableRandom rnd) {
        double[] c = new double[p.modeCount()];
        for (int k = 0; k < c.length; k++) {
            c[k] = p.minConsumptionWhPerKm() + rnd.nextDouble() * (p.maxConsumptionWhPerKm()
                    - p.minConsumptionWhPerKm() - c.length);
        }
        java.util.Arrays.sort(c);
        for (int k = 0; k < c.length; k++) {
            c[k] = Math.round(c[k]) + k; // strictly increasing after rounding, still <= the maximum
        }
        return c;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
