package org.evwb.ui.qubo;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native file chooser, remembering the last folder while the application runs. */
public final class FxQuboFileChooser implements QuboFileChooser {

    private File lastFolder;

    @Override
    public Optional<Path> chooseQuboFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open QUBO");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("QUBO files (*.coo, *.qubo, *.json)", "*.coo", "*.qubo", "*.json"),
                new FileChooser.ExtensionFilter("Gset graphs (*.txt)", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        File f = fc.showOpenDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
