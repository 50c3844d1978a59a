package org.evwb.cli;

import java.util.List;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;

/**
 * A command cannot go on: the message (one or more lines, each naming the file and where in it) goes to stderr and
 * the process ends with {@link #exitCode()}.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Bad input or usage: exit code {@value EvwbCommand#EXIT_BAD_INPUT}. */
    static CliException badInput(String message) {
        return new CliException(EvwbCommand.EXIT_BAD_INPUT, message);
    }

    /** Every problem of an unusable file, one per line as {@code FILE: $.json.path: message}. */
    static CliException badInput(ProjectFileException e) {
        return badInput(lines(e.source(), e.problems()));
    }

    /** The same, for a file whose exception names a placeholder source (e.g. a study reading {@code $.solution}). */
    static CliException badInput(String source, ProjectFileException e) {
        return badInput(lines(source, e.problems()));
    }

    static String lines(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(source).append(": ").append(p.path()).append(": ").append(p.message());
        }
        return sb.toString();
    }

    int exitCode() {
        return exitCode;
    }
}
