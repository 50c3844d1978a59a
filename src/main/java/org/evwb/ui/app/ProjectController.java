package org.evwb.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.ProjectListener;

/**
 * The File menu's actions: new, open (file, recent, sample), save, save as, close, each asking before unsaved changes
 * are lost. A file that cannot be loaded is left untouched and its problems are listed.
 */
public final class ProjectController {

    private final AppState state;
    private final WorkbenchServices services;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final List<ProjectListener> listeners;

    public ProjectController(AppState state, WorkbenchServices services, Dialogs dialogs, Supplier<Window> owner,
                             List<ProjectListener> listeners) {
        this.state = state;
        this.services = services;
        this.dialogs = dialogs;
        this.owner = owner;
        this.listeners = List.copyOf(listeners);
    }

    /** The name shown in the title and the status bar: the file name, or "Untitled". */
    public String displayName() {
        Path f = state.getProjectFile();
        if (f != null) {
            return f.getFileName().toString();
        }
        Project p = state.getProject();
        return p == null ? "" : p.name().isBlank() ? "Untitled" : p.name();
    }

    public boolean newProject() {
        if (!confirmDiscard()) {
            return false;
        }
        state.open(Project.empty("Untitled"), null);
        listeners.forEach(l -> l.projectOpened(null));
        return true;
    }

    /** Opens a project made in the workbench (e.g. by a generator) as new and unsaved, after asking about changes. */
    public boolean openGenerated(Project p) {
        if (!confirmDiscard()) {
            return false;
        }
        state.open(p, null);
        listeners.forEach(l -> l.projectOpened(null));
        state.markUnsaved();
        return true;
    }

    /** Asks for a file and opens it. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Optional<Path> f = services.fileDialogs().chooseProjectToOpen(owner.get());
        return f.isPresent() && load(f.get());
    }

    /** Opens a file (after asking about unsaved changes). */
    public boolean open(Path file) {
        return confirmDiscard() && load(file);
    }

    /** The answers when a sample whose copy the user has changed is opened again. */
    static final String OPEN_MY_COPY = "Open my copy";
    static final String FRESH_COPY = "Fresh copy";

    /**
     * Opens a copy of a sample in the user's samples folder, so saving never writes into the application. When the
     * user has changed and saved that copy, asks whether to open it or a fresh copy of the sample (made beside it,
     * with a numbered name); either way the changed copy is kept.
     */
    public boolean openSample(SampleProjects.Sample sample) {
        if (!confirmDiscard()) {
            return false;
        }
        Path copy;
        SampleProjects samples = services.samples();
        Path folder = services.dirs().samples();
        try {
            if (samples.isChanged(sample, folder)) {
                Path mine = samples.copyOf(sample, folder);
                Optional<String> answer = dialogs.choose("Open sample", "You have changed your copy of \""
                        + sample.name() + "\"", "Open your copy (" + mine + ", last saved " + lastSaved(mine)
                        + "), or start again from a fresh copy of the sample? Your copy is kept either way.",
                        List.of(OPEN_MY_COPY, FRESH_COPY),
                        "sample-copy-dialog");
                if (answer.isEmpty()) {
                    return false;
                }
                copy = answer.get().equals(OPEN_MY_COPY) ? mine : samples.freshCopy(sample, folder);
            } else {
                copy = samples.copyTo(sample, folder);
            }
        } catch (IOException e) {
            services.log().error("cannot copy sample " + sample.fileName(), e);
            dialogs.error("Cannot open the sample", "Cannot copy " + sample.fileName() + " to your folder",
                    e.getMessage() + "\n\nCheck that " + services.dirs().samples() + " is writable.");
            return false;
        }
        return load(copy);
    }

    private static String lastSaved(Path file) throws IOException {
        return DateTimeFormatter.ofPattern("d MMM HH:mm").format(LocalDateTime.ofInstant(
                Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
    }

    private boolean load(Path file) {
        Project p;
        try {
            p = services.projectIO().load(file);
        } catch (ProjectFileException e) {
            services.log().info("cannot open " + file + ": " + e.getMessage());
            dialogs.problems("Cannot open " + file.getFileName(), e);
            return false;
        }
        state.open(p, file);
        services.recentFiles().add(file);
        listeners.forEach(l -> l.projectOpened(file));
        return true;
    }

    /**
     * Opens a recovered copy of unsaved work as the project it belongs to (its original file, or untitled), marked
     * unsaved so the user decides whether to save it. A copy that cannot be loaded is listed like any bad file.
     */
    public boolean openRecovered(RecoveryStore.Entry entry) {
        if (!confirmDiscard()) {
            return false;
        }
        Project p;
        try {
            p = services.projectIO().load(entry.copy());
        } catch (ProjectFileException e) {
            dialogs.problems("Cannot restore " + entry.copy().getFileName(), e);
            return false;
        }
        state.open(p, entry.original());
        listeners.forEach(l -> l.projectRestored(entry.original(), entry.copy()));
        state.markUnsaved();
        return true;
    }

    /** Saves to the project's file, or asks for one. */
    public boolean save() {
        if (state.getProject() == null) {
            return false;
        }
        Path f = state.getProjectFile();
        return f == null ? saveAs() : write(f);
    }

    public boolean saveAs() {
        if (state.getProject() == null) {
            return false;
        }
        String suggested = state.getProjectFile() != null ? state.getProjectFile().getFileName().toString()
                : (state.getProject().name().isBlank() ? "project" : state.getProject().name()
                .replaceAll("[^A-Za-z0-9_ -]", "").trim()) + ProjectIO.EXTENSION;
        Optional<Path> f = services.fileDialogs().chooseProjectToSave(owner.get(), suggested);
        return f.isPresent() && write(f.get());
    }

    private boolean write(Path file) {
        try {
            services.projectIO().save(state.getProject(), file);
        } catch (ProjectFileException e) {
            dialogs.problems("Cannot save: the project has problems", e);
            return false;
        } catch (IOException e) {
            services.log().error("cannot save " + file, e);
            dialogs.error("Cannot save", "Cannot save " + file.getFileName(), e.getMessage()
                    + "\n\nCheck that the folder exists and is writable, or use Save As.");
            return false;
        }
        state.markSaved(file);
        services.recentFiles().add(file);
        listeners.forEach(l -> l.projectSaved(file));
        return true;
    }

    public boolean close() {
        if (!confirmDiscard()) {
            return false;
        }
        state.close();
        listeners.forEach(ProjectListener::projectClosed);
        return true;
    }

    /** True when there are no unsaved changes, or the user saved or discarded them. */
    public boolean confirmDiscard() {
        if (state.getProject() == null || !state.isDirty()) {
            return true;
        }
        return switch (dialogs.confirmUnsaved(displayName())) {
            case SAVE -> save();
            case DISCARD -> {
                listeners.forEach(ProjectListener::changesDiscarded);
                yield true;
            }
            case CANCEL -> false;
        };
    }
}
