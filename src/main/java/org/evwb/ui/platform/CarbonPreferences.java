package org.evwb.ui.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ComputeCarbon;

/**
 * The compute-carbon constants as a preference of the window: read from {@code preferences.json} in the user's folder
 * (its {@code computeCarbon} object; other preferences in the file are kept), changed by Edit ▸ Preferences…, and read
 * by the window's {@code OptimizerRunner} when each run ends, so a change reaches the next run. {@link #current()} is
 * safe from any thread.
 */
public final class CarbonPreferences {

    private static final String KEY = "computeCarbon";
    private final Path file;
    private final ObjectMapper mapper;
    private volatile ComputeCarbon.Settings current;
    private volatile String loadProblem;

    /** The preferences kept in {@code file}; the defaults when it has none or they are unreadable ({@link #loadProblem}). */
    public CarbonPreferences(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
        this.current = load();
    }

    public Path file() {
        return file;
    }

    /** The constants every run started now uses. */
    public ComputeCarbon.Settings current() {
        return current;
    }

    /** Why the saved constants were not used (the defaults are), or null. */
    public String loadProblem() {
        return loadProblem;
    }

    /**
     * Saves {@code s} (atomically, keeping the file's other preferences) and uses it for the next run.
     *
     * @throws IOException when the file cannot be written; then nothing changes
     */
    public void set(ComputeCarbon.Settings s) throws IOException {
        ObjectNode root;
        try {
            root = readRoot();
        } catch (IOException | RuntimeException e) {
            root = mapper.createObjectNode(); // an unreadable file is replaced: the dialog has shown why
        }
        root.set(KEY, mapper.valueToTree(s));
        Files.createDirectories(file.toAbsolutePath().getParent());
        ProjectIO.writeAtomically(file, (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8), false);
        current = s;
    }

    private ComputeCarbon.Settings load() {
        if (!Files.isRegularFile(file)) {
            return ComputeCarbon.Settings.DEFAULT;
        }
        try {
            JsonNode c = readRoot().get(KEY);
            return c == null ? ComputeCarbon.Settings.DEFAULT : mapper.treeToValue(c, ComputeCarbon.Settings.class);
        } catch (IOException | RuntimeException e) {
            // a bad preference never stops the window: the defaults, and the reason for the dialog to show
            loadProblem = file + ": $." + KEY + ": " + (e.getMessage() == null ? e.toString()
                    : e.getMessage().lines().findFirst().orElse("")) + "; the defaults are used until you save the "
                    + "preferences again";
            return ComputeCarbon.Settings.DEFAULT;
        }
    }

    private ObjectNode readRoot() throws IOException {
        if (!Files.isRegularFile(file)) {
            return mapper.createObjectNode();
        }
        JsonNode n = mapper.readTree(file.toFile());
        if (n instanceof ObjectNode o) {
            return o;
        }
        throw new IOException(file + " is not a JSON object; fix or delete it");
    }
}
