package org.evwb.core.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evwb.core.project.ProjectFileException;

/**
 * The ids a solution document may name (vehicles, stations, participants) and their positions in the instance, so a
 * study's {@link SolutionFormat.Reader} turns ids back into indices in one line and an unknown id is refused with its
 * path and the id: {@code $.solution.assignments[1].vehicle: unknown vehicle "ev-99" (not in the project)}.
 */
public final class SolutionIds {

    private final String what;
    private final Map<String, Integer> index = new HashMap<>();

    private SolutionIds(String what) {
        this.what = what;
    }

    /** The ids of {@code items}, in order; {@code what} names them in messages ({@code "vehicle"}). */
    public static <T> SolutionIds of(String what, List<T> items, Function<T, String> id) {
        SolutionIds ids = new SolutionIds(what);
        for (int i = 0; i < items.size(); i++) {
            ids.index.putIfAbsent(id.apply(items.get(i)), i);
        }
        return ids;
    }

    /** The position of {@code id}; a missing or unknown id throws naming {@code path} (under the result's root). */
    public int indexOf(String id, String path) throws ProjectFileException {
        if (id == null) {
            throw new ProjectFileException(SolutionFormat.SOURCE, path, "missing; write the id of a " + what
                    + " of the project");
        }
        Integer i = index.get(id);
        if (i == null) {
            throw new ProjectFileException(SolutionFormat.SOURCE, path, "unknown " + what + " \"" + id
                    + "\" (not in the project); use the id of a " + what + " of the project the result was "
                    + "computed for");
        }
        return i;
    }

    /** Whether {@code id} is known. */
    public boolean contains(String id) {
        return id != null && index.containsKey(id);
    }
}
