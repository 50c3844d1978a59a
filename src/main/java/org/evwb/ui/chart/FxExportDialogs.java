package org.evwb.ui.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ExportDialogs} with the platform's file chooser and simple JavaFX dialogs; remembers the last folder. */
public final class FxExportDialogs implements ExportDialogs {

    private static final Logger LOG = Logger.getLogger(FxExportDialogs.class.getName());

    private File lastFolder;

    @Override
    public Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String description) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + description);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        fc.setInitialFileName(suggestedName + "." + extension);
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        String name = f.getName();
        return Optional.of(name.toLowerCase().endsWith("." + extension) ? f.toPath()
                : f.toPath().resolveSibling(name + "." + extension));
    }

    /** PDF or HTML by the filter or the extension typed; a name without either gets the chosen filter's. */
    @Override
    public Optional<Path> chooseReportFile(Window owner, String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export report");
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter("PDF report", "*.pdf");
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter("HTML report (one file)", "*.html");
        fc.getExtensionFilters().addAll(pdf, html);
        fc.setInitialFileName(suggestedName + ".pdf");
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        String name = f.getName().toLowerCase();
        if (name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(f.toPath());
        }
        String ext = fc.getSelectedExtensionFilter() == html ? ".html" : ".pdf";
        return Optional.of(f.toPath().resolveSibling(f.getName() + ext));
    }

    @Override
    public Optional<Double> choosePngScale(Window owner, int widthPx, int heightPx) {
        Map<String, Double> choices = new LinkedHashMap<>();
        for (double s : new double[] {1, 2, 3, 4}) {
            choices.put(String.format("%.0f× (%d × %d px)", s, Math.round(widthPx * s), Math.round(heightPx * s)), s);
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(choices.keySet().toArray(new String[0])[1], choices.keySet());
        d.initOwner(owner);
        d.setTitle("Export PNG");
        d.setHeaderText("Resolution of the PNG image");
        d.setContentText("Scale:");
        return d.showAndWait().map(choices::get);
    }

    @Override
    public void exportFailed(Window owner, Path file, Exception cause) {
        LOG.log(Level.WARNING, "export to " + file + " failed", cause);
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Export failed");
        a.setHeaderText("Could not write " + file.getFileName());
        a.setContentText(cause.getMessage() + "\n\nCheck that the folder exists and is writable.");
        a.showAndWait();
    }
}
