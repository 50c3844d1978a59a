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

    @Override
    public Optional<Path> chooseQuboFileToSave(Window owner, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save QUBO");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Labelled JSON with parts (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("dimod COO (*.coo)", "*.coo"),
                new FileChooser.ExtensionFilter("qbsolv (*.qubo)", "*.qubo"));
        fc.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
