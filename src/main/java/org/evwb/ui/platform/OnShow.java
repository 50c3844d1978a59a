package org.evwb.ui.platform;

import java.util.Objects;

/**
 * The solution on show in the window, one for every view ({@link AppState#onShowProperty()}): a finished run, or a
 * study's own view of the open project such as the motorway what-if evaluation. The map and a study's tabs show the
 * same one and name it by {@link #label()}, so they never show two schedules without saying which is which.
 *
 * @param run   the run on show, or null for a study's own view
 * @param key   the study's name for its own view (e.g. {@code motorway.what-if}), or null for a run
 * @param label what the views call it: "Run: motorway / cpsat · seed 1", "What-if (cpsat, 3 s)"
 */
public record OnShow(RunEntry run, String key, String label) {

    public OnShow {
        if ((run == null) == (key == null)) {
            throw new IllegalArgumentException("on show is either a run or a study's own view");
        }
        Objects.requireNonNull(label, "label");
    }

    /** A finished run, labelled "Run: " and its title. */
    public static OnShow run(RunEntry run) {
        return new OnShow(Objects.requireNonNull(run), null, "Run: " + run.title());
    }

    /** A study's own view of the open project (e.g. its what-if evaluation). */
    public static OnShow view(String key, String label) {
        return new OnShow(null, Objects.requireNonNull(key), label);
    }

    /** True when this is a study's view named {@code k}. */
    public boolean isView(String k) {
        return k.equals(key);
    }
}
