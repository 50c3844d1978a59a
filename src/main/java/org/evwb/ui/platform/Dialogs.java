package org.evwb.ui.platform;

import java.util.List;
import java.util.Optional;
import org.evwb.core.project.Problem;
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

    /**
     * Tells the user that a study cannot run on the open project, which lacks what the study needs: the study's own
     * words first ("The demo study needs vehicles and charging stations; this project has none"), then what to do.
     * Not the file-problems dialog — a loaded project's file is valid, there is nothing in it to fix — unless a
     * problem is in the study's configuration ({@code $.studies…}), which is named with its JSON path.
     */
    default void studyNeeds(String action, ProjectFileException e) {
        List<Problem> problems = e.problems();
        String first = problems.isEmpty() ? e.getMessage() : problems.get(0).message();
        boolean config = problems.stream().anyMatch(p -> p.path().startsWith("$.studies"));
        StringBuilder details = new StringBuilder();
        for (Problem p : problems.subList(Math.min(1, problems.size()), problems.size())) {
            details.append("• ").append(p.message()).append('\n');
        }
        if (config) {
            details.append('\n').append("In the project file: ");
            problems.stream().filter(p -> p.path().startsWith("$.studies")).forEach(p -> details.append('\n')
                    .append(p.path()).append(": ").append(p.message()));
            details.append("\n\nChange the study's configuration in the project file and open it again.");
        } else {
            details.append(details.length() == 0 ? "" : "\n").append("The project file is fine; the study needs "
                    + "data this project does not have. Add it (on the map, in the tables, or with File ▸ Import), "
                    + "or open a project made for this study.");
        }
        error("Cannot " + action, first.isEmpty() ? first : Character.toUpperCase(first.charAt(0)) + first.substring(1),
                details.toString());
    }

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
