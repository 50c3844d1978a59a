package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb generate motorway --seed N --emvs N … --out P.evwb.json}: the paper's instance generator (motorway
 * paper §4.2) as a command. The project is validated and saved atomically, and only after the checker has confirmed
 * the generator's lowest-speed schedule, so every generated project is known to be feasible.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a project for a study (today: 'motorway', paper 002 §4.2).",
                "The motorway generator guarantees a conflict-free schedule at the lowest speed and confirms it "
                        + "with the checker before writing.",
                "Exit code 0 when written, 1 when no feasible project could be made, 2 on bad options."})
final class GenerateCommand implements Callable<Integer> {

    private static final MotorwayGenerator.Parameters D = MotorwayGenerator.Parameters.DEFAULT;

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "GENERATOR", description = "what to generate: motorway")
    private String generator;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "random seed (default: ${DEFAULT-VALUE}); same seed and options, same project")
    private long seed;

    @Option(names = "--emvs", required = true, paramLabel = "N", description = "number of EMVs (paper: 3-33)")
    private int emvs;

    @Option(names = "--length-km", paramLabel = "X", description = "motorway length (default: 100)")
    private double lengthKm = D.lengthKm();

    @Option(names = "--nodes", paramLabel = "N", description = "entry/exit nodes, both ends included (default: 10)")
    private int nodes = D.nodeCount();

    @Option(names = "--stations", paramLabel = "N", description = "charging stations, evenly spaced (default: 4)")
    private int stations = D.stationCount();

    @Option(names = "--station-spacing-km", paramLabel = "X",
            description = "a station every X km instead of --stations")
    private double stationSpacingKm;

    @Option(names = "--chargers-per-station", paramLabel = "2|3",
            description = "chargers at every station, 2 or 3 (default: 2 or 3 at random)")
    private Integer chargersPerStation;

    @Option(names = "--charger-kw", paramLabel = "P", description = "charger power (default: 50)")
    private double chargerKW = D.chargerPowerKW();

    @Option(names = "--modes", paramLabel = "N", description = "driving modes per EMV type (default: 6)")
    private int modes = D.modeCount();

    @Option(names = "--min-speed-kmh", paramLabel = "V", description = "slowest mode (default: 60)")
    private double minSpeed = D.minSpeedKmh();

    @Option(names = "--max-speed-kmh", paramLabel = "V", description = "fastest mode (default: 140)")
    private double maxSpeed = D.maxSpeedKmh();

    @Option(names = "--density", paramLabel = "F",
            description = "share of EMVs that reach their charger just as it frees, 0-1 (default: 0.5)")
    private double density = D.density();

    @Option(names = "--horizon-min", paramLabel = "T", description = "other arrivals uniform in [0, T] (default: 120)")
    private double horizonMin = D.horizonMin();

    @Option(names = "--name", paramLabel = "TEXT", description = "project name (default: Generated motorway (seed N))")
    private String name;

    @Option(names = "--out", required = true, paramLabel = "P.evwb.json", description = "write the project here")
    private Path out;

    @Option(names = "--force", description = "replace --out if it exists (the old file is kept as .bak)")
    private boolean force;

    GenerateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (!"motorway".equals(generator)) {
            throw CliException.badInput("evwb generate: unknown generator '" + generator + "'; valid: motorway");
        }
        if (!out.getFileName().toString().endsWith(ProjectIO.EXTENSION)) {
            throw CliException.badInput("--out " + out + ": a project file ends in " + ProjectIO.EXTENSION
                    + ", e.g. --out generated" + ProjectIO.EXTENSION);
        }
        if (Files.exists(out) && !force) {
            throw CliException.badInput("--out " + out + ": the file exists; choose another name or add --force");
        }
        if (chargersPerStation != null && (chargersPerStation < 2 || chargersPerStation > 3)) {
            throw CliException.badInput("--chargers-per-station: must be 2 or 3 (paper §4.2), was "
                    + chargersPerStation);
        }
        MotorwayGenerator.Parameters p = parameters();
        MotorwayGenerator.Generated g;
        try {
            g = new MotorwayGenerator().generate(p, seed);
        } catch (IllegalStateException e) {
            env.err().println("evwb generate: " + e.getMessage());
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        List<Violation> v = confirm(g);
        if (!v.isEmpty()) {
            env.err().println("evwb generate: the lowest-speed schedule did not pass the checker: " + v.get(0)
                    + "; nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        var project = name == null ? g.project() : g.project().withName(name);
        try {
            new ProjectIO().save(project, out);
        } catch (ProjectFileException e) {
            env.err().println(CliException.lines(out.toString(), e.problems()));
            env.err().println("evwb generate: the generated project is invalid (a bug; please report it with the "
                    + "options you used); nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        } catch (IOException e) {
            throw CliException.badInput("--out " + out + ": cannot write the project: " + e.getMessage());
        }
        var infra = project.infrastructure();
        int chargers = infra.chargingStations().stream().mapToInt(s -> s.chargers().size()).sum();
        env.out().println(String.format(Locale.ROOT, "wrote %s: %d EMVs, %.1f km, %d nodes, %d stations with %d "
                        + "chargers, %d driving modes (seed %d)", out, project.fleet().vehicles().size(),
                infra.motorways().get(0).lengthKm(), infra.motorways().get(0).nodes().size(),
                infra.chargingStations().size(), chargers, modes, seed));
        env.out().println("checker: the lowest-speed schedule of all " + g.witness().assignments().size()
                + " EMVs is conflict-free (Model I, no waiting)");
        return EvwbCommand.EXIT_OK;
    }

    private MotorwayGenerator.Parameters parameters() {
        int min = chargersPerStation == null ? D.minChargers() : chargersPerStation;
        int max = chargersPerStation == null ? D.maxChargers() : chargersPerStation;
        try {
            return new MotorwayGenerator.Parameters(lengthKm, nodes, stations, stationSpacingKm, min, max, chargerKW,
                    emvs, modes, minSpeed, maxSpeed, D.minBatteryKWh(), D.maxBatteryKWh(),
                    D.minConsumptionWhPerKm(), D.maxConsumptionWhPerKm(), density, horizonMin, D.reserveKWh());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("evwb generate motorway: bad options: --emvs >= 1, --nodes >= 2, "
                    + "--stations >= 1 (or --station-spacing-km > 0), --length-km > 0, --modes >= 1, "
                    + "--charger-kw > 0, 0 < --min-speed-kmh <= --max-speed-kmh, --density in 0-1, "
                    + "--horizon-min >= 0");
        }
    }

    /** The checker once more, on the project as it will be written (the generator checked it before naming). */
    private static List<Violation> confirm(MotorwayGenerator.Generated g) {
        MotorwayStudy study = new MotorwayStudy();
        try {
            MotorwayInstance in = study.buildInstance(g.project(), null);
            return new MotorwayChecker().check(in, g.witness());
        } catch (ProjectFileException e) {
            return List.of(new Violation("project", e.getMessage()));
        }
    }
}
