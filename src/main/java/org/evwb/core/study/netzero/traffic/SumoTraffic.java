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
import org.evwb.core.study.netzero.cache.SourceCache;

/**
 * Speed profiles from a SUMO run — paper 004's own data path (its Fig. 2): the fleet is drawn as the study draws it
 * (route lengths, types), the road and fleet are written as a SUMO scenario ({@link SumoScenario}), {@code netconvert}
 * builds the network, {@code sumo} runs headless with floating-car-data output, and the FCD becomes each EV's speed
 * profile ({@link FcdProfiles}), fed to the consumption model through {@link NetzeroStudy#buildInstanceWith}. Route
 * lengths, stations, charges and every other draw are the built-in instance's: only the profiles differ. EVs SUMO
 * did not insert before the end keep the built-in profile, and the result counts them. With a {@link SourceCache}
 * the traces are kept by everything that determines them ({@link #cacheKey}), and a second run with the same inputs
 * reads them back instead of running SUMO.
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
     * @param cached      the traces came from the cache: SUMO did not run (both times are 0)
     */
    public record Result(NetzeroInstance instance, FcdProfiles profiles, int vehicles, int traced, double netconvertS,
                         double sumoS, double readS, Path workDir, boolean cached) {
        public String summary() {
            String how = cached ? String.format(Locale.ROOT, "from the cache of an earlier run with the same inputs "
                    + "(%.1f s)", readS) : String.format(Locale.ROOT, "netconvert %.1f s, sumo %.1f s, reading %.1f s",
                    netconvertS, sumoS, readS);
            return String.format(Locale.ROOT, "SUMO: %d of %d EVs traced (%s), %s", traced, vehicles,
                    traced < vehicles ? (vehicles - traced) + " keep the built-in profile" : "all", how);
        }
    }

    /** The cache kind of a SUMO run's traces. */
    public static final String CACHE_KIND = "sumo-fcd";
    /** Bumped when what a run writes or how its traces are read changes, so older entries miss. */
    static final String CACHE_VERSION = "1";

    private final NetzeroStudy study;
    private final SumoInstallation installation;
    private final Options options;
    private final SumoRunner runner;
    private final SourceCache cache;

    /** SUMO as child processes, no cache. */
    public SumoTraffic(NetzeroStudy study, SumoInstallation installation, Options options) {
        this(study, installation, options, SumoRunner.PROCESSES, null);
    }

    /**
     * @param runner runs netconvert and sumo
     * @param cache  where a run's traces are kept by everything that determines them; null runs SUMO every time
     */
    public SumoTraffic(NetzeroStudy study, SumoInstallation installation, Options options, SumoRunner runner,
                       SourceCache cache) {
        this.study = study;
        this.installation = installation;
        this.options = options;
        this.runner = runner;
        this.cache = cache;
    }

    /**
     * The cache key of a scenario: the files SUMO reads (road, fleet with its types, departures and seeded
     * positions), every option of the two command lines, and the identity of both programs (path, size, modified
     * time — a new SUMO build is a new key). Segment length and the fallback model act after the traces: not in it.
     */
    String cacheKey(SumoScenario.Files3 f, NetzeroParameters p) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        parts.add(("sumo-fcd " + CACHE_VERSION + " step " + fmt(options.stepS()) + " seed "
                + Math.floorMod(p.fleetSeed(), Integer.MAX_VALUE) + " " + identity(installation.sumo()) + " "
                + identity(installation.netconvert())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        parts.add(java.nio.file.Files.readAllBytes(f.nodes()));
        parts.add(java.nio.file.Files.readAllBytes(f.edges()));
        parts.add(java.nio.file.Files.readAllBytes(f.routes()));
        return SourceCache.key(parts);
    }

    private static String identity(Path program) throws IOException {
        Path real = program.toRealPath();
        return real + ":" + java.nio.file.Files.size(real) + ":" + java.nio.file.Files.getLastModifiedTime(real)
                .toMillis();
    }

    /**
     * Whether a run for these inputs is cached, so {@link #run} would not start SUMO. Draws the fleet and writes
     * the scenario into {@code workDir} to key it (a fraction of a second), never runs SUMO.
     */
    public boolean isCached(Project project, NetzeroParameters p, Path workDir) throws ProjectFileException,
            IOException {
        if (cache == null) {
            return false;
        }
        NetzeroInstance base = study.buildInstanceWith(project, p, null, null);
        SumoScenario.Files3 f = SumoScenario.write(base, options.departWindowS(), p.fleetSeed(), workDir);
        return cache.contains(CACHE_KIND, cacheKey(f, p), FcdTraceCodec.INSTANCE);
    }

    /** Runs SUMO for the project's fleet in {@code workDir} (created; its files are left for inspection). */
    public Result run(Project project, NetzeroParameters p, Path workDir, RunContext ctx)
            throws SumoException, ProjectFileException, IOException {
        ctx.progress(0, "drawing the fleet");
        NetzeroInstance base = study.buildInstanceWith(project, p, null, null);
        ctx.checkCancelled();
        SumoScenario.Files3 f = SumoScenario.write(base, options.departWindowS(), p.fleetSeed(), workDir);
        String key = cache == null ? null : cacheKey(f, p);
        Map<String, FcdTrace> traces = key == null ? null
                : cache.get(CACHE_KIND, key, FcdTraceCodec.INSTANCE).orElse(null);
        boolean cached = traces != null;
        long t0 = System.nanoTime();
        long t1 = t0;
        long t2 = t0;
        if (!cached) {
            ctx.progress(0.05, "netconvert: building the road network");
            runner.run(List.of(installation.netconvert().toString(), "--node-files", f.nodes().toString(),
                            "--edge-files", f.edges().toString(), "--output-file", f.network().toString(),
                            "--no-turnarounds", "true"), workDir, workDir.resolve("netconvert.log"),
                    options.timeLimit(), ctx);
            t1 = System.nanoTime();
            ctx.progress(0.1, "sumo: simulating " + base.evs().size() + " vehicles");
            List<String> cmd = new ArrayList<>(List.of(installation.sumo().toString(), "--net-file",
                    f.network().toString(), "--route-files", f.routes().toString(), "--fcd-output",
                    f.fcd().toString(), "--fcd-output.distance", "true", "--step-length", fmt(options.stepS()),
                    "--seed", Long.toString(Math.floorMod(p.fleetSeed(), Integer.MAX_VALUE)), "--no-step-log",
                    "true", "--duration-log.disable", "true", "--no-warnings", "true"));
            runner.run(cmd, workDir, workDir.resolve("sumo.log"), options.timeLimit(), ctx);
            t2 = System.nanoTime();
            ctx.progress(0.8, "reading the floating-car data");
            traces = new FcdReader().read(f.fcd(), ctx);
        } else {
            ctx.progress(0.8, "SUMO's traces from the cache");
        }
        Set<String> ids = base.evs().stream().map(NetzeroEv::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        FcdProfiles profiles = new FcdProfiles(traces, p.segmentKm(), builtIn(p), SOURCE);
        var problems = profiles.check(ids);
        if (!problems.isEmpty()) { // our own scenario: only a foreign FCD file could get here
            throw new ProjectFileException(f.fcd().toString(), problems);
        }
        if (!cached && key != null) {
            cache.put(CACHE_KIND, key, traces, FcdTraceCodec.INSTANCE);
        }
        NetzeroInstance instance = study.buildInstanceWith(project, p, profiles, null);
        long t3 = System.nanoTime();
        ctx.progress(1, "done");
        return new Result(instance, profiles, ids.size(), profiles.matched(ids), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, workDir, cached);
    }

    /** The built-in model for EVs without a trace. */
    static BuiltInSpeedModel builtIn(NetzeroParameters p) {
        return new BuiltInSpeedModel(p.segmentKm(), p.congestion(), p.laneChangesPerKm(), p.lanes());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
