package org.evwb.cli;

import org.evwb.core.Figures;
import org.evwb.core.solve.ComputeCarbon;
import picocli.CommandLine.Option;

/**
 * The compute-carbon constants on the command line ({@code --carbon-core-watts}, {@code --carbon-ram-watts},
 * {@code --carbon-grid-kg-per-kwh}), for every command that runs solvers ({@code @Mixin}); each left out keeps the
 * environment's value. A value outside its range is refused naming the flag, the range and the unit.
 */
final class CarbonOptions {

    @Option(names = "--carbon-core-watts", paramLabel = "W",
            description = "compute-carbon estimate: watts per busy CPU core (default: 10; 0 to "
                    + "500)")
    private Double coreWatts;

    @Option(names = "--carbon-ram-watts", paramLabel = "W",
            description = "compute-carbon estimate: watts for memory while the run lasts (default: 3; 0 to 500)")
    private Double ramWatts;

    @Option(names = "--carbon-grid-kg-per-kwh", paramLabel = "KG",
            description = "compute-carbon estimate: grid intensity in kg CO2 per kWh (default: 0.2; 0 to 2)")
    private Double gridKgPerKWh;

    /** {@code base} with the flags given; a bad value is a bad usage naming the flag. */
    ComputeCarbon.Settings over(ComputeCarbon.Settings base) {
        double core = checked("--carbon-core-watts", coreWatts, base.wattsPerBusyCore(),
                ComputeCarbon.Settings.MAX_CORE_WATTS, "W per busy core");
        double ram = checked("--carbon-ram-watts", ramWatts, base.ramWatts(), ComputeCarbon.Settings.MAX_RAM_WATTS,
                "W");
        double grid = checked("--carbon-grid-kg-per-kwh", gridKgPerKWh, base.gridKgPerKWh(),
                ComputeCarbon.Settings.MAX_GRID_KG_PER_KWH, "kg CO2/kWh");
        return new ComputeCarbon.Settings(core, ram, grid);
    }

    private static double checked(String flag, Double given, double fallback, double max, String unit) {
        if (given == null) {
            return fallback;
        }
        if (!(given >= 0 && given <= max)) {
            throw CliException.badInput(flag + ": must be a number from 0 to " + Figures.number(max) + " " + unit
                    + ", was " + given + " (the defaults are 10 W per busy core, 3 W memory, 0.2 kg CO2/kWh)");
        }
        return given;
    }
}
