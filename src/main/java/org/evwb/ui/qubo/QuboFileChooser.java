package org.evwb.ui.qubo;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for a QUBO file. Behind an interface so tests answer with a path instead of a native chooser. */
public interface QuboFileChooser {

    /** A QUBO file to open, or empty when the user cancels. */
    Optional<Path> chooseQuboFile(Window owner);

    /**
     * Where to save the QUBO on show, suggesting {@code suggestedName}; the extension chooses the format ({@code .json},
     * {@code .coo}, {@code .qubo}). Empty when the user cancels, and by default (a chooser that only opens).
     */
    default Optional<Path> chooseQuboFileToSave(Window owner, String suggestedName) {
        return Optional.empty();
    }
}
