package org.evwb.core.study.netzero.traffic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.BuiltInSpeedModel;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;

/**
 * Speed profiles from a SUMO run — paper 004's own data path (its Fig. 2): the fleet is drawn as the study draws it
 * (route lengths, types), the road and fleet are written as a SUMO scenario ({@link SumoScenario}), {@code netconvert}
 * builds the network, {@code sumo} runs headless with floating-car-data output, and the FCD becomes each EV's speed
 * profile ({@link FcdProfiles}), fed to the consumption model through {@link NetzeroStudy#buildInstanceWith}. Route
 * lengths, stations, charges and every other draw are the built-in instance's: only the profiles differ. EVs SUMO
 * did not insert before the end keep the built-in profile, and the result counts them.
 */
public final class SumoTraffic {

    /** The {@code source} of SUMO-made profiles. */
    public static final String SOURCE = "sumo";

    /**
     * How SUMO is run.
     *
     * @param timeLimit     per program (netconvert, sumo): past it the program is stopped and the run fails
     * @param departWindowS EVs depart uniformly over this many seconds (3,600: the fleet is an hour's traffic)
     * @param stepS         SUMO's step length and so the FCD sampling, s
     */
    public record Options(Duration timeLimit, double departWindowS, double stepS) {
        public static final Options DEFAULT = new Options(Duration.ofMinutes(10), 3600, 1);

        public Options {
            if (!(departWindowS > 0) || !(stepS > 0)) {
                throw new IllegalArgumentException("departWindowS and stepS must be > 0");
            }
        }
    }

    /**
     * What a run made.
     *
     * @param instance    the instance with SUMO's profiles
     * @param profiles    the profiles by vehicle id
     * @param vehicles    EVs written to the scenario
     * @param traced      EVs with a trace in the FCD (the others keep the built-in profile)
     * @param netconvertS seconds netconvert took
     * @param sumoS       seconds sumo took
     * @param readS       seconds reading the FCD and building the instance took
     * @param workDir     where the scenario, network, FCD and logs are
     */
    public record Result(NetzeroInstance instance, FcdProfiles profiles, int vehicles, int traced, double netconvertS,
                         double sumoS, double readS, Path workDir) {
        public String summary() {
            return String.format(Locale.ROOT, "SUMO: %d of %d EVs traced (%s), netconvert %.1f s, sumo %.1f s, "
                    + "reading %.1f s", traced, vehicles, traced < vehicles ? (vehicles - traced)
                    + " keep the built-in profile" : "all", netconvertS, sumoS, readS);
        }
    }

    private final NetzeroStudy study;
    private final SumoInstallation installation;
    private final Options options;

    public SumoTraffic(NetzeroStudy study, SumoInstallation installation, Options options) {
        this.study = study;
        this.installation = installation;
        this.options = options;
    }

    /** Runs SUMO for the project's fleet in {@code workDir} (created; its files are left for inspection). */
    public Result run(Project project, NetzeroParameters p, Path workDir, RunContext ctx)
            throws SumoException, ProjectFileException, IOException {
        ctx.progress(0, "drawing the fleet");
        NetzeroInstance base = study.buildInstanceWith(project, p, null, null);
        ctx.checkCancelled();
        SumoScenario.Files3 f = SumoScenario.write(base, options.departWindowS(), p.fleetSeed(), workDir);
        ctx.progress(0.05, "netconvert: building the road network");
        long t0 = System.nanoTime();
        SumoProcess.run(List.of(installation.netconvert().toString(), "--node-files", f.nodes().toString(),
                        "--edge-files", f.edges().toString(), "--output-file", f.network().toString(),
                        "--no-turnarounds", "true"), workDir, workDir.resolve("netconvert.log"), options.timeLimit(),
                ctx);
        long t1 = System.nanoTime();
        ctx.progress(0.1, "sumo: simulating " + base.evs().size() + " vehicles");
        List<String> cmd = new ArrayList<>(List.of(installation.sumo().toString(), "--net-file",
                f.network().toString(), "--route-files", f.routes().toString(), "--fcd-output", f.fcd().toString(),
                "--fcd-output.distance", "true", "--step-length", fmt(options.stepS()), "--seed",
                Long.toString(Math.floorMod(p.fleetSeed(), Integer.MAX_VALUE)), "--no-step-log", "true",
                "--duration-log.disable", "true", "--no-warnings", "true"));
        SumoProcess.run(cmd, workDir, workDir.resolve("sumo.log"), options.timeLimit(), ctx);
        long t2 = System.nanoTime();
        ctx.progress(0.8, "reading the floating-car data");
        Map<String, FcdTrace> traces = new FcdReader().read(f.fcd(), ctx);
        Set<String> ids = base.evs().stream().map(NetzeroEv::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        FcdProfiles profiles = new FcdProfiles(traces, p.segmentKm(), builtIn(p), SOURCE);
        var problems = profiles.check(ids);
        if (!problems.isEmpty()) { // our own scenario: only a foreign FCD file could get here
            throw new ProjectFileException(f.fcd().toString(), problems);
        }
        NetzeroInstance instance = study.buildInstanceWith(project, p, profiles, null);
        long t3 = System.nanoTime();
        ctx.progress(1, "done");
        return new Result(instance, profiles, ids.size(), profiles.matched(ids), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, workDir);
    }

    /** The built-in model for EVs without a trace. */
    static BuiltInSpeedModel builtIn(NetzeroParameters p) {
        return new BuiltInSpeedModel(p.segmentKm(), p.congestion(), p.laneChangesPerKm(), p.lanes());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
