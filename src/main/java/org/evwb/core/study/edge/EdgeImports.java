package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.csv.PowerSeriesCsvImport;
import org.evwb.core.project.edit.CompositeEdit;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.PutSeries;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.RunContext;

/**
 * The edge study's data imports ({@link EdgeStudy#importers()}): a task trace ({@link EdgeTaskCsv}) that replaces the
 * recipe's task day, and a server's solar day ({@link PowerSeriesCsvImport}, e.g. a solar plant's export of
 * timestamp + W) that replaces its solar input. Each reads the whole file against the project, applies it to a copy
 * and builds the edge instance from that copy before it returns, so a file the study would refuse changes nothing.
 */
final class EdgeImports {

    static final String TASKS = "tasks";
    static final String SOLAR = "solar";

    private final EdgeStudy study;

    EdgeImports(EdgeStudy study) {
        this.study = study;
    }

    List<DataImporter> importers() {
        return List.of(
                new DataImporter(TASKS, "Task trace (CSV)", "the task day: the recipe's tasks give way to the "
                        + "file's (kept as the series " + EdgeTaskTable.PREFIX + ".*; undo, or delete them, to go back "
                        + "to the recipe)", List.of("csv"), List.of(), this::tasks),
                new DataImporter(SOLAR, "Server solar day (CSV: timestamp, W)", "the solar input of one edge server "
                        + "(the series it names; a series other servers share is left to them and the server gets "
                        + "its own)", List.of("csv"), List.of(new DataImporter.Param("server", "the edge server's id "
                        + "(default: the one selected, or the only one)")), this::solar));
    }

    private EdgeParameters params(Project p) throws ProjectFileException {
        return study.parameters().from(p, p.studyConfig(EdgeStudy.ID).orElse(null));
    }

    private DataImporter.Result tasks(DataImporter.Request req, RunContext ctx) throws ProjectFileException {
        Project p = req.project();
        String file = req.file().getFileName().toString();
        EdgeParameters params = params(p);
        TaskRecipe recipe = EdgeInstanceBuilder.recipeOrNull(p, params);
        TimeSeries solar = firstSolar(p);
        int slots;
        double slotMinutes;
        if (recipe != null) {
            slots = recipe.slots();
            slotMinutes = recipe.slotMinutes();
        } else if (solar != null) {
            slots = solar.size();
            slotMinutes = solar.slotMinutes();
        } else {
            throw new ProjectFileException(file, "$.infrastructure.edgeServers", "the project has no edge-tasks "
                    + "recipe and no edge server with a solar series, so the day's slots are unknown; add a server "
                    + "with its solar series first");
        }
        double rho = recipe == null ? 1 : recipe.revenuePerCore();
        ctx.progress(Double.NaN, "reading " + file);
        List<EdgeTask> tasks = EdgeTaskCsv.read(req.file(), slots, rho);
        if (tasks.isEmpty()) {
            throw new ProjectFileException(file, "row 2", "no tasks: the file has a header but no rows");
        }
        ctx.checkCancelled();
        Edit edit = PutSeries.of("Import " + tasks.size() + " tasks from " + file, p,
                EdgeTaskTable.toSeries(tasks, slotMinutes, file));
        checkApplied(file, p, edit);
        return new DataImporter.Result(edit, String.format(Locale.ROOT, "%,d tasks over %d slots from %s replace "
                + "the recipe's task day", tasks.size(), slots, file));
    }

