package org.evwb.core.study.netzero;

import org.evwb.core.project.Unit;

/**
 * Every parameter of study {@code netzero} (SPEC §7, paper 004 Tables V–VI and the "Decisions from the reference
 * model"), each editable in the project's study configuration. Energies kWh, distances km, speeds km/h, money in the
 * project's currency, CO2 kg. docs/studies/netzero.md explains every decision.
 *
 * @param fleetSize             0: the project's vehicles; N &gt; 0: N EVs drawn (seed {@code fleetSeed}) with the
 *                              project's vehicle types and the type shares — how the N_EV 500–2000 grid is run
 * @param fleetSeed             seed of every random draw of the instance (route lengths, station distances, drawn
 *                              fleets, speed-profile noise)
 * @param carShare              pr_car (Decision: 60/20/20, Table VI prints 60/40/40)
 * @param roadLengthKm          L_R
 * @param lanes                 lanes of the road (the built-in speed model's lane changes; SUMO's network)
 * @param gradePercent          θ as a percentage grade: every route climbs at atan(grade/100) (Decision)
 * @param routeMeanKm           L_i: lognormal with this mean and {@code routeVarianceKm2} (the lognormal's own)
 * @param stationDistanceMeanKm l_Si: lognormal with this mean and {@code stationDistanceVarianceKm2}
 * @param initialChargeMinShare SOC_c = BC·U(this, 1) for drawn fleets (Decision: 0.05)
 * @param alpha                 α of eq. (9): the share of SOC_r an EV offers
 * @param segmentKm             the built-in profile's segment length (Decision: 100 m)
 * @param congestion            0: free flow at the limit (the reference reading); up to 1: slower, noisier traffic
 * @param laneChangesPerKm      the built-in model's lane changes (each a short slow-down and re-acceleration)
 * @param gridSource            the grid's own generation, which sets m_G (kg CO2/kWh) of eq. (10)
 * @param gridCapKWh            S̄_G of C1 (Fig. 14: 29 MWh)
 * @param unmetPenaltyPerKWh    price of a kWh of unmet demand in the MILP; 0: ten times the dearest unit cost
 * @param hourOfYear            the hour whose wind and PV output Problem 1 uses (0 = 1 January 00:00)
 * @param renewableScaling      TABLE_VII: each source's yearly mean is Table VII's per source (≈0.39 / 0.37 kWh/h);
 *                              CAPACITY: rated power × capacity factor
 * @param stationCount          N_CS for eq. (23); 0: the project's charging stations
 * @param coopThreshold         N_TH of Table IV
 * @param speedSource           where a run's speed profiles come from: the built-in model, a SUMO run of the road and
 *                              fleet (SUMO must be installed), or the floating-car-data file {@code fcdFile}
 * @param fcdFile               the SUMO FCD XML or CSV file of {@code speedSource = fcd} (absolute, or relative to the
 *                              working directory)
 * @param supplySource          the renewables' output in the solved hour: the weather's own ({@code table}: Table VII
 *                              scaling of the actual weather) or a forecast of it by {@code forecastModel}
 * @param forecastModel         the regressor of {@code supplySource = forecast} (trained on the weather year, Fig. 4)
 */
