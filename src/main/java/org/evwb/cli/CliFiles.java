package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.project.ProjectIO;

/** File checks the commands make before they start long work. */
final class CliFiles {

    private CliFiles() {
    }

    /** Refuses an {@code --out} that names the project itself ({@code instead} says where to write). */
    static void refuseProjectFile(Path out, Path project, String instead) {
        if (out != null && Files.exists(project)
                && out.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize())) {
            throw CliException.badInput("--out " + out + ": that is the project file; " + instead);
        }
    }

    /**
     * Refuses an output file that could not be written (folder missing and not creatable, a file in the way,
     * read-only, a folder named like the file) with the real reason, before the solve or the generation runs.
     */
    static void checkWritable(String option, Path file) {
        try {
            ProjectIO.checkWritable(file);
        } catch (IOException e) {
            throw CliException.badInput(option + ": " + e.getMessage());
        }
    }
}
