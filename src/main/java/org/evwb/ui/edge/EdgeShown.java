package org.evwb.ui.edge;

import java.util.Optional;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;

/**
 * A schedule the edge views show, with the instance it belongs to and its source named, so the day chart and the
 * density view never show a schedule without saying which.
 *
 * @param source   "Run: edge / snb · seed 1", or "What-if (snb)"
 * @param instance the instance the schedule belongs to
 * @param schedule the schedule, or null (the density view then shows arrivals and deadlines only)
 * @param run      the run, or null for the what-if schedule
 */
public record EdgeShown(String source, EdgeInstance instance, EdgeSchedule schedule, RunEntry run) {

    /** A finished edge run's instance and schedule, when it has both. */
    static Optional<EdgeShown> of(RunEntry entry, String label) {
        RunResult<?, ?> r = entry == null ? null : entry.result();
        if (r == null || !EdgeStudy.ID.equals(r.studyId())) {
            return Optional.empty();
        }
        Optional<EdgeInstance> in = r.instanceAs(EdgeInstance.class);
        Optional<EdgeSchedule> s = r.solutionAs(EdgeSchedule.class);
        return in.isPresent() && s.isPresent() ? Optional.of(new EdgeShown(label, in.get(), s.get(), entry))
                : Optional.empty();
    }

    /** The schedule of one server, or null. */
    EdgeSchedule.ServerSchedule server(String id) {
        return schedule == null ? null : schedule.servers().stream().filter(s -> s.serverId().equals(id))
                .findFirst().orElse(null);
    }
}
