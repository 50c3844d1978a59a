package org.evwb.core.solve;

import org.evwb.core.project.Unit;

/**
 * Estimate of the energy and CO2 of a computation (SPEC §1): energy = CPU-seconds × watts per busy core +
 * wall-seconds × RAM watts; CO2 = energy × grid intensity. An estimate, labelled as such wherever it is shown.
 */
public record ComputeCarbon(double energyKWh, double co2Kg, Settings settings) {

    /**
     * The constants of the estimate; preferences (Edit ▸ Preferences…, {@code --carbon-…} on the command line), shown
     * with every figure and recorded in every result file. The ranges keep a typo (a kW figure for W, g for kg) from
     * producing a plausible-looking estimate.
     */
    public record Settings(
            @Unit(value = "W", min = 0, max = MAX_CORE_WATTS) double wattsPerBusyCore,
            @Unit(value = "W", min = 0, max = MAX_RAM_WATTS) double ramWatts,
            @Unit(value = "kg/kWh", min = 0, max = MAX_GRID_KG_PER_KWH) double gridKgPerKWh) {

        public static final Settings DEFAULT = new Settings(10.0, 3.0, 0.2);

        /** More than any server CPU core draws (a whole 64-core socket is ~300 W). */
        public static final double MAX_CORE_WATTS = 500;
        /** More than the memory of a large workstation draws. */
        public static final double MAX_RAM_WATTS = 500;
        /** Above the most carbon-intensive grids (lignite ≈ 1.1 kg CO2/kWh). */
        public static final double MAX_GRID_KG_PER_KWH = 2;

        public Settings {
            check(wattsPerBusyCore, MAX_CORE_WATTS, "wattsPerBusyCore", "W");
            check(ramWatts, MAX_RAM_WATTS, "ramWatts", "W");
            check(gridKgPerKWh, MAX_GRID_KG_PER_KWH, "gridKgPerKWh", "kg CO2/kWh");
        }

        private static void check(double v, double max, String name, String unit) {
            if (!(v >= 0 && v <= max)) {
                throw new IllegalArgumentException(name + " must be a number between 0 and "
                        + org.evwb.core.Figures.number(max) + " " + unit + ", was " + v);
            }
        }
    }

    public static ComputeCarbon estimate(double cpuSeconds, double wallSeconds, Settings s) {
        double joules = cpuSeconds * s.wattsPerBusyCore() + wallSeconds * s.ramWatts();
        double kWh = joules / 3.6e6;
        return new ComputeCarbon(kWh, kWh * s.gridKgPerKWh(), s);
    }
}
