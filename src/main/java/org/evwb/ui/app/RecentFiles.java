package org.evwb.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evwb.core.project.ProjectIO;

/**
 * Recently opened project files, most recent first, persisted as {@code recent-files.json} in the application's
 * folder. A file that no longer exists stays listed (shown greyed) until the user removes it.
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final Logger LOG = Logger.getLogger(RecentFiles.class.getName());

    private final Path store;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    // One view for the object's life: an unmodifiable view listens weakly to its source, so a view made per call
    // (and its listeners) could be collected while a caller still expects change events.
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(read());
    }

    /** Most recent first; read-only view. */
    public ObservableList<Path> files() {
        return filesView;
    }

    /** Moves (or adds) {@code file} to the top and saves the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        write();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            write();
        }
    }

    private List<Path> read() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) {
            return out;
        }
        try {
            JsonNode root = mapper.readTree(store.toFile());
            for (JsonNode n : root.path("files")) {
                if (n.isTextual() && out.size() < MAX) {
                    Path p = Path.of(n.asText());
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged list only costs the user their recent files; say so in the log and start afresh.
            LOG.log(Level.WARNING, "ignoring unreadable recent-files list " + store, e);
        }
        return out;
    }

    private void write() {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode arr = root.putArray("files");
        files.forEach(p -> arr.add(p.toString()));
        try {
            ProjectIO.writeAtomically(store, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    .getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save the recent-files list " + store, e);
        }
    }
}
