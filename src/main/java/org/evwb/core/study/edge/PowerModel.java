package org.evwb.core.study.edge;

/**
 * SPEC §4's cubic power model of one server and its inverse: {@code P(W) = P_static + (P_max − P_static)·(W/U_max)³}
 * for W > 0 and {@code P(0) = 0} (an idle server sleeps). With {@link EdgeParameters.CoreModel#WHOLE} the server draws
 * {@code P(⌈W⌉)}. Anchors from the paper's example (P_max 2000 W, P_static 500 W, 64 cores): P(44) = 987.43 W, and
 * 1500 W allows 55.9 fluid cores, 55 whole ones.
 *
 * @param cores       U_max
 * @param maxPowerW   P_max
 * @param staticPowerW P_static
 * @param wholeCores  true: P(⌈W⌉)
 */
public record PowerModel(int cores, double maxPowerW, double staticPowerW, boolean wholeCores) {

    /** Loads up to this are "nothing runs" (sums of u carry rounding). */
    public static final double IDLE_LOAD = 1e-12;
    /** Slack of a power comparison in W (SPEC: the whole-core capacity search uses A + 1e-9 W). */
    public static final double POWER_TOLERANCE_W = 1e-9;
    /** Slack of a utilisation comparison in cores. */
    public static final double LOAD_TOLERANCE = 1e-9;

    public PowerModel {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, was " + cores);
        }
        if (!(maxPowerW > 0) || !(staticPowerW >= 0) || staticPowerW > maxPowerW) {
            throw new IllegalArgumentException("need 0 <= staticPowerW <= maxPowerW and maxPowerW > 0, were "
                    + staticPowerW + " and " + maxPowerW);
        }
    }

    /** c = (P_max − P_static) / U_max³, the cubic's coefficient. */
    public double cubicCoefficient() {
        return (maxPowerW - staticPowerW) / ((double) cores * cores * cores);
    }

    /** The fluid cubic P_static + c·W³ for W > 0, 0 for W = 0 (no rounding to whole cores). */
    public double fluidPower(double load) {
        if (load <= IDLE_LOAD) {
            return 0;
        }
        double x = load / cores;
        return staticPowerW + (maxPowerW - staticPowerW) * x * x * x;
    }

    /** The power the server draws at load W (whole cores: P(⌈W⌉)). */
    public double power(double load) {
        if (load <= IDLE_LOAD) {
            return 0;
        }
        return fluidPower(wholeCores ? Math.ceil(load - LOAD_TOLERANCE) : load);
    }

    /**
     * The largest load a power budget A allows, never above U_max: fluid, the largest W with P(W) ≤ A (0 below
     * P_static); whole cores, the largest integer k ≤ U_max with P(k) ≤ A + 1e-9 W, found by search (the cube root
     * rounded returns k − 1 at A = P(k) exactly).
     */
    public double capacity(double budgetW) {
        return wholeCores ? wholeCapacity(budgetW) : fluidCapacity(budgetW);
    }

    /** Fluid capacity of a budget: U_max·((A − P_static)/(P_max − P_static))^(1/3), capped at U_max. */
    public double fluidCapacity(double budgetW) {
        if (!(budgetW >= staticPowerW)) {
            return 0;
        }
        if (budgetW >= maxPowerW) {
            return cores;
        }
        double span = maxPowerW - staticPowerW;
        if (span <= 0) {
            return cores;
        }
        return Math.min(cores, cores * Math.cbrt((budgetW - staticPowerW) / span));
    }

    /** Whole-core capacity of a budget, by search (SPEC §4). */
    public int wholeCapacity(double budgetW) {
        int k = (int) Math.min(cores, Math.floor(fluidCapacity(budgetW)) + 1);
        while (k > 0 && fluidPower(k) > budgetW + POWER_TOLERANCE_W) {
            k--;
        }
        return k;
    }
}
