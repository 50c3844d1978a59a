package org.evwb.ui.platform;

import java.util.List;
import java.util.Optional;
import org.evwb.core.project.ProjectFileException;

/**
 * Messages and questions for the user. Behind an interface so controllers can be tested with a fake; the real one
 * ({@link FxDialogs}) shows JavaFX alerts styled through CSS classes.
 */
public interface Dialogs {

    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Shows an error the user can act on: what happened and what to do. Does not block. */
    void error(String title, String header, String details);

    /** Shows every problem of a file that cannot be used (file, JSON path, message). Does not block. */
    void problems(String header, ProjectFileException e);

    /** Shows information. Does not block. */
    void info(String title, String header, String text);

    /** Asks whether to save the changes to {@code projectName} first. Blocks until answered. */
    UnsavedChoice confirmUnsaved(String projectName);

    /**
     * Asks the user to pick one of {@code choices} (button texts; the first is the default), beside a Cancel button.
     * Blocks until answered.
     *
     * @param styleClass the dialog pane's CSS class, so that tests can find the question
     * @return the text of the choice, or empty when the user cancelled
     */
    Optional<String> choose(String title, String header, String text, List<String> choices, String styleClass);
}
