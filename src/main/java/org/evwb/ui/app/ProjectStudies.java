package org.evwb.ui.app;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which studies a project is for (its {@code studies[].study} ids) in words, and which of them this build does not
 * have yet: the start page's line under each sample and the window's notice over a project of such a study, so that
 * an edge, v2g or net-zero project is not mistaken for a broken one.
 */
final class ProjectStudies {

    private final Set<String> built;

    /** {@code built}: the ids of the studies registered in this build. */
    ProjectStudies(Collection<String> built) {
        this.built = Set.copyOf(built);
    }

    /**
     * The start page's line: "For the motorway study", "For the edge study — not in this build yet", "For the
     * motorway and exchange studies; the edge, v2g and netzero studies are not in this build yet"; "" for none.
     */
    String line(List<String> studyIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(studyIds));
        List<String> have = ids.stream().filter(built::contains).toList();
        List<String> lack = ids.stream().filter(id -> !built.contains(id)).toList();
        if (ids.isEmpty()) {
            return "";
        }
        if (have.isEmpty()) {
            return "For " + the(lack) + " — not in this build yet";
        }
        return "For " + the(have) + (lack.isEmpty() ? "" : "; " + the(lack) + (lack.size() == 1 ? " is" : " are")
                + " not in this build yet");
    }

    /** The window's notice for an open project, or "" when this build has every study it is for. */
    String notice(List<String> studyIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(studyIds));
        List<String> lack = ids.stream().filter(id -> !built.contains(id)).toList();
        if (lack.isEmpty()) {
            return "";
        }
        boolean also = lack.size() < ids.size();
        return "This project is " + (also ? "also " : "") + "for " + the(lack) + ", which this build does not have "
                + "yet. You can view, edit and save it; Run offers the studies this build has ("
                + and(built.stream().sorted().toList()) + ").";
    }

    /** "the edge study", "the edge and v2g studies". */
    private static String the(List<String> ids) {
        return "the " + and(ids) + (ids.size() == 1 ? " study" : " studies");
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
