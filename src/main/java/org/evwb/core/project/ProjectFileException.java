package org.evwb.core.project;

import java.nio.file.Path;
import java.util.List;

/** A project (or import) file that cannot be used, with every problem found, each naming where it is. */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public ProjectFileException(String source, List<Problem> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public ProjectFileException(Path file, List<Problem> problems) {
        this(file.toString(), problems);
    }

    public ProjectFileException(String source, String path, String message) {
        this(source, List.of(new Problem(path, message)));
    }

    /** The file (or other source) the problems are in. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(source);
        if (problems.size() == 1) {
            sb.append(": ").append(problems.get(0));
        } else {
            sb.append(": ").append(problems.size()).append(" problems");
            int shown = 0;
            for (Problem p : problems) {
                if (shown++ == 20) {
                    sb.append("\n  … and ").append(problems.size() - 20).append(" more");
                    break;
                }
                sb.append("\n  ").append(p);
            }
        }
        return sb.toString();
    }
}
