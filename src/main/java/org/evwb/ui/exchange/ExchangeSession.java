package org.evwb.ui.exchange;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.Participant;

/**
 * The exchange instance the teaching views show, built from a snapshot of the open project with its first
 * {@code exchange} study configuration (defaults when it has none), and the mapping from participants back to the
 * project's entities (for the map and the shared selection).
 */
public record ExchangeSession(Project project, StudyConfig config, ExchangeInstance instance) {

    /** Builds the session; the exception lists every field the study cannot use, with its JSON path. */
    public static ExchangeSession of(ExchangeStudy study, Project project) throws ProjectFileException {
        StudyConfig config = configOf(project);
        return new ExchangeSession(project, config, study.buildInstance(project, config));
    }

    /** The project's first exchange study, or null. */
    public static StudyConfig configOf(Project project) {
        return project.studies() == null ? null : project.studies().stream()
                .filter(c -> ExchangeStudy.ID.equals(c.study())).findFirst().orElse(null);
    }

    public Participant participant(int index) {
        return instance.participants().get(index);
    }

    public GeoPoint position(int participant) {
        return participant(participant).position();
    }

    /** The entity behind a participant (a base station or a vehicle). */
    public EntityRef ref(int participant) {
        Participant p = participant(participant);
        return new EntityRef(p.isEv() ? EntityKind.VEHICLE : EntityKind.BASE_STATION, p.id());
    }

    public String label(int participant) {
        return participant(participant).id();
    }

    public List<Participant> participants() {
        return instance.participants();
    }
}
