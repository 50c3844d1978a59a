package org.evwb.core.solve;

/**
 * Estimate of the energy and CO2 of a computation (SPEC §1): energy = CPU-seconds × watts per busy core +
 * wall-seconds × RAM watts; CO2 = energy × grid intensity. An estimate, labelled as such wherever it is shown.
 */
public record ComputeCarbon(double energyKWh, double co2Kg, Settings settings) {

    /** The constants of the estimate; preferences, shown with the figure. */
    public record Settings(double wattsPerBusyCore, double ramWatts, double gridKgPerKWh) {
        public static final Settings DEFAULT = new Settings(10.0, 3.0, 0.2);

        public Settings {
            requireNonNegative(wattsPerBusyCore, "wattsPerBusyCore");
            requireNonNegative(ramWatts, "ramWatts");
            requireNonNegative(gridKgPerKWh, "gridKgPerKWh");
        }

        private static void requireNonNegative(double v, String name) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + v);
            }
        }
    }

    public static ComputeCarbon estimate(double cpuSeconds, double wallSeconds, Settings s) {
        double joules = cpuSeconds * s.wattsPerBusyCore() + wallSeconds * s.ramWatts();
        double kWh = joules / 3.6e6;
        return new ComputeCarbon(kWh, kWh * s.gridKgPerKWh(), s);
    }
}
