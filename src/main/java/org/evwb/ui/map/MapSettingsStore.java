package org.evwb.ui.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evwb.core.AppDirs;
import org.evwb.core.project.Json;

/** Map settings kept as JSON in the user's folder ({@code map-settings.json} under {@link AppDirs#home()}). */
public final class MapSettingsStore {

    private static final System.Logger LOG = System.getLogger(MapSettingsStore.class.getName());
    private final Path file;
    private final ObjectMapper mapper = Json.newMapper();

    public MapSettingsStore(Path file) {
        this.file = file;
    }

    public static MapSettingsStore in(AppDirs dirs) {
        return new MapSettingsStore(dirs.home().resolve("map-settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved settings; the defaults when there are none or the file is unreadable (logged, not thrown). */
    public MapSettings load() {
        if (!Files.isRegularFile(file)) {
            return MapSettings.DEFAULT;
        }
        try {
            return mapper.readValue(file.toFile(), MapSettings.class);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": map settings unreadable, using defaults; fix or delete "
                    + "the file (fields: tilesEnabled, tileUrlTemplate)", e);
            return MapSettings.DEFAULT;
        }
    }

    public void save(MapSettings s) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        mapper.writeValue(tmp.toFile(), s);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
