package org.evwb.ui.platform;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Choosing project files. Behind an interface so tests never show a native file chooser: they hand in a fake that
 * answers with paths in a temporary folder.
 */
public interface FileDialogs {

    /** Asks for a project file to open; empty when the user cancels. */
    Optional<Path> chooseProjectToOpen(Window owner);

    /** Asks where to save the project, suggesting {@code suggestedName}; empty when the user cancels. */
    Optional<Path> chooseProjectToSave(Window owner, String suggestedName);

    /** Asks for a CSV file to import ({@code what} says what it holds, e.g. "vehicles"); empty when cancelled. */
    Optional<Path> chooseCsvToImport(Window owner, String what);

    /**
     * Asks the slot length in minutes of a time-series CSV with one column per series (the file does not say);
     * empty when cancelled.
     */
    Optional<Double> chooseSlotMinutes(Window owner, double suggested);

    /**
     * Asks where to write a study's QUBO, suggesting {@code suggestedName}; the name's extension chooses the format
     * ({@code .coo}, {@code .qubo}, {@code .json}). Empty when cancelled (and by default, for choosers without one).
     */
    default Optional<Path> chooseQuboToExport(Window owner, String suggestedName) {
        return Optional.empty();
    }

    /**
     * Asks for a file of samples of an exported QUBO ({@code .txt} bit strings, {@code .csv} sample set, {@code .json}
     * Ocean sample set). Empty when cancelled (and by default).
     */
    default Optional<Path> chooseSamplesToImport(Window owner) {
        return Optional.empty();
    }

    /**
     * Asks for a data file a study imports ({@code what} says what it holds; {@code extensions} are the endings it
     * takes, e.g. {@code csv}, {@code xml}). By default the CSV chooser.
     */
    default Optional<Path> chooseDataToImport(Window owner, String what, java.util.List<String> extensions) {
        return chooseCsvToImport(owner, what);
    }
}
