package org.evwb.core.project.edit;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Entity;
import org.evwb.core.project.Project;
import org.evwb.core.project.TimeSeries;

/**
 * Puts time series into a project by id, as one edit: a series whose id the project has replaces it, the others are
 * added. What imports that replace data (a market day, a server's solar, a task trace) apply.
 */
public final class PutSeries {

    private PutSeries() {
    }

    /** The edit that puts {@code series} into {@code project} (undone as one). */
    public static Edit of(String label, Project project, List<TimeSeries> series) {
        List<Edit> edits = new ArrayList<>();
        List<ReplaceEntities.Change> changes = new ArrayList<>();
        List<Entity> added = new ArrayList<>();
        for (TimeSeries s : series) {
            project.find(TimeSeries.class, s.id()).ifPresentOrElse(old -> changes.add(new ReplaceEntities.Change(old,
                    s)), () -> added.add(s));
        }
        if (!changes.isEmpty()) {
            edits.add(new ReplaceEntities(label, changes));
        }
        if (!added.isEmpty()) {
            edits.add(new AddEntities(added));
        }
        return new CompositeEdit(label, edits);
    }
}
