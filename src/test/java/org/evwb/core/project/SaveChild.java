package org.evwb.core.project;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link KilledSaveTest}: saves the way the workbench does, so the test can kill it mid-write.
 * {@code save P SRC} saves project SRC as P once; {@code write F CONTENT} writes a result-like file without backup. With {@link SafeWrite#PAUSE_PROPERTY} set, the
 * write stops at that stage for the kill.
 */
public final class SaveChild {

    private SaveChild() {
    }

    public static void main(String[] args) throws Exception {
        ProjectIO io = new ProjectIO();
        Path target = Path.of(args[1]);
        switch (args[0]) {
            case "save" -> io.save(io.load(Path.of(args[2])), target);
            case "write" -> ProjectIO.writeAtomically(target, Files.readAllBytes(Path.of(args[2])), false);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
