package org.evwb.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;

/**
 * Copies of unsaved work kept in {@code <home>/recovery/}, so a crash or a killed process loses at most the last
 * autosave interval. One copy per project file (or per untitled project), each with a small metadata file naming the
 * original. Plain file I/O, no JavaFX: {@link Autosave} calls it off the FX thread.
 */
public final class RecoveryStore {

    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());
    private static final String SUFFIX = ".evwb.json";
    private static final String META = ".meta.json";

    /** One recoverable copy: where it is, which file it belongs to (null: never saved), when it was written. */
    public record Entry(Path copy, Path original, String projectName, Instant savedAt) { }

    private final Path dir;
    private final ProjectIO io;
    private final ObjectMapper mapper;

    public RecoveryStore(Path dir, ProjectIO io, ObjectMapper mapper) {
        this.dir = dir;
        this.io = io;
        this.mapper = mapper;
    }

    /** The key of a project's copy: a hash of its file's path, or of the untitled session's id. */
    public static String key(Path original, String untitledId) {
        String s = original == null ? "untitled:" + untitledId : original.toAbsolutePath().normalize().toString();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes (atomically) the copy of {@code project} under {@code key}. */
    public void write(String key, Project project, Path original) throws IOException {
        Files.createDirectories(dir);
        ProjectIO.writeAtomically(dir.resolve(key + SUFFIX), io.toJson(project).getBytes(StandardCharsets.UTF_8),
                false);
        ObjectNode meta = mapper.createObjectNode();
        meta.put("original", original == null ? null : original.toAbsolutePath().normalize().toString());
        meta.put("projectName", project.name());
        meta.put("savedAt", Instant.now().toString());
        ProjectIO.writeAtomically(dir.resolve(key + META), mapper.writeValueAsBytes(meta), false);
    }

    /** Deletes the copy under {@code key}, if any. */
    public void delete(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + SUFFIX));
            Files.deleteIfExists(dir.resolve(key + META));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete recovery copy " + key, e);
        }
    }

    public void delete(Entry e) {
        delete(keyOf(e));
    }

    /** The key a copy is stored under. */
    public static String keyOf(Entry e) {
        return keyOf(e.copy());
    }

    /** The key the copy {@code copy} is stored under. */
    public static String keyOf(Path copy) {
        String name = copy.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** Every copy waiting to be restored or discarded, newest first. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path copy : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String name = copy.getFileName().toString();
                Path meta = dir.resolve(name.substring(0, name.length() - SUFFIX.length()) + META);
                try {
                    JsonNode m = mapper.readTree(meta.toFile());
                    String original = m.path("original").isTextual() ? m.get("original").asText() : null;
                    out.add(new Entry(copy, original == null ? null : Path.of(original),
                            m.path("projectName").asText(""), Instant.parse(m.path("savedAt").asText())));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "ignoring recovery copy without readable metadata: " + copy, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
        }
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }
}
