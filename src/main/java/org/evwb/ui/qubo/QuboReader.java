package org.evwb.ui.qubo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.io.QuboFiles;

/** Reads a QUBO file for the workbench: COO, qbsolv or JSON by extension, or a Gset graph as max-cut. Never writes. */
public final class QuboReader {

    private final QuboFiles files;

    public QuboReader(ObjectMapper mapper) {
        this.files = new QuboFiles(mapper);
    }

    /**
     * @param maxCut read the file as a Gset graph ({@code n m}, then {@code i j w}) and build its max-cut QUBO
     * @throws ProjectFileException naming the file, the line or JSON path, and the fix
     */
    public QuboSource read(Path file, boolean maxCut) throws ProjectFileException {
        String name = file.getFileName().toString();
        if (maxCut) {
            return new QuboSource(files.readGset(file).toQubo(), name + " (max-cut)", file, true);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            throw new ProjectFileException(file.toString(), "$", "a .txt file is read as a Gset graph: tick "
                    + "'Gset max-cut' and open it again; QUBO files end in .coo, .qubo or .json");
        }
        return new QuboSource(files.read(file), name, file, false);
    }
}
