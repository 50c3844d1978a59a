package org.evwb.ui.qubo;

import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.study.exchange.ExchangeQuboTerms;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwayQubo;
import org.evwb.core.study.motorway.MotorwayQuboTerms;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;

/**
 * Study ▸ "… QUBO in the QUBO workbench": the open project's study QUBO (the same model the study's QUBO solvers
 * sample) opened in the workbench, so a lecturer can inspect its matrix and try every sampler on it.
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
    public java.util.List<QuboStudy<?, ?>> quboStudies() {
        return studies.studies().stream().filter(QuboStudy.class::isInstance).<QuboStudy<?, ?>>map(
                d -> (QuboStudy<?, ?>) d).toList();
    }

    /** The open project's QUBO of a registered QUBO study (its formulation's model of the project's instance). */
    public Optional<Qubo> open(QuboStudy<?, ?> study) {
        return open(study.id(), study.quboFormulation().title(), p -> quboOf(study, p));
    }

    private static <I, S> Qubo quboOf(QuboStudy<I, S> study, Project p) throws ProjectFileException {
        return study.quboFormulation().qubo(study.buildInstance(p, p.studyConfig(study.id()).orElse(null)));
    }

    /** The motorway study's GCM QUBO (one-hot + charger conflicts, weights from the study's parameters). */
    public Optional<Qubo> openMotorway() {
        return open(MotorwayStudy.ID, "Motorway GCM QUBO", p -> {
            var in = new MotorwayStudy().buildInstance(p, config(p, MotorwayStudy.ID));
            return MotorwayQubo.quadratic(MotorwayQuboTerms.gcm(in));
        });
    }

    /** The exchange study's matching QUBO (−gain per acceptable pair, one-partner penalties, default P). */
    public Optional<Qubo> openExchange() {
        return open(ExchangeStudy.ID, "Exchange matching QUBO", p -> {
            var in = new ExchangeStudy().buildInstance(p, config(p, ExchangeStudy.ID));
            return ExchangeQuboTerms.build(in).toQubo();
        });
    }

    private interface Builder {
        Qubo build(Project p) throws ProjectFileException;
    }

    private Optional<Qubo> open(String study, String title, Builder builder) {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        Qubo q;
        try {
            q = builder.build(p);
        } catch (ProjectFileException e) {
            dialogs.problems("The project cannot be used for the " + study + " study", e);
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            dialogs.error("Cannot build the QUBO", "The " + study + " QUBO cannot be built",
                    e.getMessage());
            return Optional.empty();
        }
        workbench.show().open(q, title + " — " + (p.name().isBlank() ? "project" : p.name()));
        return Optional.of(q);
    }

    /** The project's first configuration of {@code study}, or null for the defaults. */
    private static StudyConfig config(Project p, String study) {
        return p.studies().stream().filter(s -> study.equals(s.study())).findFirst().orElse(null);
    }
}
