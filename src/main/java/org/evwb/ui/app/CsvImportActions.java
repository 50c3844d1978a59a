package org.evwb.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.project.Entity;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.csv.ImportProgress;
import org.evwb.core.project.csv.TimeSeriesCsvImport;
import org.evwb.core.project.csv.VehicleCsvImport;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.solve.RunContext;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.FileDialogs;
import org.evwb.ui.platform.TaskExecutor;

/**
 * File ▸ Import: vehicles and time series from CSV into the open project, as one undoable edit each. The file is
 * read and checked as a background task (a fleet of 200,000 rows takes seconds): the status bar shows its progress
 * and Cancel all runs stops it, with nothing added. A file with problems is refused as a whole, every problem
 * listed with its row and column; the project is not changed.
 */
public final class CsvImportActions {

    /** The work of one import: reads and checks the file against the project as it was when the import started. */
    @FunctionalInterface
    private interface Reader<E extends Entity> {
        List<E> read(Path file, Project project, ImportProgress progress) throws ProjectFileException;
    }

    /** The most imported entities selected after an import (more are added but not selected). */
    static final int SELECT_AT_MOST = 1_000;

    private final AppState state;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final Supplier<Window> owner;

    public CsvImportActions(AppState state, FileDialogs files, Dialogs dialogs, TaskExecutor executor,
                            Supplier<Window> owner) {
        this.state = state;
        this.files = files;
        this.dialogs = dialogs;
        this.executor = executor;
        this.owner = owner;
    }

    /**
     * Asks for a vehicles CSV and imports it in the background; returns the task (its value: the vehicles added),
     * or empty when there is no project or no file was chosen.
     */
    public Optional<BackgroundTask<List<Vehicle>>> importVehicles() {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        Optional<Path> f = files.chooseCsvToImport(owner.get(), "vehicles");
        return f.map(file -> start("vehicles", file, p, new VehicleCsvImport()::read, VehicleCsvImport::edit));
    }

    /**
     * Asks for a time-series CSV (and its slot length) and imports it in the background; returns the task (its
     * value: the series added), or empty when there is no project or the user chose nothing.
     */
    public Optional<BackgroundTask<List<TimeSeries>>> importTimeSeries() {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        Optional<Path> f = files.chooseCsvToImport(owner.get(), "time series");
        if (f.isEmpty()) {
            return Optional.empty();
        }
        double suggested = p.timeSeries().isEmpty() ? 15 : p.timeSeries().get(0).slotMinutes();
        Optional<Double> slot = files.chooseSlotMinutes(owner.get(), suggested);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        TimeSeriesCsvImport.Options options = TimeSeriesCsvImport.Options.everyMinutes(slot.get(), "");
        TimeSeriesCsvImport importer = new TimeSeriesCsvImport();
        return Optional.of(start("time series", f.get(), p, (file, project, progress) -> importer.read(file, project,
                options, progress), TimeSeriesCsvImport::edit));
    }

    private <E extends Entity> BackgroundTask<List<E>> start(String what, Path file, Project base, Reader<E> reader,
                                                            java.util.function.Function<List<E>, Edit> edit) {
        String name = file.getFileName().toString();
        BackgroundTask<List<E>> task = BackgroundTask.of("importing " + what + " from " + name,
                ctx -> reader.read(file, base, ctx.importProgress()));
        task.onSuccess(added -> {
            if (state.getProject() != base) {
                // checked against the project as it was: another project, or an edit, came in between
                dialogs.error("Import", "Cannot import " + name + ": nothing was added",
                        "The project changed while the file was being read; import it again.");
                return;
            }
            state.perform(edit.apply(added));
            // a few rows are selected to show where they went; selecting a whole fleet would only cost the tables
            state.select(added.size() <= SELECT_AT_MOST ? added.stream().map(Entity::ref).toList() : List.of());
        }).onFailure(t -> {
            if (t instanceof ProjectFileException e) {
                dialogs.problems("Cannot import " + name + ": nothing was added", e);
            } else {
                dialogs.error("Import", "Cannot import " + name + ": nothing was added", t.getMessage());
            }
        });
        return task.executeWith(executor);
    }
}
