package org.evwb.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudySweepWindows;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.qubo.StudyQubos;

/**
 * The Study menu, built from what is registered, per study in registry order: the study UI's actions, "Generate …"
 * for each of the study's generators (a form built from the generator's parameters record), "Sweep …" when the study
 * has sweep presets or parameters, and, when the study has a QUBO formulation, "… in the QUBO workbench", "Export …
 * QUBO…" and "Import samples of the … QUBO…" (the QUBO round trip, {@link QuboFileActions}). No study is named here.
 */
final class StudyMenu {

    private final StudyRegistry studies;
    private final StudyHost host;
    private final StudyQubos qubos;
    private final AppState state;
    private final TaskExecutor executor;
    private final ProjectController projects;
    private final Dialogs dialogs;
    private final AppLog log;
    private final java.util.function.Supplier<Window> owner;
    private final EntityFields fields = new EntityFields();
    private final QuboFileActions quboFiles;
    private final StudySweepWindows sweeps;

    StudyMenu(StudyRegistry studies, StudyHost host, StudyQubos qubos, QuboFileActions quboFiles, AppState state,
              TaskExecutor executor, ProjectController projects, Dialogs dialogs, AppLog log,
              java.util.function.Supplier<Window> owner, StudySweepWindows sweeps) {
        this.quboFiles = quboFiles;
        this.sweeps = sweeps;
        this.studies = studies;
        this.host = host;
        this.qubos = qubos;
        this.state = state;
        this.executor = executor;
        this.projects = projects;
        this.dialogs = dialogs;
        this.log = log;
        this.owner = owner;
    }

    /** The menu; items are enabled as the open project allows each time it is shown. */
    Menu build() {
        Menu menu = new Menu("_Study");
        menu.setId("menu-study");
        List<Runnable> refresh = new ArrayList<>();
        for (StudyDefinition<?, ?> study : studies.studies()) {
            List<MenuItem> items = new ArrayList<>();
            host.active().stream().filter(u -> u.studyId().equals(study.id())).findFirst().ifPresent(ui -> {
                for (StudyAction a : ui.actions()) {
                    items.add(item(a.id(), a.text(), () -> host.run(ui, a), () -> host.canRun(ui, a), refresh));
                }
            });
            items.add(item("menu-settings-" + study.id(), study.title() + " settings…", () -> settings(study),
                    () -> state.getProject() != null, refresh));
            for (GeneratorSpec g : study.generators()) {
                items.add(item("menu-generate-" + study.id() + "-" + g.id(), "Generate " + study.title() + " ("
                        + g.id() + ")…", () -> generate(study, g), () -> true, refresh));
            }
            if (StudySweepWindows.offers(study)) {
                items.add(item("menu-sweep-" + study.id(), StudySweepWindows.menuText(study),
                        () -> sweeps.open(study), () -> state.getProject() != null, refresh));
            }
            if (study instanceof QuboStudy<?, ?> q) {
                items.add(item("menu-qubo-" + study.id(), StudyQubos.menuText(q),
                        () -> qubos.open(q), () -> state.getProject() != null, refresh));
                items.add(item("menu-export-qubo-" + study.id(), QuboFileActions.exportText(q),
                        () -> quboFiles.export(q), () -> state.getProject() != null, refresh));
                items.add(item("menu-import-samples-" + study.id(), QuboFileActions.importText(q),
                        () -> quboFiles.importSamples(q), () -> state.getProject() != null, refresh));
            }
            if (!items.isEmpty()) {
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                menu.getItems().addAll(items);
            }
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no study views in this build)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        menu.setOnShowing(e -> refresh.forEach(Runnable::run));
        refresh.forEach(Runnable::run);
        state.projectProperty().addListener((o, a, b) -> refresh.forEach(Runnable::run));
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action, BooleanSupplier enabled,
                                 List<Runnable> refresh) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        refresh.add(() -> i.setDisable(!enabled.getAsBoolean()));
        return i;
    }

    /** Study ▸ … settings…: edits one of the project's configurations of the study, as one undoable edit. */
    void settings(StudyDefinition<?, ?> study) {
        if (state.getProject() == null) {
            return;
        }
        new StudySettingsDialog(owner.get(), study, state.getProject(), fields).showAndWait()
                .ifPresent(state::perform);
    }

    /** Study ▸ Generate …: asks for the parameters and seed, generates in the background, opens the result. */
    void generate(StudyDefinition<?, ?> study, GeneratorSpec g) {
        new GenerateDialog(owner.get(), study.title(), g, fields).showAndWait().ifPresent(r -> generate(study, r));
    }

    /** Generates and opens the project as new and unsaved; returns the task (tests wait on it). */
    BackgroundTask<GeneratorSpec.Generated> generate(StudyDefinition<?, ?> study, GenerateDialog.Request r) {
        return BackgroundTask.of("generating a " + study.id() + " instance",
                        ctx -> r.generator().generate(r.parameters(), r.seed(), ctx))
                .seed(r.seed())
                .onSuccess(gen -> {
                    log.info("generated " + study.id() + " / " + r.generator().id() + " seed " + r.seed() + ": "
                            + gen.summary());
                    projects.openGenerated(gen.project().withName("Generated " + study.title() + " ("
                            + r.generator().id() + ", seed " + r.seed() + ")"));
                })
                .onFailure(t -> {
                    if (!(t instanceof IllegalArgumentException || t instanceof IllegalStateException)) {
                        log.error("generator " + r.generator().id() + " failed", t);
                    }
                    dialogs.error("Cannot generate", "No " + study.title() + " instance with these parameters",
                            (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                                    + "\n\nChange the parameters (the message names the one to fix) and try again.");
                })
                .executeWith(executor);
    }
}
