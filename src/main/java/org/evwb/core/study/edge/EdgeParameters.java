package org.evwb.core.study.edge;

import org.evwb.core.project.OptionalField;
import org.evwb.core.project.Unit;

/**
 * Every parameter of study {@code edge} (SPEC §4, paper 001), editable in the project's study configuration. The
 * servers, their solar series and the task recipe come from the project; these settings say how the model reads them
 * and how the online ("actual") day deviates from the predicted one. docs/studies/edge.md explains each decision.
 *
 * @param cores                 {@link CoreModel#FLUID} (default): the server draws P(W_t) of the fluid load
 *                              W_t = Σ u_i; {@link CoreModel#WHOLE}: it draws P(⌈W_t⌉)
 * @param revenue               {@link RevenueModel#FORMULA} (default): r_i = ρ·u_i·(2 − k_i/5);
 *                              {@link RevenueModel#UNIT}: every task earns 1 (the max-flow special case)
 * @param chargeEfficiency      η_c of the battery (default 1)
 * @param dischargeEfficiency   η_d of the battery (default 1)
 * @param taskRecipe            id of the {@code edge-tasks} recipe to use; null = the project's first one
 * @param taskMatchShare        δ_task: share of the predicted tasks that arrive as predicted (default 1)
 * @param solarDeviationPercent δ_power: the actual solar deviates from the predicted by up to ± this % (default 0)
 * @param spikeShare            share of slots with a spike in the actual day: solar drops to 0 and a burst of tasks
 *                              arrives (default 0)
 * @param deviationSeed         seed of the actual day's deviations and spikes (default 1)
 * @param solarSeriesKwp        the panel (kWp) the solar series are the output of: a server with a
 *                              {@code panelKwp} gets its series scaled by {@code panelKwp / solarSeriesKwp}
 *                              (default 2 kWp, SPEC §4's series normalised to 0–2000 W); a server without one gets
 *                              its series as it stands
 */
public record EdgeParameters(
        CoreModel cores,
        RevenueModel revenue,
        @Unit(value = "", min = 0, max = 1, minExclusive = true) double chargeEfficiency,
        @Unit(value = "", min = 0, max = 1, minExclusive = true) double dischargeEfficiency,
        @OptionalField String taskRecipe,
        @Unit(value = "", min = 0, max = 1) double taskMatchShare,
        @Unit(value = "%", min = 0, max = 100) double solarDeviationPercent,
        @Unit(value = "", min = 0, max = 1) double spikeShare,
        long deviationSeed,
        @Unit(value = "kWp", min = 0, minExclusive = true) double solarSeriesKwp) {

    /** The panel SPEC §4's solar series are normalised to (0–2000 W). */
    public static final double DEFAULT_SERIES_KWP = 2;

    /** SPEC §4's defaults. */
    public static final EdgeParameters DEFAULT = new EdgeParameters(CoreModel.FLUID, RevenueModel.FORMULA, 1, 1,
            null, 1, 0, 0, 1, DEFAULT_SERIES_KWP);

    public EdgeParameters {
        cores = cores == null ? CoreModel.FLUID : cores;
        revenue = revenue == null ? RevenueModel.FORMULA : revenue;
    }

    /** The parameters with the series' panel at its default ({@value #DEFAULT_SERIES_KWP} kWp). */
    public EdgeParameters(CoreModel cores, RevenueModel revenue, double chargeEfficiency, double dischargeEfficiency,
                          String taskRecipe, double taskMatchShare, double solarDeviationPercent, double spikeShare,
                          long deviationSeed) {
        this(cores, revenue, chargeEfficiency, dischargeEfficiency, taskRecipe, taskMatchShare, solarDeviationPercent,
                spikeShare, deviationSeed, DEFAULT_SERIES_KWP);
    }

    /** The factor a server's solar series is scaled by: its panel over the series' panel (1 without a panel). */
    public double panelFactor(Double panelKwp) {
        return panelKwp == null ? 1 : panelKwp / solarSeriesKwp;
    }

    /** How the load turns into power. */
    public enum CoreModel {
        /** P(W_t), W_t = Σ u_i (SPEC decision: per-core packing is not modelled). */
        FLUID,
        /** P(⌈W_t⌉): a core partly used is a whole core switched on. */
        WHOLE
    }

    /** How a task's revenue is set. */
    public enum RevenueModel {
        /** r_i = ρ·u_i·(2 − k_i/5), ρ the recipe's {@code revenuePerCore} (SPEC decision, the paper's eq. 1 lost). */
        FORMULA,
        /** r_i = 1 for every task (SPEC's max-flow special case overrides the formula). */
        UNIT
    }

    /** True when the actual day equals the predicted one (no deviation, no spikes). */
    public boolean actualIsPredicted() {
        return taskMatchShare == 1 && solarDeviationPercent == 0 && spikeShare == 0;
    }

    public EdgeParameters withCores(CoreModel c) {
        return new EdgeParameters(c, revenue, chargeEfficiency, dischargeEfficiency, taskRecipe, taskMatchShare,
                solarDeviationPercent, spikeShare, deviationSeed, solarSeriesKwp);
    }

    public EdgeParameters withRevenue(RevenueModel r) {
        return new EdgeParameters(cores, r, chargeEfficiency, dischargeEfficiency, taskRecipe, taskMatchShare,
                solarDeviationPercent, spikeShare, deviationSeed, solarSeriesKwp);
    }

    public EdgeParameters withDeviation(double taskMatch, double solarPercent, double spikes) {
        return new EdgeParameters(cores, revenue, chargeEfficiency, dischargeEfficiency, taskRecipe, taskMatch,
                solarPercent, spikes, deviationSeed, solarSeriesKwp);
    }
}
