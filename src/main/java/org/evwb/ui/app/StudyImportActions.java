package org.evwb.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.FileDialogs;
import org.evwb.ui.platform.TaskExecutor;

/**
 * File ▸ Import ▸ <em>Study: kind…</em>: every data import a registered study declares
 * ({@link StudyDefinition#importers()}). The file is read and checked against the open project as a background task
 * (the status bar shows it, Cancel all runs stops it); a refused file shows every problem with its row and column and
 * changes nothing; a good one is applied as one undoable edit. Names no study: the items come from the registry.
 */
public final class StudyImportActions {

    private final AppState state;
    private final StudyRegistry studies;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;

    /** {@code notice} shows what an import did (the status bar), without a dialog in the way. */
    public StudyImportActions(AppState state, StudyRegistry studies, FileDialogs files, Dialogs dialogs,
                              TaskExecutor executor, Supplier<Window> owner, Consumer<String> notice) {
        this.notice = notice;
        this.state = state;
        this.studies = studies;
        this.files = files;
        this.dialogs = dialogs;
        this.executor = executor;
        this.owner = owner;
    }

    /** One menu item per declared import of every registered study, in registry order ("Edge: Task trace (CSV)…"). */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        for (StudyDefinition<?, ?> s : studies.studies()) {
            for (DataImporter d : s.importers()) {
                MenuItem i = new MenuItem(s.title() + ": " + d.menuText());
                i.setId(menuId(s.id(), d.kind()));
                i.setOnAction(e -> importData(s, d));
                items.add(i);
            }
        }
        return items;
    }

    /** The node id of a study import's menu item, e.g. {@code menu-import-edge-tasks}. */
    public static String menuId(String studyId, String kind) {
        return "menu-import-" + studyId + "-" + kind;
    }

    /**
     * Asks for the file and imports it in the background; returns the task (its value: what was read), or empty when
     * there is no project or no file was chosen.
     */
    public Optional<BackgroundTask<DataImporter.Result>> importData(StudyDefinition<?, ?> study,
                                                                    DataImporter importer) {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        return files.chooseDataToImport(owner.get(), importer.title(), importer.extensions())
                .map(f -> start(study, importer, f, p));
    }

    private BackgroundTask<DataImporter.Result> start(StudyDefinition<?, ?> study, DataImporter importer, Path file,
                                                      Project base) {
        String name = file.getFileName().toString();
        var request = new DataImporter.Request(file, base, null, List.copyOf(state.getSelection()));
        BackgroundTask<DataImporter.Result> task = BackgroundTask.of("importing " + importer.title() + " ("
                + study.id() + ") from " + name, ctx -> importer.read(request, ctx));
        task.onSuccess(result -> {
            if (state.getProject() != base) {
                // read against the project as it was: another project, or an edit, came in between
                dialogs.error("Import", "Cannot import " + name + ": nothing was changed",
                        "The project changed while the file was being read; import it again.");
                return;
            }
            state.perform(result.edit());
            notice.accept("Imported: " + result.summary() + " (Edit ▸ Undo takes it back)");
        }).onFailure(t -> {
            if (t instanceof ProjectFileException e) {
                dialogs.problems("Cannot import " + name + ": nothing was changed", e);
            } else {
                dialogs.error("Import", "Cannot import " + name + ": nothing was changed", t == null ? ""
                        : t.getMessage());
            }
        });
        return task.executeWith(executor);
    }
}