    private DataImporter.Result solar(DataImporter.Request req, RunContext ctx) throws ProjectFileException {
        Project p = req.project();
        String file = req.file().getFileName().toString();
        EdgeServer server = target(p, req);
        TimeSeries old = server.solarSeriesId() == null ? null
                : p.find(TimeSeries.class, server.solarSeriesId()).orElse(null);
        TaskRecipe recipe = EdgeInstanceBuilder.recipeOrNull(p, params(p));
        int slots = recipe != null ? recipe.slots() : old != null ? old.size() : -1;
        double slotMinutes = recipe != null ? recipe.slotMinutes() : old != null ? old.slotMinutes() : -1;
        if (slots <= 0) {
            throw new ProjectFileException(file, "$.generators", "the day's slots are unknown: the project has no "
                    + "edge-tasks recipe and server '" + server.id() + "' no solar series; add the recipe first");
        }
        ctx.progress(Double.NaN, "reading " + file);
        List<Double> values = new PowerSeriesCsvImport().read(req.file(), slots, slotMinutes, ctx.importProgress());
        ctx.checkCancelled();
        boolean shared = old != null && p.infrastructure().edgeServers().stream().anyMatch(s -> s != server
                && old.id().equals(s.solarSeriesId()));
        String label = "Import the solar day of " + server.id() + " from " + file;
        Edit edit;
        String into;
        if (old != null && !shared) {
            into = old.id();
            edit = PutSeries.of(label, p, List.of(new TimeSeries(old.id(), "Solar input (" + file + ")", "W",
                    old.startMin(), slotMinutes, values)));
        } else {
            into = freeId(p, server.id() + "-solar");
            TimeSeries fresh = new TimeSeries(into, "Solar input of " + server.id() + " (" + file + ")", "W", 0,
                    slotMinutes, values);
            edit = new CompositeEdit(label, List.of(PutSeries.of(label, p, List.of(fresh)),
                    ReplaceEntities.of(label, server, new EdgeServer(server.id(), server.name(), server.position(),
                            server.cores(), server.maxPowerW(), server.staticPowerW(), server.batteryKind(),
                            server.batteryCapacityWh(), into, server.panelKwp()))));
        }
        checkApplied(file, p, edit);
        double peak = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new DataImporter.Result(edit, String.format(Locale.ROOT, "%d solar values (peak %.0f W) from %s into "
                + "series %s of server %s%s", values.size(), peak, file, into, server.id(), shared
                ? " (its own now: the old series stays with the servers that share it)" : ""));
    }

    /** The server an import targets: the {@code server} option, else the one selected, else the only one. */
    private static EdgeServer target(Project p, DataImporter.Request req) throws ProjectFileException {
        List<EdgeServer> all = p.infrastructure().edgeServers();
        String file = req.file().getFileName().toString();
        String id = req.param("server", null);
        if (id == null) {
            id = req.selection().stream().filter(r -> r.kind() == EntityKind.EDGE_SERVER).map(EntityRef::id)
                    .findFirst().orElse(null);
        }
        if (id == null && all.size() == 1) {
            id = all.get(0).id();
        }
        List<String> ids = all.stream().map(EdgeServer::id).toList();
        if (id == null) {
            throw new ProjectFileException(file, "server", all.isEmpty() ? "the project has no edge server; add one"
                    + " first" : "which server's solar is it? Select one of the edge servers " + ids + " (or give "
                    + "--param server=ID)");
        }
        String want = id;
        return all.stream().filter(s -> s.id().equals(want)).findFirst().orElseThrow(() -> new ProjectFileException(
                file, "server", "no edge server '" + want + "'; the project has " + ids));
    }

    private static TimeSeries firstSolar(Project p) {
        for (EdgeServer s : p.infrastructure().edgeServers()) {
            if (s.solarSeriesId() != null) {
                var t = p.find(TimeSeries.class, s.solarSeriesId());
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        return null;
    }

    private static String freeId(Project p, String base) {
        String id = base;
        for (int i = 2; p.find(TimeSeries.class, id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** The project with the edit applied must validate and build: otherwise the import is refused, as a whole. */
    private void checkApplied(String file, Project p, Edit edit) throws ProjectFileException {
        Project after = edit.apply(p);
        List<Problem> problems = new ArrayList<>(new ProjectValidator().validate(after));
        if (problems.isEmpty()) {
            try {
                study.buildInstance(after, after.studyConfig(EdgeStudy.ID).orElse(null));
            } catch (ProjectFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> named = problems.stream().map(pr -> new Problem(pr.path(), "after the import: "
                    + pr.message())).toList();
            throw new ProjectFileException(file, named);
        }
    }
}
