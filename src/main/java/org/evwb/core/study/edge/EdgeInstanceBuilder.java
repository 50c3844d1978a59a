package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.solve.StudyParameters;

/**
 * Builds an {@link EdgeInstance} from a project: every edge server with its solar series (SPEC §4), the task day of
 * the {@code edge-tasks} recipe (the same day for every server — Decision: servers then differ only by their panel,
 * hardware and battery, so one project compares them), and the actual day from the study's deviation parameters.
 * Every problem names its JSON path and what to do, and all of them are reported together.
 */
public final class EdgeInstanceBuilder {

    private final StudyParameters<EdgeParameters> parameters =
            StudyParameters.of(EdgeStudy.ID, EdgeParameters.DEFAULT);

    public StudyParameters<EdgeParameters> parameters() {
        return parameters;
    }

    public EdgeInstance build(Project project, StudyConfig config) throws ProjectFileException {
        EdgeParameters params = parameters.from(project, config);
        if (EdgeTaskTable.present(project)) {
            return buildWith(project, params, importedTasks(project));
        }
        return buildWith(project, params);
    }

    /** The tasks of the project's imported trace ({@link EdgeTaskTable}), checked against the day's slots. */
    private static List<EdgeTask> importedTasks(Project project) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        int slots = Integer.MAX_VALUE;
        for (EdgeServer s : project.infrastructure().edgeServers()) {
            var ts = s.solarSeriesId() == null ? null : project.find(TimeSeries.class, s.solarSeriesId()).orElse(null);
            if (ts != null && ts.size() > 0) {
                slots = Math.min(slots, ts.size());
            }
        }
        List<EdgeTask> tasks = EdgeTaskTable.read(project, slots, problems);
        if (tasks == null) {
            throw new ProjectFileException(project.name() == null || project.name().isBlank() ? "project"
                    : project.name(), problems);
        }
        return tasks;
    }

    /** Builds with the tasks of the project's recipe. */
    public EdgeInstance buildWith(Project project, EdgeParameters params) throws ProjectFileException {
        return buildWith(project, params, null);
    }

    /**
     * Builds with {@code tasks} (e.g. imported from CSV) instead of the recipe's when not null; the slot length is
     * then the solar series'.
     */
    public EdgeInstance buildWith(Project project, EdgeParameters params, List<EdgeTask> tasks)
            throws ProjectFileException {
        String source = project.name() == null || project.name().isBlank() ? "project" : project.name();
        List<Problem> problems = new ArrayList<>();
        TaskRecipe recipe = tasks == null ? recipe(project, params, problems) : null;
        List<EdgeServer> servers = project.infrastructure().edgeServers();
        if (servers.isEmpty()) {
            problems.add(new Problem("$.infrastructure.edgeServers", "the project has no edge server; add one (with"
                    + " cores, maxPowerW, staticPowerW, batteryKind, batteryCapacityWh and solarSeriesId)"));
        }
        List<ServerDay> days = new ArrayList<>();
        Double slotMinutes = recipe == null ? null : recipe.slotMinutes();
        List<EdgeTask> base = tasks;
        if (recipe != null && problems.isEmpty()) {
            base = EdgeTaskGenerator.draw(recipe, recipeSeed(project, params));
        }
        if (base != null && params.revenue() == EdgeParameters.RevenueModel.UNIT) {
            // SPEC's max-flow case: every task earns 1, drawn or imported
            base = base.stream().map(t -> new EdgeTask(t.id(), t.arrivalSlot(), t.slack(), t.utilisation(), 1))
                    .toList();
        }
        for (int i = 0; i < servers.size(); i++) {
            EdgeServer s = servers.get(i);
            String path = "$.infrastructure.edgeServers[" + i + "]";
            EdgeServerModel model = server(s, path, params, problems);
            double[] solar = solar(project, s, path, recipe, problems);
            double factor = panelFactor(s, path, params, problems);
            if (model == null || solar == null || Double.isNaN(factor)) {
                continue;
            }
            solar = scaled(solar, factor);
            if (slotMinutes == null) {
                slotMinutes = project.find(TimeSeries.class, s.solarSeriesId()).orElseThrow().slotMinutes();
            }
            if (base != null) {
                checkTasks(base, solar.length, problems);
                days.add(day(model, solar, base, recipe, params, i));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        return new EdgeInstance(slotMinutes, params, days);
    }

    private static long recipeSeed(Project project, EdgeParameters params) {
        return chosenRecipe(project, params).seed();
    }

    private static ServerDay day(EdgeServerModel model, double[] solar, List<EdgeTask> tasks, TaskRecipe recipe,
                                 EdgeParameters params, int index) {
        if (params.actualIsPredicted() || recipe == null) {
            return new ServerDay(model, solar, tasks, solar, tasks);
        }
        OnlineData.Actual a = OnlineData.actual(solar, tasks, recipe, params,
                params.deviationSeed() * 1_000_003L + index, params.revenue() == EdgeParameters.RevenueModel.UNIT);
        return new ServerDay(model, a.solarW(), a.tasks(), solar, tasks);
    }

    private static GeneratorRecipe chosenRecipe(Project project, EdgeParameters params) {
        if (params.taskRecipe() != null) {
            return project.recipe(params.taskRecipe()).orElse(null);
        }
        List<GeneratorRecipe> rs = project.recipesOf(EdgeGenerator.ID);
        return rs.isEmpty() ? null : rs.get(0);
    }

    /** The project's task recipe as the builder reads it, or null when it has none (or a broken one). */
    static TaskRecipe recipeOrNull(Project project, EdgeParameters params) {
        List<Problem> ignored = new ArrayList<>();
        TaskRecipe r = recipe(project, params, ignored);
        return ignored.isEmpty() ? r : null;
    }

    private static TaskRecipe recipe(Project project, EdgeParameters params, List<Problem> problems) {
        GeneratorRecipe r = chosenRecipe(project, params);
        if (r == null) {
            problems.add(params.taskRecipe() != null
                    ? new Problem("$.studies.parameters.taskRecipe", "no generator recipe with id '"
                    + params.taskRecipe() + "'; name one of the project's recipes or leave taskRecipe out")
                    : new Problem("$.generators", "no '" + EdgeGenerator.ID + "' recipe: the edge study needs its "
                    + "task day; add {\"id\": \"tasks\", \"generator\": \"" + EdgeGenerator.ID + "\", \"seed\": 1}"
                    + " or run 'evwb generate edge'"));
            return null;
        }
        if (!r.generator().equals(EdgeGenerator.ID)) {
            problems.add(new Problem(project.jsonPathOf(r) + ".generator", "recipe '" + r.id() + "' is made by '"
                    + r.generator() + "', not by '" + EdgeGenerator.ID + "'; name an " + EdgeGenerator.ID
                    + " recipe"));
            return null;
        }
        return RecordValues.merge(TaskRecipe.DEFAULT, r.parameters(), RecordValues.Input.JSON,
                project.jsonPathOf(r) + ".parameters", problems);
    }

    private static EdgeServerModel server(EdgeServer s, String path, EdgeParameters params, List<Problem> problems) {
        int before = problems.size();
        if (s.cores() < 1) {
            problems.add(new Problem(path + ".cores", "must be at least 1 core, was " + s.cores()));
        }
        if (!(s.maxPowerW() > 0) || Double.isInfinite(s.maxPowerW())) {
            problems.add(new Problem(path + ".maxPowerW", "must be a finite power above 0 W, was " + s.maxPowerW()));
        }
        if (!(s.staticPowerW() >= 0) || s.staticPowerW() > s.maxPowerW()) {
            problems.add(new Problem(path + ".staticPowerW", "must be between 0 W and maxPowerW (" + s.maxPowerW()
                    + " W), was " + s.staticPowerW()));
        }
        BatteryKind kind = s.batteryKind() == null ? BatteryKind.NONE : s.batteryKind();
        double b = s.batteryCapacityWh();
        if (Double.isNaN(b) || b < 0) {
            problems.add(new Problem(path + ".batteryCapacityWh", "must be 0 Wh or more, was " + b));
        } else if (kind == BatteryKind.NONE && b > 0) {
            problems.add(new Problem(path + ".batteryCapacityWh", "is " + b + " Wh but batteryKind is none; set "
                    + "batteryKind to finite to use it, or the capacity to 0"));
        } else if (kind == BatteryKind.FINITE && Double.isInfinite(b)) {
            problems.add(new Problem(path + ".batteryCapacityWh", "is infinite; set batteryKind to infinite"));
        }
        if (problems.size() > before) {
            return null;
        }
        double wh = switch (kind) {
            case NONE -> 0;
            case FINITE -> b;
            case INFINITE -> Double.POSITIVE_INFINITY;
        };
        return new EdgeServerModel(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name(),
                new PowerModel(s.cores(), s.maxPowerW(), s.staticPowerW(),
                        params.cores() == EdgeParameters.CoreModel.WHOLE), kind, wh);
    }

    /**
     * The factor the server's series is scaled by for its panel (SPEC §4: the solar day is "scaled to the panel"),
     * NaN with a problem at {@code panelKwp} when the panel is not a finite size of 0 kWp or more.
     */
    private static double panelFactor(EdgeServer s, String path, EdgeParameters params, List<Problem> problems) {
        Double kwp = s.panelKwp();
        if (kwp != null && (!Double.isFinite(kwp) || kwp < 0)) {
            problems.add(new Problem(path + ".panelKwp", "must be a finite panel size of 0 kWp or more, was " + kwp
                    + "; leave it out to use the solar series as it stands"));
            return Double.NaN;
        }
        return params.panelFactor(kwp);
    }

    /** The series times {@code factor} (the same array when the factor is 1: old projects read bit for bit). */
    static double[] scaled(double[] v, double factor) {
        if (factor == 1) {
            return v;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    private static double[] solar(Project project, EdgeServer s, String path, TaskRecipe recipe,
                                  List<Problem> problems) {
        if (s.solarSeriesId() == null || s.solarSeriesId().isBlank()) {
            problems.add(new Problem(path + ".solarSeriesId", "missing: name the time series of this server's "
                    + "solar input (W per slot)"));
            return null;
        }
        List<TimeSeries> all = project.timeSeries();
        int index = -1;
        for (int j = 0; j < all.size(); j++) {
            if (all.get(j).id().equals(s.solarSeriesId())) {
                index = j;
            }
        }
        if (index < 0) {
            problems.add(new Problem(path + ".solarSeriesId", "no time series '" + s.solarSeriesId() + "'; name one"
                    + " of " + all.stream().map(TimeSeries::id).toList()));
            return null;
        }
        TimeSeries ts = all.get(index);
        String tsPath = "$.timeSeries[" + index + "]";
        int before = problems.size();
        if (ts.unit() != null && !ts.unit().isBlank() && !ts.unit().equals("W")) {
            problems.add(new Problem(tsPath + ".unit", "the solar series of server '" + s.id() + "' is in '"
                    + ts.unit() + "'; the edge study reads solar input in W"));
        }
        if (ts.size() == 0) {
            problems.add(new Problem(tsPath + ".values", "empty: a solar series needs one value (W) per slot"));
        }
        if (recipe != null && ts.size() != recipe.slots()) {
            problems.add(new Problem(tsPath + ".values", "has " + ts.size() + " values but the task recipe has "
                    + recipe.slots() + " slots; give one solar value per slot (or set the recipe's slots to "
                    + ts.size() + ")"));
        }
        if (recipe != null && ts.slotMinutes() != recipe.slotMinutes()) {
            problems.add(new Problem(tsPath + ".slotMinutes", "is " + ts.slotMinutes() + " min but the task "
                    + "recipe's slots are " + recipe.slotMinutes() + " min; make them equal"));
        }
        double[] v = ts.toArray();
        for (int t = 0; t < v.length; t++) {
            if (!Double.isFinite(v[t]) || v[t] < 0) {
                problems.add(new Problem(tsPath + ".values[" + t + "]", "solar input must be a finite number of W"
                        + " >= 0, was " + v[t]));
                break;
            }
        }
        return problems.size() > before ? null : v;
    }

    private static void checkTasks(List<EdgeTask> tasks, int slots, List<Problem> problems) {
        for (EdgeTask t : tasks) {
            if (t.arrivalSlot() >= slots) {
                problems.add(new Problem("tasks[" + t.id() + "].arrivalSlot", "task " + t.id() + " arrives in slot "
                        + t.arrivalSlot() + " but the day has " + slots + " slots"));
                return;
            }
        }
    }
}
