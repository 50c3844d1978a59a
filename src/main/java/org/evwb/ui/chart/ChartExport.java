package org.evwb.ui.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.evwb.core.chart.ChartFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Gives a chart viewer the workbench's export menu: PNG at a chosen resolution, SVG, PDF, and copy to the clipboard,
 * and the workbench's zoom ({@link ChartZoom}: Ctrl+wheel or a drag box, "Reset zoom" and double-click to reset).
 * Every chart in the workbench goes through {@link #install}, so they all export and zoom the same way.
 */
public final class ChartExport {

    private final ExportDialogs dialogs;

    public ChartExport(ExportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** The questions exports ask (where to write), shared with the run report export. */
    public ExportDialogs dialogs() {
        return dialogs;
    }

    /**
     * Replaces the viewer's context menu with "Reset zoom" and the export actions, and makes the plain wheel scroll
     * the page rather than zoom; {@code baseName} is the suggested file name (no extension).
     */
    public void install(ChartViewer viewer, String baseName) {
        MenuItem resetZoom = ChartZoom.install(viewer);
        MenuItem png = item("Export PNG…", "chart-export-png", () -> exportPng(viewer, baseName));
        MenuItem svg = item("Export SVG…", "chart-export-svg", () -> export(viewer, baseName, ChartFiles.Format.SVG));
        MenuItem pdf = item("Export PDF…", "chart-export-pdf", () -> export(viewer, baseName, ChartFiles.Format.PDF));
        MenuItem copy = item("Copy image", "chart-copy", () -> copy(viewer));
        viewer.getContextMenu().getItems().setAll(resetZoom, new SeparatorMenuItem(), png, svg, pdf,
                new SeparatorMenuItem(), copy);
        viewer.getStyleClass().add("exportable-chart");
    }

    /** Exports the viewer's chart to {@code format}, asking where (and for PNG at what scale). */
    public Optional<Path> export(ChartViewer viewer, String baseName, ChartFiles.Format format) {
        if (format == ChartFiles.Format.PNG) {
            return exportPng(viewer, baseName);
        }
        Window w = window(viewer);
        return dialogs.chooseExportFile(w, baseName, format.extension(), format.description())
                .flatMap(f -> write(viewer, format, f, 1.0));
    }

    private Optional<Path> exportPng(ChartViewer viewer, String baseName) {
        Window w = window(viewer);
        int[] size = size(viewer);
        return dialogs.choosePngScale(w, size[0], size[1]).flatMap(scale -> dialogs
                .chooseExportFile(w, baseName, "png", ChartFiles.Format.PNG.description())
                .flatMap(f -> write(viewer, ChartFiles.Format.PNG, f, scale)));
    }

    private Optional<Path> write(ChartViewer viewer, ChartFiles.Format format, Path file, double scale) {
        int[] size = size(viewer);
        try {
            ChartFiles.write(viewer.getChart(), format, file, size[0], size[1], scale);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            dialogs.exportFailed(window(viewer), file, e);
            return Optional.empty();
        }
    }

    /** Puts the chart on the clipboard as an image of the viewer's size. */
    public void copy(ChartViewer viewer) {
        int[] size = size(viewer);
        JFreeChart chart = viewer.getChart();
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(ChartFiles.image(chart, size[0], size[1], 1), null));
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static int[] size(ChartViewer viewer) {
        int w = (int) Math.round(viewer.getWidth());
        int h = (int) Math.round(viewer.getHeight());
        return new int[] {w > 0 ? w : 800, h > 0 ? h : 500};
    }

    private static Window window(ChartViewer viewer) {
        return viewer.getScene() == null ? null : viewer.getScene().getWindow();
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.getStyleClass().add(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
