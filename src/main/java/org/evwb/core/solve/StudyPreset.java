package org.evwb.core.solve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of study parameter values a study declares beside its defaults, e.g. exchange's "Table II as printed"
 * (the paper's values where the study's default reads them differently). A project's study configuration selects one
 * with {@code "preset": ID} (its {@code parameters} then change values on top of it), {@code evwb solve --preset ID}
 * selects one from the command line, and a settings form can offer them by title.
 *
 * @param id     how files and the command line name it: lower case, digits and dashes ({@code table-ii-as-printed})
 * @param title  how the UI names it ({@code Table II as printed}); {@code --preset} accepts it too, in any case
 * @param why    one line on what it is for, shown beside it
 * @param values parameter values by name, as a study configuration's {@code parameters} would hold them
 */
public record StudyPreset(String id, String title, String why, Map<String, Object> values) {

    public StudyPreset {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a preset id is lower case, digits and dashes, was \"" + id + "\"");
        }
        title = title == null || title.isBlank() ? id : title;
        why = why == null ? "" : why;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /** True when {@code name} is this preset's id or title (case and surrounding blanks ignored). */
    public boolean isNamed(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals(id) || n.equals(title.toLowerCase(Locale.ROOT));
    }

    /** {@code id ("title")}, as listings show it. */
    public String label() {
        return id.equals(title) ? id : id + " (\"" + title + "\")";
    }
}
