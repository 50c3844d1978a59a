package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ResultFile;

/**
 * Saved runs live beside the project in {@code <name>.results/} (for {@code <name>.evwb.json}), one result JSON per
 * run, never inside the project file.
 */
public final class ResultStore {

    private static final Logger LOG = Logger.getLogger(ResultStore.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;

    public ResultStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The results folder of a project file. */
    public static Path folderFor(Path projectFile) {
        return ProjectIO.resultsFolderOf(projectFile);
    }

    /** Writes one run's result into the project's results folder and returns the file. */
    public Path write(Path projectFile, ResultFile result) throws IOException {
        Path folder = folderFor(projectFile);
        Files.createDirectories(folder);
        var r = result.report();
        String base = STAMP.format(r.startedAt()) + "-" + safe(r.study()) + "-" + safe(r.solver()) + "-seed"
                + r.seed();
        Path file = folder.resolve(base + ".json");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".json");
        }
        result.write(file, mapper);
        return file;
    }

    /** The runs saved for a project, oldest first; unreadable files are logged and skipped. */
    public List<Loaded> readAll(Path projectFile) {
        Path folder = folderFor(projectFile);
        List<Loaded> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(new Loaded(f, ResultFile.read(f, mapper)));
                } catch (ProjectFileException e) {
                    LOG.log(Level.WARNING, "skipping unreadable result file: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list results in " + folder, e);
        }
        out.sort(Comparator.comparing(l -> l.result().report().startedAt()));
        return out;
    }

    /** A result file and what it holds. */
    public record Loaded(Path file, ResultFile result) { }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
