package org.evwb.core.study.netzero.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroSources;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.RenewableSupply;
import org.evwb.core.study.netzero.cache.SourceCache;
import org.evwb.core.study.netzero.SpeedProfileSource;
import org.evwb.core.study.netzero.forecast.ForecastModel;
import org.evwb.core.study.netzero.forecast.ForecastSupply;
import org.evwb.core.study.netzero.forecast.Forecaster;
import org.evwb.core.study.netzero.traffic.FcdProfiles;
import org.evwb.core.study.netzero.traffic.FcdReader;
import org.evwb.core.study.netzero.traffic.FcdTraceCodec;
import org.evwb.core.study.netzero.traffic.SumoException;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.core.study.netzero.traffic.SumoRunner;
import org.evwb.core.study.netzero.traffic.SumoTraffic;

/**
 * The sources a netzero run may name: speed profiles from a SUMO run ({@link SumoTraffic}) or an FCD file
 * ({@link FcdReader}), and the renewables' output from a forecast of the weather year ({@link Forecaster}, the one
 * model {@code forecastModel} names). Every failure becomes a problem at the parameter that asked for it — SUMO
 * missing (with how to install it), failing or timing out, an unreadable FCD file or one with unknown vehicle ids,
 * a model that cannot load — so a run reports it instead of hanging or failing without a word. A SUMO run's traces
 * and a forecast are cached ({@link SourceCache}) by everything that determines them, so a second build with the
 * same inputs neither runs SUMO nor trains a model; {@link #isCached} tells beforehand.
 */
public final class StandardSources implements NetzeroSources {

    /** The cache kind of a forecast's fitted supply. */
    public static final String FORECAST_KIND = "forecast";
    /** The cache kind of an imported FCD file's traces. */
    public static final String FCD_KIND = "fcd-file";
    /** Bumped when reading an FCD file changes. */
    static final String FCD_VERSION = "1";
    /** Bumped when the forecast's data, training or scaling changes, so older entries miss. */
    static final String FORECAST_VERSION = "1";

    private final Map<String, String> env;
    private final SumoTraffic.Options sumoOptions;
    private final SumoRunner runner;
    private final SourceCache cache;

    /**
     * Sources caching in memory only, SUMO as child processes.
     *
     * @param env         the environment SUMO is looked up in ({@code SUMO_BINARY}, {@code SUMO_HOME}, {@code PATH})
     * @param sumoOptions how SUMO runs (per-program time limit, departures, step)
     */
    public StandardSources(Map<String, String> env, SumoTraffic.Options sumoOptions) {
        this(env, sumoOptions, SumoRunner.PROCESSES, new SourceCache(null, SourceCache.DEFAULT_MAX_BYTES));
    }

    /**
     * @param runner runs SUMO's programs (tests count or stand in for them)
     * @param cache  keeps SUMO's traces and forecasts by everything that determines them
     */
    public StandardSources(Map<String, String> env, SumoTraffic.Options sumoOptions, SumoRunner runner,
                           SourceCache cache) {
        this.env = Map.copyOf(env);
        this.sumoOptions = sumoOptions;
        this.runner = runner;
        this.cache = cache;
    }

    /**
     * The sources of this process's environment with SUMO's default options, caching in memory and in
     * {@link org.evwb.core.AppDirs#cache} ({@code EVWB_CACHE_DIR}, else {@code ~/.evwb/cache}).
     */
    public static StandardSources standard() {
        Map<String, String> env = System.getenv();
        return new StandardSources(env, SumoTraffic.Options.DEFAULT, SumoRunner.PROCESSES,
                new SourceCache(org.evwb.core.AppDirs.cache(env), SourceCache.DEFAULT_MAX_BYTES));
    }

