package org.evwb.ui.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.csv.CsvWriter;

/**
 * Gives a table the workbench's CSV export: the visible leaf columns in their on-screen order, headers as shown,
 * every row (not just the visible ones), as RFC 4180 CSV. Every table goes through {@link #install}.
 */
public final class TableExport {

    private final ExportDialogs dialogs;

    public TableExport(ExportDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Adds "Export CSV…" and "Copy as CSV" to the table's context menu (creating one if needed). */
    public void install(TableView<?> table, String baseName) {
        ContextMenu menu = table.getContextMenu() == null ? new ContextMenu() : table.getContextMenu();
        MenuItem export = new MenuItem("Export CSV…");
        export.getStyleClass().add("table-export-csv");
        export.setOnAction(e -> export(table, baseName));
        MenuItem copy = new MenuItem("Copy as CSV");
        copy.getStyleClass().add("table-copy-csv");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(toCsv(table));
            Clipboard.getSystemClipboard().setContent(c);
        });
        menu.getItems().addAll(export, copy);
        table.setContextMenu(menu);
    }

    /** Asks where and writes the table as CSV; returns the file written. */
    public Optional<Path> export(TableView<?> table, String baseName) {
        var window = table.getScene() == null ? null : table.getScene().getWindow();
        return dialogs.chooseExportFile(window, baseName, "csv", "CSV table").flatMap(f -> {
            try {
                ProjectIO.writeAtomically(f, toCsv(table).getBytes(StandardCharsets.UTF_8), false);
                return Optional.of(f);
            } catch (IOException | RuntimeException e) {
                dialogs.exportFailed(window, f, e);
                return Optional.empty();
            }
        });
    }

    /** The table as CSV text: a header row, then one row per item. */
    public static String toCsv(TableView<?> table) {
        List<TableColumn<?, ?>> columns = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(TableColumn::getText).toList());
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (TableColumn<?, ?> c : columns) {
                Object v = c.getCellData(r);
                row.add(v == null ? "" : v.toString());
            }
            rows.add(row);
        }
        return toCsv(rows);
    }

    /** Rows of cells as CSV text (quoting where needed; formula-like cells defused by the shared writer). */
    public static String toCsv(List<List<String>> rows) {
        return CsvWriter.toCsv(rows);
    }
}
