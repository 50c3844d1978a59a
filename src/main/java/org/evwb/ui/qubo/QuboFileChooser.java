package org.evwb.ui.qubo;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for a QUBO file. Behind an interface so tests answer with a path instead of a native chooser. */
public interface QuboFileChooser {

    /** A QUBO file to open, or empty when the user cancels. */
    Optional<Path> chooseQuboFile(Window owner);
}
