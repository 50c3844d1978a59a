package org.evwb.ui.app;

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
}