    /**
     * Whether a build with these parameters would find every costly source it names (a SUMO run, a forecast)
     * cached, so {@link #build} returns in about the time of a built-in build. True when the parameters name none.
     * Never runs SUMO or trains a model: it draws the fleet and writes the SUMO scenario to key it (well under a
     * second at 2,000 EVs). The window asks this before it offers to build a SUMO fleet on opening a project.
     */
    @Override
    public boolean isCached(NetzeroStudy study, Project project, NetzeroParameters p) throws ProjectFileException {
        if (p.supplySource() == NetzeroParameters.SupplySource.FORECAST
                && !cache.contains(FORECAST_KIND, forecastKey(study.weatherYear(project, p), p), FittedCodec.INSTANCE)) {
            return false;
        }
        if (p.speedSource() != NetzeroParameters.SpeedSource.SUMO) {
            return true;
        }
        var sumo = SumoInstallation.locate(env);
        if (sumo.isEmpty()) {
            return false;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("evwb-sumo-key");
            return new SumoTraffic(study, sumo.get(), sumoOptions, runner, cache).isCached(project, p, dir);
        } catch (IOException e) {
            return false;
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    @Override
    public NetzeroInstance build(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                 RunContext ctx) throws ProjectFileException {
        RenewableSupply supply = p.supplySource() == NetzeroParameters.SupplySource.FORECAST
                ? forecast(study, project, p, path, ctx) : null;
        SpeedProfileSource profiles = switch (p.speedSource()) {
            case BUILT_IN -> null;
            case SUMO -> sumo(study, project, p, path, ctx);
            case FCD -> fcd(study, project, p, path, ctx);
        };
        ctx.checkCancelled();
        return study.buildInstanceWith(project, p, profiles, supply);
    }

    /** SUMO is installed for {@code sumo}, the FCD file exists for {@code fcd}; nothing is run or read. */
    @Override
    public List<Problem> preflight(Project project, NetzeroParameters p, String path) {
        if (p.speedSource() == NetzeroParameters.SpeedSource.SUMO && SumoInstallation.locate(env).isEmpty()) {
            return List.of(new Problem(path + ".speedSource", SumoInstallation.missingMessage(env)
                    + "; or set speedSource to built_in or fcd"));
        }
        if (p.speedSource() == NetzeroParameters.SpeedSource.FCD) {
            try {
                fcdFile(project, p, path);
            } catch (ProjectFileException e) {
                return e.problems();
            }
        }
        return List.of();
    }

    private SpeedProfileSource sumo(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                    RunContext ctx) throws ProjectFileException {
        SumoInstallation sumo = SumoInstallation.locate(env).orElseThrow(() -> refused(project, path
                + ".speedSource", SumoInstallation.missingMessage(env) + "; or set speedSource to built_in or fcd"));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("evwb-sumo");
            SumoTraffic.Result r = new SumoTraffic(study, sumo, sumoOptions, runner, cache).run(project, p, dir, ctx);
            ctx.progress(Double.NaN, r.summary());
            delete(dir); // kept only when SUMO failed, for its logs
            return r.profiles();
        } catch (SumoException e) {
            throw refused(project, path + ".speedSource", e.getMessage() + (dir == null ? "" : " (scenario and "
                    + "logs in " + dir + ")"));
        } catch (IOException e) {
            throw refused(project, path + ".speedSource", "the SUMO scenario could not be written: "
                    + e.getMessage());
        }
    }

    private SpeedProfileSource fcd(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                          RunContext ctx) throws ProjectFileException {
        Path file = fcdFile(project, p, path);
        try {
            // an imported file is read once per content: keyed by its bytes' hash, not its name or date
            String key = SourceCache.key(List.of(("fcd-file " + FCD_VERSION).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(file)));
            var traces = cache.get(FCD_KIND, key, FcdTraceCodec.INSTANCE).orElse(null);
            if (traces == null) {
                traces = new FcdReader().read(file, ctx);
                cache.put(FCD_KIND, key, traces, FcdTraceCodec.INSTANCE);
            }
            NetzeroInstance base = study.buildInstanceWith(project, p, null, null);
            Set<String> ids = base.evs().stream().map(NetzeroEv::id).collect(Collectors.toCollection(
                    LinkedHashSet::new));
            FcdProfiles profiles = new FcdProfiles(traces, p.segmentKm(), fallback(p), file.getFileName().toString());
            List<Problem> problems = profiles.check(ids);
            if (!problems.isEmpty()) {
                throw new ProjectFileException(file, problems);
            }
            ctx.progress(Double.NaN, file.getFileName() + ": " + profiles.matched(ids) + " of " + ids.size()
                    + " EVs traced (the others keep the built-in profile)");
            return profiles;
        } catch (IOException e) {
            throw refused(project, path + ".fcdFile", "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The existing file {@code fcdFile} names, or the problem at {@code fcdFile}. */
    private static Path fcdFile(Project project, NetzeroParameters p, String path) throws ProjectFileException {
        if (p.fcdFile().isBlank()) {
            throw refused(project, path + ".fcdFile", "speedSource fcd needs fcdFile: the path of a SUMO FCD XML "
                    + "or CSV file (id, time, speed, pos) for the fleet");
        }
        Path file;
        try {
            file = Path.of(p.fcdFile());
        } catch (InvalidPathException e) {
            throw refused(project, path + ".fcdFile", "\"" + p.fcdFile() + "\" is not a file path: "
                    + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw refused(project, path + ".fcdFile", "no file " + file.toAbsolutePath() + " (fcdFile is absolute "
                    + "or relative to the working directory)");
        }
        return file;
    }

    private static SpeedProfileSource fallback(NetzeroParameters p) {
        return new org.evwb.core.study.netzero.BuiltInSpeedModel(p.segmentKm(), p.congestion(),
                p.laneChangesPerKm(), p.lanes());
    }

    private RenewableSupply forecast(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                     RunContext ctx) throws ProjectFileException {
        ForecastModel model = ForecastModel.valueOf(p.forecastModel().name());
        var year = study.weatherYear(project, p);
        String key = forecastKey(year, p);
        var hit = cache.get(FORECAST_KIND, key, FittedCodec.INSTANCE);
        if (hit.isPresent()) {
            ctx.progress(Double.NaN, "the " + model.label() + " forecast of wind and PV from the cache");
            return new ForecastSupply(hit.get(), p);
        }
        ctx.progress(Double.NaN, "training the " + model.label() + " forecast of wind and PV");
        try {
            List<Forecaster.Comparison> both = Forecaster.DEFAULT.compareBoth(year, List.of(model), p.weatherSeed(),
                    ctx);
            ForecastSupply.Fitted fitted = ForecastSupply.Fitted.of(both.get(0), both.get(1));
            cache.put(FORECAST_KIND, key, fitted, FittedCodec.INSTANCE);
            return new ForecastSupply(fitted, p);
        } catch (LinkageError | IllegalStateException e) {
            // XGBoost's natives need x86-64 and the system libgomp.so.1
            throw refused(project, path + ".forecastModel", "the " + model.label() + " model could not be used: "
                    + e.getMessage() + "; install libgomp1 (Debian) for xgboost, or choose linear, tree or forest");
        }
    }

    /**
     * Everything a forecast depends on: the model, the seed, the forecaster's settings, Tribuo's version and the
     * weather year itself (every hour's features, so an imported series that changes is a new key).
     */
    static String forecastKey(org.evwb.core.study.netzero.WeatherYear year, NetzeroParameters p) {
        List<byte[]> parts = new java.util.ArrayList<>();
        parts.add(("forecast " + FORECAST_VERSION + " " + p.forecastModel().name() + " seed " + p.weatherSeed() + " "
                + Forecaster.DEFAULT + " tribuo " + org.tribuo.Tribuo.VERSION + " " + year.source())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (double[] a : List.of(year.windSpeedMs(), year.irradianceWm2(), year.temperatureC())) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(a.length * Double.BYTES);
            b.asDoubleBuffer().put(a);
            parts.add(b.array());
        }
        return SourceCache.key(parts);
    }

    /** A fitted forecast as cache bytes. */
    static final class FittedCodec implements SourceCache.Codec<ForecastSupply.Fitted> {
        static final FittedCodec INSTANCE = new FittedCodec();

        @Override
        public void write(ForecastSupply.Fitted f, java.io.DataOutputStream out) throws IOException {
            out.writeUTF(f.windModel().name());
            writeArray(f.windPredicted(), out);
            out.writeDouble(f.windMeanCf());
            out.writeUTF(f.pvModel().name());
            writeArray(f.pvPredicted(), out);
            out.writeDouble(f.pvMeanCf());
        }

        @Override
        public ForecastSupply.Fitted read(java.io.DataInputStream in) throws IOException {
            return new ForecastSupply.Fitted(ForecastModel.valueOf(in.readUTF()), readArray(in), in.readDouble(),
                    ForecastModel.valueOf(in.readUTF()), readArray(in), in.readDouble());
        }

        private static void writeArray(double[] a, java.io.DataOutputStream out) throws IOException {
            out.writeInt(a.length);
            for (double v : a) {
                out.writeDouble(v);
            }
        }

        private static double[] readArray(java.io.DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > 1 << 20) {
                throw new IOException("bad length " + n);
            }
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = in.readDouble();
            }
            return a;
        }
    }

    private static ProjectFileException refused(Project project, String path, String message) {
        return new ProjectFileException(project.name().isBlank() ? "project" : project.name(),
                List.of(new Problem(path, message)));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
