package org.evwb.ui.chart;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Export questions for window tests: "where to?" is answered with the next queued path (none queued: cancelled), a
 * PNG's scale with 1, and a failed export fails the test.
 */
public final class QueuedExportDialogs implements ExportDialogs {

    /** The files the next exports write, in order. */
    public final Deque<Path> answers = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseExportFile(Window owner, String name, String ext, String description) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Double> choosePngScale(Window owner, int w, int h) {
        return Optional.of(1.0);
    }

    @Override
    public void exportFailed(Window owner, Path file, Exception cause) {
        throw new AssertionError("export failed: " + file, cause);
    }
}
