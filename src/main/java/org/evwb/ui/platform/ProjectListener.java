package org.evwb.ui.platform;

import java.nio.file.Path;

/** Told when a project is opened, saved or closed (e.g. the runs panel loads and saves results beside it). */
public interface ProjectListener {

    /** A project was opened; {@code file} is null for a new, unsaved project. */
    default void projectOpened(Path file) { }

    /** The project was saved to {@code file}. */
    default void projectSaved(Path file) { }

    default void projectClosed() { }

    /**
     * A recovery copy of unsaved work was opened in place of its project.
     *
     * @param original the project's file, or null when it was never saved
     * @param copy     the recovery copy that was opened
     */
    default void projectRestored(Path original, Path copy) {
        projectOpened(original);
    }

    /** The user chose to discard the open project's unsaved changes (before closing it or opening another). */
    default void changesDiscarded() { }
}