public record NetzeroParameters(
        // ---- fleet ----
        @Unit(value = "", min = 0, max = 20000) int fleetSize,
        long fleetSeed,
        @Unit(value = "", min = 0, max = 1) double carShare,
        @Unit(value = "", min = 0, max = 1) double busShare,
        @Unit(value = "", min = 0, max = 1) double lorryShare,
        @Unit(value = "", min = 0, max = 1) double initialChargeMinShare,
        // ---- road and routes ----
        @Unit(value = "km", min = 0, minExclusive = true) double roadLengthKm,
        @Unit(value = "", min = 1, max = 8) int lanes,
        @Unit(value = "%", min = -30, max = 30) double gradePercent,
        @Unit(value = "km", min = 0, minExclusive = true) double routeMeanKm,
        @Unit(value = "km²", min = 0) double routeVarianceKm2,
        @Unit(value = "km", min = 0, minExclusive = true) double stationDistanceMeanKm,
        @Unit(value = "km²", min = 0) double stationDistanceVarianceKm2,
        // ---- speed profile (built-in model) ----
        @Unit(value = "km/h", min = 0, minExclusive = true) double carBusLimitKmh,
        @Unit(value = "km/h", min = 0, minExclusive = true) double lorryLimitKmh,
        @Unit(value = "km", min = 0.001, max = 10) double segmentKm,
        @Unit(value = "", min = 0, max = 1) double congestion,
        @Unit(value = "1/km", min = 0, max = 10) double laneChangesPerKm,
        // ---- consumption, eqs. (1)-(6) ----
        @Unit(value = "kg/m³", min = 0) double airDensityKgM3,
        @Unit(value = "", min = 0, max = 1, minExclusive = true) double motorEfficiency,
        @Unit(value = "", min = 0, max = 1, minExclusive = true) double lowLoadEfficiency,
        @Unit(value = "", min = 0, max = 1) double efficiencyKneeLoad,
        @Unit(value = "", min = 0, max = 1) double regenerationShare,
        // ---- demand and supply, eqs. (7)-(9) ----
        @Unit(value = "", min = 0, max = 1) double socMinShare,
        @Unit(value = "", min = 0, max = 1) double socMaxShare,
        @Unit(value = "", min = 0, max = 1) double alpha,
        // ---- Problem 1, eqs. (10)-(12) ----
        @Unit(value = "¤/kWh", min = 0) double gridPricePerKWh,
        @Unit(value = "¤/kg", min = 0) double penaltyChargePerKg,
        GridSource gridSource,
        @Unit(value = "¤/kWh", min = 0) double evPricePerKWh,
        @Unit(value = "¤/kWh", min = 0) double incentivePerKWh,
        @Unit(value = "¤/km", min = 0) double travelCostPerKm,
        @Unit(value = "¤/kWh²", min = 0) double costA,
        @Unit(value = "¤/kWh", min = 0) double costB,
        @Unit(value = "kWh", min = 0) double gridCapKWh,
        @Unit(value = "", min = 0, max = 1) double lossShare,
        @Unit(value = "¤/kWh", min = 0) double unmetPenaltyPerKWh,
        // ---- renewables ----
        @Unit(value = "h", min = 0, max = 8759) int hourOfYear,
        long weatherSeed,
        RenewableScaling renewableScaling,
        @Unit(value = "kWh", min = 0) double windKWhPerSourceHour,
        @Unit(value = "kWh", min = 0) double pvKWhPerSourceHour,
        /** Time series ids of imported weather (wind m/s, irradiance W/m², air °C); "" = the synthetic year. */
        String windSpeedSeriesId,
        String irradianceSeriesId,
        String temperatureSeriesId,
        // ---- game (Table IV) and stations (eq. (23)) ----
        @Unit(value = "¤", min = 0) double roadCharge,
        @Unit(value = "", min = 1) int coopThreshold,
        @Unit(value = "", min = 0, max = 200) int stationCount,
        // ---- where a run's inputs come from ----
        SpeedSource speedSource,
        String fcdFile,
        SupplySource supplySource,
        Forecast forecastModel) {

    /** Where the EVs' speed profiles come from. */
    public enum SpeedSource { BUILT_IN, SUMO, FCD }

    /** Where the renewables' output in the solved hour comes from. */
    public enum SupplySource { TABLE, FORECAST }

    /** The forecast regressors (the forecast package's models by the same names). */
    public enum Forecast { LINEAR, TREE, FOREST, XGBOOST }

    /** The grid's generation and its m_G (Table V). */
    public enum GridSource {
        WIND(0.05), PV(0.088), FOSSIL(0.786);

        private final double co2KgPerKWh;

        GridSource(double co2KgPerKWh) {
            this.co2KgPerKWh = co2KgPerKWh;
        }

        /** m_G in kg CO2 per kWh. */
        public double co2KgPerKWh() {
            return co2KgPerKWh;
        }
    }

    /** How a source's hourly output is scaled from the weather. */
    public enum RenewableScaling { TABLE_VII, CAPACITY }

    /** Tolerance on the type shares summing to 1. */
    static final double SHARE_TOLERANCE = 1e-6;

    public static final NetzeroParameters DEFAULT = new NetzeroParameters(
            0, 1L, 0.6, 0.2, 0.2, 0.05,
            20, 3, 6, 10, 1, 6, 1,
            112.65, 96.56, 0.1, 0, 0,
            1.28, 0.9, 0.6, 0.2, 0.6,
            0.2, 0.8, 0.2,
            12, 10, GridSource.WIND, 6, 10, 0.1, 0.01, 0.1, 29000, 0.02, 0,
            4116, 1L, RenewableScaling.TABLE_VII, 0.39, 0.37, "", "", "",
            150, 50, 0,
            SpeedSource.BUILT_IN, "", SupplySource.TABLE, Forecast.LINEAR);

    public NetzeroParameters {
        gridSource = gridSource == null ? GridSource.WIND : gridSource;
        renewableScaling = renewableScaling == null ? RenewableScaling.TABLE_VII : renewableScaling;
        windSpeedSeriesId = windSpeedSeriesId == null ? "" : windSpeedSeriesId;
        irradianceSeriesId = irradianceSeriesId == null ? "" : irradianceSeriesId;
        temperatureSeriesId = temperatureSeriesId == null ? "" : temperatureSeriesId;
        speedSource = speedSource == null ? SpeedSource.BUILT_IN : speedSource;
        fcdFile = fcdFile == null ? "" : fcdFile;
        supplySource = supplySource == null ? SupplySource.TABLE : supplySource;
        forecastModel = forecastModel == null ? Forecast.LINEAR : forecastModel;
        double shares = carShare + busShare + lorryShare;
        if (Math.abs(shares - 1) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("carShare + busShare + lorryShare must be 1, they sum to "
                    + shares + " (" + carShare + " + " + busShare + " + " + lorryShare + "); the paper's default is"
                    + " 0.6 + 0.2 + 0.2");
        }
        if (socMinShare > socMaxShare) {
            throw new IllegalArgumentException("socMinShare (" + socMinShare + ") must not exceed socMaxShare ("
                    + socMaxShare + ")");
        }
        if (lowLoadEfficiency > motorEfficiency) {
            throw new IllegalArgumentException("lowLoadEfficiency (" + lowLoadEfficiency + ") must not exceed "
                    + "motorEfficiency (" + motorEfficiency + ")");
        }
    }

    /** m_G of the grid source, kg CO2 per kWh. */
    public double co2KgPerKWh() {
        return gridSource.co2KgPerKWh();
    }

    /** The grid's cost of one generated kWh: p_G + m_G·PC. */
    public double gridUnitCost() {
        return gridPricePerKWh + co2KgPerKWh() * penaltyChargePerKg;
    }

    /** The price of one kWh of unmet demand in the MILP: set, or ten times the dearest delivered kWh (+1). */
    public double unmetPenalty() {
        if (unmetPenaltyPerKWh > 0) {
            return unmetPenaltyPerKWh;
        }
        return 10 * Math.max(gridUnitCost() / Math.max(1e-9, 1 - lossShare), evPricePerKWh) + 1;
    }

    /** θ in radians: atan(grade / 100). */
    public double gradeRadians() {
        return Math.atan(gradePercent / 100.0);
    }

    /** The same parameters with another value of one field, for sweeps and tests. */
    public NetzeroParameters withFleet(int size, long seed) {
        return new NetzeroParameters(size, seed, carShare, busShare, lorryShare, initialChargeMinShare,
                roadLengthKm, lanes, gradePercent, routeMeanKm, routeVarianceKm2, stationDistanceMeanKm,
                stationDistanceVarianceKm2, carBusLimitKmh, lorryLimitKmh, segmentKm, congestion, laneChangesPerKm,
                airDensityKgM3, motorEfficiency, lowLoadEfficiency, efficiencyKneeLoad, regenerationShare,
                socMinShare, socMaxShare, alpha, gridPricePerKWh, penaltyChargePerKg, gridSource, evPricePerKWh,
                incentivePerKWh, travelCostPerKm, costA, costB, gridCapKWh, lossShare, unmetPenaltyPerKWh,
                hourOfYear, weatherSeed, renewableScaling, windKWhPerSourceHour, pvKWhPerSourceHour,
                windSpeedSeriesId, irradianceSeriesId, temperatureSeriesId, roadCharge, coopThreshold, stationCount,
                speedSource, fcdFile, supplySource, forecastModel);
    }

    /** True when a run's inputs are the built-in profiles and the weather's own output (no SUMO, file or model). */
    public boolean builtInSources() {
        return speedSource == SpeedSource.BUILT_IN && supplySource == SupplySource.TABLE;
    }
}
