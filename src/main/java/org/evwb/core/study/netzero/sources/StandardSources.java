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
import org.evwb.core.study.netzero.SpeedProfileSource;
import org.evwb.core.study.netzero.forecast.ForecastModel;
import org.evwb.core.study.netzero.forecast.ForecastSupply;
import org.evwb.core.study.netzero.forecast.Forecaster;
import org.evwb.core.study.netzero.traffic.FcdProfiles;
import org.evwb.core.study.netzero.traffic.FcdReader;
import org.evwb.core.study.netzero.traffic.SumoException;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.core.study.netzero.traffic.SumoTraffic;

/**
 * The sources a netzero run may name: speed profiles from a SUMO run ({@link SumoTraffic}) or an FCD file
 * ({@link FcdReader}), and the renewables' output from a forecast of the weather year ({@link Forecaster}, the one
 * model {@code forecastModel} names). Every failure becomes a problem at the parameter that asked for it — SUMO
 * missing (with how to install it), failing or timing out, an unreadable FCD file or one with unknown vehicle ids,
 * a model that cannot load — so a run reports it instead of hanging or failing without a word.
 */
public final class StandardSources implements NetzeroSources {

    private final Map<String, String> env;
    private final SumoTraffic.Options sumoOptions;

    /**
     * @param env         the environment SUMO is looked up in ({@code SUMO_BINARY}, {@code SUMO_HOME}, {@code PATH})
     * @param sumoOptions how SUMO runs (per-program time limit, departures, step)
     */
    public StandardSources(Map<String, String> env, SumoTraffic.Options sumoOptions) {
        this.env = Map.copyOf(env);
        this.sumoOptions = sumoOptions;
    }

    /** The sources of this process's environment with SUMO's default options. */
    public static StandardSources standard() {
        return new StandardSources(System.getenv(), SumoTraffic.Options.DEFAULT);
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
            SumoTraffic.Result r = new SumoTraffic(study, sumo, sumoOptions).run(project, p, dir, ctx);
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

    private static SpeedProfileSource fcd(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                          RunContext ctx) throws ProjectFileException {
        Path file = fcdFile(project, p, path);
        try {
            var traces = new FcdReader().read(file, ctx);
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

    private static RenewableSupply forecast(NetzeroStudy study, Project project, NetzeroParameters p, String path,
                                            RunContext ctx) throws ProjectFileException {
        ForecastModel model = ForecastModel.valueOf(p.forecastModel().name());
        var year = study.weatherYear(project, p);
        ctx.progress(Double.NaN, "training the " + model.label() + " forecast of wind and PV");
        try {
            List<Forecaster.Comparison> both = Forecaster.DEFAULT.compareBoth(year, List.of(model), p.weatherSeed(),
                    ctx);
            return new ForecastSupply(both.get(0), both.get(1), p);
        } catch (LinkageError | IllegalStateException e) {
            // XGBoost's natives need x86-64 and the system libgomp.so.1
            throw refused(project, path + ".forecastModel", "the " + model.label() + " model could not be used: "
                    + e.getMessage() + "; install libgomp1 (Debian) for xgboost, or choose linear, tree or forest");
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
