package org.evwb.ui.platform;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An entry of the Study menu that acts on a study's open views (e.g. "Motorway views" brings the motorway tabs to
 * the front).
 *
 * @param id        the menu item's node id, e.g. {@code menu-study-motorway}
 * @param text      the menu text
 * @param opensViews true: with a project open, the host opens the study's views for it first when the study does
 *                  not apply on its own (the exchange teaching mode works on any project); false: the entry is
 *                  enabled only while the study's views are open
 * @param action    what to do with the study's views (FX thread)
 */
public record StudyAction(String id, String text, boolean opensViews, Consumer<StudyViews> action) {
    public StudyAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }
}
