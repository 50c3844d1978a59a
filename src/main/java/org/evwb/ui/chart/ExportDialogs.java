package org.evwb.ui.chart;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The questions an export asks the user; production shows dialogs, tests answer directly. */
public interface ExportDialogs {

    /** Where to write a file of the given extension ({@code png}, {@code csv}, ...); empty when cancelled. */
    Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String description);

    /**
     * Where to write a run report: a {@code .pdf} or {@code .html} file, the format chosen by the extension; empty when
     * cancelled. By default the PDF chooser of {@link #chooseExportFile}.
     */
    default Optional<Path> chooseReportFile(Window owner, String suggestedName) {
        return chooseExportFile(owner, suggestedName, "pdf", "PDF report");
    }

    /** The PNG scale factor (1 = screen size); empty when cancelled. */
    Optional<Double> choosePngScale(Window owner, int widthPx, int heightPx);

    /** Tells the user an export failed (the cause goes to the log too). */
    void exportFailed(Window owner, Path file, Exception cause);
}
