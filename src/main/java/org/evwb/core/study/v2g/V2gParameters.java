package org.evwb.core.study.v2g;

import java.util.Map;
import org.evwb.core.project.OptionalField;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.StudyPreset;

/**
 * Every parameter of study {@code v2g} (SPEC §6, paper 003), editable in the project's study configuration. The
 * levels L0–L3 are presets of this one record ({@link #PRESETS}); the defaults are level L3, the paper's hardest case.
 *
 * @param depotId            the charging site whose fleet is scheduled; null: the project's first charging station
 * @param socSource          where initial and required final SoC come from: each vehicle ({@code project}) or one
 *                           value for every EV ({@code identical}, level L0)
 * @param identicalInitialKWh initial SoC of every EV when {@code socSource} is identical (L0: 30 kWh)
 * @param identicalTargetKWh required final SoC of every EV when {@code socSource} is identical (L0: 80 kWh)
 * @param capacityKWh        battery capacity used when a vehicle's type gives none (SPEC: 100 kWh)
 * @param powerKW            charge and discharge power limit per EV (SPEC: ±10 kW)
 * @param socFloorKWh        SoC never below this (SPEC: 10 kWh)
 * @param siteLimit          level L2+: the fleet charges and discharges at most {@code siteLimitKW} in total per slot
 * @param siteLimitKW        the site limit; 0 = the SPEC default 0.9 · d · powerKW (1,800 kW at d = 200)
 * @param directionRule      level L3: each EV changes between charging and discharging at most once per hour
 * @param excessCostPerKWh   σ_k when the project has no excess-cost series: the cost of each kWh of excess (≥ 0)
 * @param priceSeries        id of the intraday price series ρ_k (¤/kWh)
 * @param volumeSeries       id of the residual volume series v_k (kWh; &gt; 0 must be delivered, &lt; 0 is excess)
 * @param excessCostSeries   id of an optional σ_k series (¤/kWh); absent: {@code excessCostPerKWh} in every slot
 * @param slotCount          slots of the horizon; 0 = the length of the price series (default 48 × 15 min)
 */
public record V2gParameters(
        @OptionalField String depotId,
        SocSource socSource,
        @Unit(value = "kWh", min = 0) double identicalInitialKWh,
        @Unit(value = "kWh", min = 0) double identicalTargetKWh,
        @Unit(value = "kWh", min = 0, minExclusive = true) double capacityKWh,
        @Unit(value = "kW", min = 0, minExclusive = true) double powerKW,
        @Unit(value = "kWh", min = 0) double socFloorKWh,
        boolean siteLimit,
        @Unit(value = "kW", min = 0) double siteLimitKW,
        boolean directionRule,
        @Unit(value = "¤/kWh", min = 0) double excessCostPerKWh,
        String priceSeries,
        String volumeSeries,
        String excessCostSeries,
        @Unit(value = "", min = 0, max = 672) int slotCount) {

    /** Where initial and required final SoC come from. */
    public enum SocSource {
        /** Each vehicle's {@code socKWh} and {@code targetSocKWh} (levels L1–L3). */
        PROJECT,
        /** One initial and one target SoC for every EV (level L0). */
        IDENTICAL
    }

    /** Level L3 with the SPEC's values: site limit and hourly direction rule on. */
    public static final V2gParameters DEFAULT = new V2gParameters(null, SocSource.PROJECT, 30, 80, 100, 10, 10, true,
            0, true, 0.05, "price", "residual", "excess-cost", 0);

    public V2gParameters {
        socSource = socSource == null ? SocSource.PROJECT : socSource;
        priceSeries = priceSeries == null || priceSeries.isBlank() ? "price" : priceSeries;
        volumeSeries = volumeSeries == null || volumeSeries.isBlank() ? "residual" : volumeSeries;
        excessCostSeries = excessCostSeries == null || excessCostSeries.isBlank() ? "excess-cost" : excessCostSeries;
    }

    /** The level these parameters amount to: 0–3 (L0 identical EVs, L1 spread SoCs, L2 + site limit, L3 + rule). */
    public int level() {
        if (directionRule) {
            return 3;
        }
        if (siteLimit) {
            return 2;
        }
        return socSource == SocSource.IDENTICAL ? 0 : 1;
    }

    public static final StudyPreset L0 = new StudyPreset("l0", "L0 identical EVs",
            "Every EV from 30 to 80 kWh, no site limit, no direction rule (an LP; identical EVs aggregate exactly)",
            Map.of("socSource", "identical", "siteLimit", false, "directionRule", false));
    public static final StudyPreset L1 = new StudyPreset("l1", "L1 spread SoCs",
            "Each EV's own initial and target SoC, no site limit, no direction rule (an LP)",
            Map.of("socSource", "project", "siteLimit", false, "directionRule", false));
    public static final StudyPreset L2 = new StudyPreset("l2", "L2 site limit",
            "L1 with the depot's site limit (default 0.9 · d · 10 kW) on total charging and total discharging",
            Map.of("socSource", "project", "siteLimit", true, "directionRule", false));
    public static final StudyPreset L3 = new StudyPreset("l3", "L3 hourly direction rule",
            "L2 and each EV changes between charging and discharging at most once in any 4 slots (a MILP)",
            Map.of("socSource", "project", "siteLimit", true, "directionRule", true));

    /** The four levels, in order. */
    public static final StudyPreset[] PRESETS = {L0, L1, L2, L3};
}
