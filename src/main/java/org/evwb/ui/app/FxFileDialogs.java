package org.evwb.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.evwb.core.project.ProjectIO;
import org.evwb.ui.platform.FileDialogs;

/** The native file choosers, filtered to {@code *.evwb.json}; remembers the last folder used. */
public final class FxFileDialogs implements FileDialogs {

    private Path lastFolder;

    @Override
    public Optional<Path> chooseProjectToOpen(Window owner) {
        FileChooser chooser = chooser("Open project");
        File f = chooser.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseProjectToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save project as");
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        Optional<Path> chosen = remember(f);
        // Some platforms drop the double extension; the workbench only lists *.evwb.json files.
        return chosen.map(p -> p.getFileName().toString().endsWith(ProjectIO.EXTENSION) ? p
                : p.resolveSibling(p.getFileName().toString().replaceFirst("\\.json$", "") + ProjectIO.EXTENSION));
    }

    @Override
    public Optional<Path> chooseCsvToImport(Window owner, String what) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import " + what + " from CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv", "*.txt"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseDataToImport(Window owner, String what, java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions).toUpperCase(
                java.util.Locale.ROOT) + " file", extensions.stream().map(e -> "*." + e).toList()));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Double> chooseSlotMinutes(Window owner, double suggested) {
        while (true) {
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                    org.evwb.ui.project.EntityField.formatNumber(suggested));
            d.initOwner(owner);
            d.setTitle("Import time series");
            d.setHeaderText("Slot length of the series in this file (one column per series)");
            d.setContentText("Minutes per row:");
            Optional<String> answer = d.showAndWait();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            try {
                double v = Double.parseDouble(answer.get().trim());
                if (v > 0 && Double.isFinite(v)) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException ignored) {
                // asked again below
            }
            suggested = 15;
        }
    }

    @Override
    public Optional<Path> chooseQuboToExport(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export QUBO");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Labelled JSON with parts (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("dimod COO (*.coo)", "*.coo"),
                new FileChooser.ExtensionFilter("qbsolv (*.qubo)", "*.qubo"));
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseSamplesToImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import samples");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Samples (*.json, *.csv, *.txt)", "*.json", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("EV Energy Workbench project",
                "*" + ProjectIO.EXTENSION));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.toPath().toAbsolutePath().getParent();
        return Optional.of(f.toPath());
    }
}
