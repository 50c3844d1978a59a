package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.StudyDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb import STUDY KIND FILE --project P [--out Q] [--param NAME=VALUE ...]}: reads a data file with one of
 * the study's importers ({@link StudyDefinition#importers()}) into the project and saves it — in place (the old file
 * kept as {@code .bak}) or to {@code --out} — atomically, like every save. A file the importer refuses changes
 * nothing: every problem is printed with the file, row and column, and the project is not written. {@code --list}
 * shows every study's importers. Nothing here knows a study: everything comes from the registry.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a data file (a task trace, a solar day, a market day, …) into a project.",
                "'evwb import --list' shows every study's imports, what each replaces and its options.",
                "The project is saved atomically, in place (the old file kept as .bak) or to --out; a file with "
                        + "problems changes nothing.",
                "Exit code 0 when imported, 2 on bad options or a file the import refuses."})
final class ImportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY", description = "the study (see --list)")
    private String studyId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "KIND", description = "what the file holds (see --list)")
    private String kind;

    @Parameters(index = "2", arity = "0..1", paramLabel = "FILE", description = "the data file")
    private Path file;

    @Option(names = "--list", description = "list every study's imports")
    private boolean list;

    @Option(names = "--project", paramLabel = "P.evwb.json", description = "the project to import into")
    private Path project;

    @Option(names = "--out", paramLabel = "Q.evwb.json",
            description = "write the changed project here instead of replacing --project")
    private Path out;

    @Option(names = "--force", description = "replace --out if it exists (the old file is kept as .bak)")
    private boolean force;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "an option of the import; repeatable")
    private Map<String, String> params = new LinkedHashMap<>();

    ImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (list) {
            printList();
            return EvwbCommand.EXIT_OK;
        }
        if (studyId == null || kind == null || file == null || project == null) {
            throw CliException.badInput("evwb import: give the study, the kind and the file, and --project, e.g. "
                    + "evwb import edge tasks trace.csv --project day" + ProjectIO.EXTENSION
                    + " ('evwb import --list' lists the imports)");
        }
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "evwb import: ");
        DataImporter importer = study.importer(kind).orElseThrow(() -> CliException.badInput("evwb import "
                + study.id() + ": no import '" + kind + "'; " + (study.importers().isEmpty() ? "the study imports "
                + "nothing" : "it imports " + String.join(", ", study.importers().stream().map(DataImporter::kind)
                .toList())) + " ('evwb import --list')"));
        if (!Files.isRegularFile(file)) {
            throw CliException.badInput(file + ": " + (Files.exists(file) ? "not a regular file"
                    : "the file does not exist; check the path"));
        }
        Path target = out == null ? project : out;
        if (!target.getFileName().toString().endsWith(ProjectIO.EXTENSION)) {
            throw CliException.badInput("--out " + target + ": a project file ends in " + ProjectIO.EXTENSION);
        }
        if (out != null && !out.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize())
                && Files.exists(out) && !force) {
            throw CliException.badInput("--out " + out + ": the file exists; choose another name or add --force");
        }
        CliFiles.checkWritable(out == null ? "--project" : "--out", target);
        ProjectLoader loader = new ProjectLoader();
        Project p = loader.load(project);
        DataImporter.Result result;
        try {
            result = importer.read(new DataImporter.Request(file, p, params, List.of()),
                    new RunContext(0, null, RunListener.NONE));
        } catch (ProjectFileException e) {
            String where = e.source() == null || e.source().isBlank() ? file.toString() : e.source();
            throw CliException.badInput(CliException.lines(where, e.problems()) + "\nevwb import: nothing was "
                    + "imported; " + project + " is unchanged");
        } catch (CancelledException e) {
            env.err().println("evwb import: cancelled; nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        Project changed = result.edit().apply(p);
        try {
            loader.io().save(changed, target);
        } catch (ProjectFileException e) {
            throw CliException.badInput(CliException.lines(target.toString(), e.problems())
                    + "\nevwb import: the imported project does not validate; nothing was written");
        } catch (IOException e) {
            throw CliException.badInput((out == null ? "--project " : "--out ") + target + ": " + e.getMessage()
                    + "; nothing was written");
        }
        env.out().println("imported " + file + " into " + target + ": " + result.summary());
        return EvwbCommand.EXIT_OK;
    }

    private void printList() {
        for (StudyDefinition<?, ?> s : env.studies().studies()) {
            if (s.importers().isEmpty()) {
                continue;
            }
            env.out().println(s.id() + " — " + s.title());
            for (DataImporter d : s.importers()) {
                env.out().println("  " + d.kind() + ": " + d.title() + " (." + String.join(", .", d.extensions())
                        + ")");
                env.out().println("      replaces " + d.replaces());
                for (DataImporter.Param param : d.params()) {
                    env.out().println("      --param " + param.name() + "=…  " + param.description());
                }
            }
        }
    }
}
