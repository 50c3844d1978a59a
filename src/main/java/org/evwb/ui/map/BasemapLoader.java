package org.evwb.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the basemap a project asks for. The project's {@code basemap} field may name a GeoJSON file (absolute, or
 * relative to the project file's folder) or a basemap shipped in {@code assets/basemaps/} (with or without the
 * {@code .geojson} ending); without it the shipped Natural Earth countries are used.
 */
final class BasemapLoader {

    /** The shipped default (see assets/basemaps/README.md for source and licence). */
    static final String DEFAULT = "world-countries-50m.geojson";
    private static final String RESOURCE_DIR = "/assets/basemaps/";
    private static final System.Logger LOG = System.getLogger(BasemapLoader.class.getName());

    private BasemapLoader() {
    }

    /** Loads the basemap for a project's {@code basemap} field; never throws: a bad basemap is logged and skipped. */
    static Basemap load(String basemapField, Path projectFile) {
        String name = basemapField == null || basemapField.isBlank() ? DEFAULT : basemapField.trim();
        try {
            Path file = Path.of(name);
            if (!file.isAbsolute() && projectFile != null && projectFile.getParent() != null) {
                file = projectFile.getParent().resolve(name);
            }
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return Basemap.read(in, file.toString());
                }
            }
            for (String candidate : new String[] {name, name + ".geojson"}) {
                try (InputStream in = BasemapLoader.class.getResourceAsStream(RESOURCE_DIR + candidate)) {
                    if (in != null) {
                        return Basemap.read(in, "assets/basemaps/" + candidate);
                    }
                }
            }
            LOG.log(System.Logger.Level.WARNING, "basemap \"" + name + "\" (project field \"basemap\") is neither a "
                    + "file nor a shipped basemap; set it to a GeoJSON file path or leave it empty for the default");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "basemap \"" + name + "\" could not be read; the map draws without it",
                    e);
        }
        return Basemap.EMPTY;
    }
}
