package org.evwb.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.evwb.ui.platform.AppState;

/** The main window's menu bar, wired to the window's actions. Built in code: it follows state (labels, recent). */
final class MainMenu extends MenuBar {

    MainMenu(MainWindow w) {
        AppState state = w.state();
        ProjectController files = w.projects();
        var noProject = state.projectProperty().isNull();

        MenuItem newItem = item("New", "Shortcut+N", "menu-new", files::newProject);
        MenuItem open = item("Open…", "Shortcut+O", "menu-open", files::open);
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent, w));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem save = item("Save", "Shortcut+S", "menu-save", files::save);
        save.disableProperty().bind(noProject);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", "menu-save-as", files::saveAs);
        saveAs.disableProperty().bind(noProject);
        MenuItem importVehicles = item("Vehicles from CSV…", null, "menu-import-vehicles",
                () -> w.imports().importVehicles());
        MenuItem importSeries = item("Time series from CSV…", null, "menu-import-series",
                () -> w.imports().importTimeSeries());
        Menu importMenu = new Menu("Import", null, importVehicles, importSeries);
        var studyImports = w.studyImports().menuItems();
        if (!studyImports.isEmpty()) {
            importMenu.getItems().add(new SeparatorMenuItem());
            importMenu.getItems().addAll(studyImports);
        }
        importMenu.setId("menu-import");
        importMenu.disableProperty().bind(noProject);
        MenuItem close = item("Close", "Shortcut+W", "menu-close", files::close);
        close.disableProperty().bind(noProject);
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit", w::quit);
        Menu file = new Menu("_File", null, newItem, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), importMenu, new SeparatorMenuItem(), close, quit);

        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", state::undo);
        undo.textProperty().bind(Bindings.when(state.undoLabelProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", state.undoLabelProperty())));
        undo.disableProperty().bind(state.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", "menu-redo", state::redo);
        redo.textProperty().bind(Bindings.when(state.redoLabelProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", state.redoLabelProperty())));
        redo.disableProperty().bind(state.canRedoProperty().not());
        // A second accelerator for Redo (Ctrl+Shift+Z) is registered on the scene by MainWindow.
        MenuItem delete = item("Delete", "Delete", "menu-delete", w::deleteSelection);
        delete.disableProperty().bind(Bindings.isEmpty(state.getSelection()));
        MenuItem selectAll = item("Select All", "Shortcut+A", "menu-select-all", w::selectAllInCurrentTable);
        selectAll.disableProperty().bind(noProject);
        MenuItem preferences = item("Preferences…", "Shortcut+Comma", "menu-preferences", w::openPreferences);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete, selectAll,
                new SeparatorMenuItem(), preferences);

        Menu view = new Menu("_View", null,
                toggle("Entity tables", "menu-view-tables", w.tablesShown()),
                toggle("Properties", "menu-view-properties", w.propertiesShown()),
                toggle("Runs", "menu-view-runs", w.runsShown()),
                new SeparatorMenuItem(),
                item("QUBO workbench…", "Shortcut+Shift+Q", "menu-qubo-workbench",
                        () -> w.quboWorkbench().show()));

        MenuItem runSolver = item("Run solver…", "Shortcut+R", "menu-run", w::openRunDialog);
        runSolver.disableProperty().bind(noProject);
        MenuItem cancelAll = item("Cancel all runs", "Shortcut+Period", "menu-cancel-all", w::cancelAll);
        cancelAll.disableProperty().bind(Bindings.isEmpty(state.getRunningTasks()));
        MenuItem exportReport = item("Export report…", null, "menu-export-report", w::exportActiveReport);
        exportReport.disableProperty().bind(Bindings.isNull(state.activeRunProperty()));
        Menu run = new Menu("_Run", null, runSolver, cancelAll, new SeparatorMenuItem(), exportReport);

        Menu study = w.studyMenu().build();

        MenuItem about = item("About EV Energy Workbench", null, "menu-about", w::showAbout);
        Menu help = new Menu("_Help", null, about);
        getMenus().addAll(file, edit, view, run, study, help);
        setUseSystemMenuBar(true);
    }

    private static void fillRecent(Menu recent, MainWindow w) {
        recent.getItems().clear();
        for (Path p : w.services().recentFiles().files()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setDisable(!Files.isRegularFile(p));
            i.setOnAction(e -> w.projects().open(p));
            recent.getItems().add(i);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /** A View menu item showing or hiding a workspace pane (the pane binds to {@code shown} when it is built). */
    private static CheckMenuItem toggle(String text, String id, BooleanProperty shown) {
        CheckMenuItem i = new CheckMenuItem(text);
        i.setId(id);
        i.selectedProperty().bindBidirectional(shown);
        return i;
    }
}
