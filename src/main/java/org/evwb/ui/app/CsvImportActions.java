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
import org.evwb.core.project.csv.TimeSeriesCsvImport;
import org.evwb.core.project.csv.VehicleCsvImport;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.FileDialogs;

/**
 * File ▸ Import: vehicles and time series from CSV into the open project, as one undoable edit each. A file with
 * problems is refused as a whole, every problem listed with its row and column; the project is not changed.
 */
public final class CsvImportActions {

    private final AppState state;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;

    public CsvImportActions(AppState state, FileDialogs files, Dialogs dialogs, Supplier<Window> owner) {
        this.state = state;
        this.files = files;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Asks for a vehicles CSV and adds its rows; returns how many vehicles were added. */
    public int importVehicles() {
        Project p = state.getProject();
        if (p == null) {
            return 0;
        }
        Optional<Path> f = files.chooseCsvToImport(owner.get(), "vehicles");
        if (f.isEmpty()) {
            return 0;
        }
        try {
            List<Vehicle> vehicles = new VehicleCsvImport().read(f.get(), p);
            state.perform(VehicleCsvImport.edit(vehicles));
            select(vehicles);
            return vehicles.size();
        } catch (ProjectFileException e) {
            dialogs.problems("Cannot import " + f.get().getFileName() + ": nothing was added", e);
            return 0;
        }
    }

    /** Asks for a time-series CSV (and its slot length) and adds its series; returns how many were added. */
    public int importTimeSeries() {
        Project p = state.getProject();
        if (p == null) {
            return 0;
        }
        Optional<Path> f = files.chooseCsvToImport(owner.get(), "time series");
        if (f.isEmpty()) {
            return 0;
        }
        double suggested = p.timeSeries().isEmpty() ? 15 : p.timeSeries().get(0).slotMinutes();
        Optional<Double> slot = files.chooseSlotMinutes(owner.get(), suggested);
        if (slot.isEmpty()) {
            return 0;
        }
        try {
            List<TimeSeries> series = new TimeSeriesCsvImport().read(f.get(), p,
                    TimeSeriesCsvImport.Options.everyMinutes(slot.get(), ""));
            state.perform(TimeSeriesCsvImport.edit(series));
            select(series);
            return series.size();
        } catch (ProjectFileException e) {
            dialogs.problems("Cannot import " + f.get().getFileName() + ": nothing was added", e);
            return 0;
        }
    }

    private void select(List<? extends Entity> added) {
        state.select(added.stream().map(Entity::ref).toList());
    }
}
