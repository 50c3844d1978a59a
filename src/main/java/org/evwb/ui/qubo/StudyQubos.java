package org.evwb.ui.qubo;

import java.util.List;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;

/**
 * Study ▸ "… QUBO in the QUBO workbench": the open project's QUBO of any registered {@link QuboStudy} (the same model
 * the study's QUBO solvers sample, built from the project's configuration of that study) opened in the workbench, so
 * a lecturer can inspect its matrix and try every sampler on it.
 */
public final class StudyQubos {

    private final AppState state;
    private final StudyRegistry studies;
    private final Dialogs dialogs;
    private final QuboWorkbench workbench;

    public StudyQubos(AppState state, StudyRegistry studies, Dialogs dialogs, QuboWorkbench workbench) {
        this.state = state;
        this.studies = studies;
        this.dialogs = dialogs;
        this.workbench = workbench;
    }

    /** The registered studies with a QUBO formulation, in registry order (the Study menu offers each). */
    public List<QuboStudy<?, ?>> quboStudies() {
        return studies.studies().stream().filter(QuboStudy.class::isInstance).<QuboStudy<?, ?>>map(
                QuboStudy.class::cast).toList();
    }

    /** The menu text for a study's QUBO: the formulation's title, then "in the QUBO workbench". */
    public static String menuText(QuboStudy<?, ?> study) {
        return study.quboFormulation().title() + " in the QUBO workbench";
    }

    /**
     * Builds the open project's QUBO of study {@code studyId} and shows it in the workbench; empty (after telling the
     * user why) when no project is open, the study has no QUBO, or the project lacks what the study needs.
     */
    public Optional<Qubo> open(String studyId) {
        Optional<QuboStudy<?, ?>> study = quboStudies().stream().filter(s -> s.id().equals(studyId)).findFirst();
        if (study.isEmpty()) {
            dialogs.error("Cannot build the QUBO", "Study " + studyId + " has no QUBO formulation",
                    "QUBO studies: " + String.join(", ", quboStudies().stream().map(QuboStudy::id).toList()));
            return Optional.empty();
        }
        return open(study.get());
    }

    /** The open project's QUBO of a registered QUBO study (its formulation's model of the project's instance). */
    public Optional<Qubo> open(QuboStudy<?, ?> study) {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        org.evwb.core.qubo.io.QuboExport q;
        try {
            q = build(study, p);
        } catch (ProjectFileException e) {
            dialogs.studyNeeds("build the " + study.id() + " QUBO", e);
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            dialogs.error("Cannot build the QUBO", "The " + study.id() + " QUBO cannot be built", e.getMessage());
            return Optional.empty();
        }
        workbench.show().open(q.qubo(), study.quboFormulation().title() + " — " + (p.name().isBlank() ? "project"
                : p.name()), q.origin());
        return Optional.of(q.qubo());
    }

    /**
     * The study's QUBO of the project, with its first configuration of the study (none: the defaults), and its
     * origin (what the workbench's Save writes with it) when it is the model the study's samplers sample.
     */
    private static <I, S> org.evwb.core.qubo.io.QuboExport build(QuboStudy<I, S> study, Project p)
            throws ProjectFileException {
        org.evwb.core.project.StudyConfig config = p.studyConfig(study.id()).orElse(null);
        I instance = study.buildInstance(p, config);
        Qubo shown = study.quboFormulation().qubo(instance);
        org.evwb.core.qubo.io.QuboExport export = org.evwb.core.qubo.study.QuboRoundTrip.export(study, instance,
                config);
        return export.qubo().equals(shown) ? export : new org.evwb.core.qubo.io.QuboExport(shown, null);
    }
}
