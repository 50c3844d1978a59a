package org.evwb.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code *.evwb.json} project files. Reading never modifies the file; it checks size, depth, format
 * and version, migrates older versions, maps onto records, and validates. Writing is atomic (temp file + move) and
 * keeps the previous file as {@code NAME.bak}.
 */
public final class ProjectIO {

    /** Largest project file accepted. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final String EXTENSION = ".evwb.json";

    private final ObjectMapper mapper;
    private final ProjectMigrations migrations;
    private final ProjectValidator validator;
    private final long maxBytes;

    public ProjectIO() {
        this(ProjectMigrations.standard(), MAX_FILE_BYTES);
    }

    public ProjectIO(ProjectMigrations migrations, long maxBytes) {
        this.mapper = Json.newMapper();
        this.migrations = migrations;
        this.validator = new ProjectValidator();
        this.maxBytes = maxBytes;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Loads and validates a project file. The file is only read. */
    public Project load(Path file) throws ProjectFileException {
        String source = file.toString();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ProjectFileException(source, "$", Files.exists(file) ? "not a regular file"
                        : "the file does not exist; check the path");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new ProjectFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new ProjectFileException(source, "$", "the file is " + mb(size) + ", larger than the " + mb(maxBytes)
                    + " a project may have; keep large data as generator recipes or CSV imports");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
        Project project = read(bytes, source);
        cleanStaleTemps(file);
        return project;
    }

    /** Parses, migrates, maps and validates project JSON; {@code source} names it in messages. */
    public Project read(byte[] json, String source) throws ProjectFileException {
        if (json.length > maxBytes) {
            throw new ProjectFileException(source, "$", "the data is " + mb(json.length) + ", larger than the "
                    + mb(maxBytes) + " a project may have");
        }
        // UTF-16/32 and bytes that are not UTF-8 are refused before the parser guesses (docs/file-format.md)
        JsonNode tree = JsonProblems.readTree(mapper, json, source, "a project file");
        if (tree == null || tree.isMissingNode()) {
            throw new ProjectFileException(source, "$", "the file is empty; a project is a JSON object with "
                    + "\"format\": \"" + Project.FORMAT + "\" and \"version\"");
        }
        if (!tree.isObject()) {
            throw new ProjectFileException(source, "$", "a project file is a JSON object {…} with \"format\": \""
                    + Project.FORMAT + "\" and \"version\", found " + (tree.isArray() ? "a list [...]"
                    : tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + "; is this the right file?");
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !Project.FORMAT.equals(format.asText())) {
            throw new ProjectFileException(source, "$.format", (format == null ? "missing" : "is " + format)
                    + "; an EV Energy Workbench project has \"format\": \"" + Project.FORMAT + "\"");
        }
        JsonNode versionNode = root.get("version");
        if (versionNode == null || !versionNode.canConvertToExactIntegral() || !versionNode.canConvertToInt()) {
            throw new ProjectFileException(source, "$.version", (versionNode == null ? "missing" : "is " + versionNode)
                    + "; the file version is a whole number (this build writes " + migrations.currentVersion() + ")");
        }
        int version = versionNode.asInt();
        if (version > migrations.currentVersion()) {
            throw new ProjectFileException(source, "$.version", "the file is version " + version
                    + ", written by a newer EV Energy Workbench; this build reads versions up to "
                    + migrations.currentVersion() + ". Update the workbench to open it");
        }
        if (version < migrations.oldestSupported()) {
            throw new ProjectFileException(source, "$.version", "version " + version + " is older than the oldest "
                    + "this build can migrate (" + migrations.oldestSupported() + ")");
        }
        if (version < migrations.currentVersion()) {
            try {
                root = migrations.migrate(root, version);
            } catch (RuntimeException e) {
                throw new ProjectFileException(source, "$.version", "cannot bring the file from version " + version
                        + " to version " + migrations.currentVersion() + ": " + e.getMessage()
                        + "; open it with the workbench version that wrote it and save it again");
            }
        }
        List<Problem> problems = new ArrayList<>();
        RecordFields.checkTree(root, Project.class, "$", problems);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        Project project;
        try {
            // absent optional primitives (e.g. speedKmh) read as 0; explicit nulls were already refused by checkTree
            project = mapper.readerFor(Project.class)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(root);
        } catch (JsonMappingException e) {
            throw new ProjectFileException(source, List.of(JsonProblems.problem("$", e)));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(source, "$", e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            // the tree check above should have caught anything the mapper rejects; never let it escape unexplained
            throw new ProjectFileException(source, "$", "cannot read the project: " + e.getMessage());
        }
        problems.addAll(validator.validate(project));
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        return project;
    }

    /** The project as JSON text (what {@link #save} writes). */
    public String toJson(Project project) {
        try {
            return mapper.writeValueAsString(project) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the project", e);
        }
    }

    /**
     * Saves atomically: writes a temp file beside the target, keeps the previous file as {@code NAME.bak}, then moves
     * the temp file over the target. A failure leaves the previous file as it was.
     *
     * @throws ProjectFileException when the project is invalid (nothing is written)
     */
    public void save(Project project, Path file) throws IOException, ProjectFileException {
        List<Problem> problems = validator.validate(project);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(file, problems);
        }
        byte[] bytes;
        try {
            bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        writeAtomically(file, bytes, true);
        cleanStaleTemps(file);
    }

    /**
     * Writes bytes atomically via a temp file in the same folder; optionally keeps the old file as a backup
     * ({@link SafeWrite}: a kill at any moment leaves the file and its backup each old or new, whole).
     */
    public static void writeAtomically(Path file, byte[] bytes, boolean keepBackup) throws IOException {
        SafeWrite.write(file, bytes, keepBackup);
    }

    /** Whether {@code file} could be written, checked before long work ({@link SafeWrite#checkWritable}). */
    public static void checkWritable(Path file) throws IOException {
        SafeWrite.checkWritable(file);
    }

    /** Where {@link #save} keeps the previous version of {@code file}. */
    public static Path backupOf(Path file) {
        return SafeWrite.backupOf(file);
    }

    /** The folder of a project's saved runs: {@code NAME.results/} beside {@code NAME.evwb.json}. */
    public static Path resultsFolderOf(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String base = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
        return projectFile.toAbsolutePath().resolveSibling(base + ".results");
    }

    /**
     * Removes what killed saves and result writes left beside a project and in its results folder (temp files of
     * our naming that no write holds; {@link SafeWrite#cleanStale}). Done on open and on save; never touches the
     * project, its backup or a result.
     */
    public static void cleanStaleTemps(Path projectFile) {
        SafeWrite.cleanStale(projectFile);
        SafeWrite.cleanStaleIn(resultsFolderOf(projectFile));
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
