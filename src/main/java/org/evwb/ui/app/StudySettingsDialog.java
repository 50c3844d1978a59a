package org.evwb.ui.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.SetStudyConfig;
import org.evwb.core.solve.ParameterNote;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.StudyPreset;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;
import org.evwb.ui.runs.ParameterForm;

/**
 * Study ▸ … settings…: one of the project's configurations of a study (a new one when the project has none), its
 * preset and every study parameter as a form generated from the study's parameters record (the Run solver form:
 * ranges and units, enums as choice boxes, booleans as check boxes), with the study's {@link ParameterNote notes}
 * beside the choices that change results sharply. Saving is one undoable project edit ({@link SetStudyConfig}),
 * checked with the study's own configuration checks ({@link StudyDefinition#checkConfig}) before it is made; the
 * configuration keeps only the values that differ from its preset (or the defaults).
 */
final class StudySettingsDialog extends Dialog<Edit> {

    private static final String NO_PRESET = "(none: the study's defaults)";

    private final StudyDefinition<?, ?> study;
    private final Project project;
    private final EntityFields fields;
    private final ChoiceBox<StudyConfig> configs = new ChoiceBox<>();
    private final ChoiceBox<String> presets = new ChoiceBox<>();
    private final Label presetWhy = new Label();
    private final ScrollPane formPane = new ScrollPane();
    private final Label error = new Label();
    private ParameterForm form;

    StudySettingsDialog(Window owner, StudyDefinition<?, ?> study, Project project, EntityFields fields) {
        this.study = study;
        this.project = project;
        this.fields = fields;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(study.title() + ": settings");
        setHeaderText("The study's settings in this project. Every run starts from them and records them in its "
                + "result; Undo takes a change back.");
        getDialogPane().getStyleClass().add("study-settings-dialog");
        List<StudyConfig> own = project.studies().stream().filter(c -> c.study().equals(study.id())).toList();
        configs.getItems().setAll(own.isEmpty() ? List.of(new StudyConfig(freshId(), study.id(), null, Map.of()))
                : own);
        configs.setConverter(text(c -> c.id() + (c.name() == null ? "" : " — " + c.name())
                + (own.contains(c) ? "" : " (new)")));
        configs.setId("settings-config");
        configs.setValue(configs.getItems().get(0));
        presets.getItems().add(NO_PRESET);
        study.parameters().presets().forEach(p -> presets.getItems().add(p.title()));
        presets.setId("settings-preset");
        presets.setDisable(study.parameters().presets().isEmpty());
        presetWhy.setWrapText(true);
        presetWhy.getStyleClass().add("parameter-note");
        presetWhy.setId("settings-preset-why");
        error.getStyleClass().addAll("status-message", "status-error");
        error.setId("settings-error");
        error.setWrapText(true);
        GridPane top = new GridPane();
        top.setHgap(10);
        top.setVgap(8);
        top.addRow(0, new Label("Configuration"), configs);
        top.addRow(1, new Label("Preset"), presets, presetWhy);
        formPane.setFitToWidth(true);
        formPane.setPrefViewportHeight(420);
        getDialogPane().setContent(new VBox(10, top, formPane, error));
        getDialogPane().setPrefWidth(980);
        configs.valueProperty().addListener((o, a, b) -> showConfig());
        presets.valueProperty().addListener((o, a, b) -> showForm());
        showConfig();
        ButtonType ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("settings-save");
        Edit[] made = new Edit[1];
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                made[0] = edit();
                error.textProperty().unbind();
                error.setText("");
            } catch (FieldValueException ex) {
                e.consume(); // the form names the field
            } catch (ProjectFileException ex) {
                error.textProperty().unbind();
                error.setText(String.join("\n", ex.problems().stream().map(Problem::toString).toList()));
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? made[0] : null);
    }

    /** The id of a new configuration: the study's id, made unique among the project's. */
    private String freshId() {
        String id = study.id();
        for (int i = 2; project.studyConfigById(id).isPresent(); i++) {
            id = study.id() + "-" + i;
        }
        return id;
    }

    private void showConfig() {
        StudyConfig c = configs.getValue();
        String preset = c.preset() == null ? NO_PRESET : study.parameters().preset(c.preset())
                .map(StudyPreset::title).orElse(NO_PRESET);
        if (Objects.equals(presets.getValue(), preset)) {
            showForm();
        } else {
            presets.setValue(preset); // shows the form
        }
    }

    private StudyPreset preset() {
        String title = presets.getValue();
        return title == null || title.equals(NO_PRESET) ? null : study.parameters().preset(title).orElse(null);
    }

    /** The form over the chosen preset's values (or the defaults) with the configuration's own values on top. */
    private void showForm() {
        StudyPreset p = preset();
        presetWhy.setText(p == null ? "" : p.why());
        StudyConfig shown = configs.getValue();
        Record values;
        try {
            values = study.parameters().from(project, new StudyConfig(shown.id(), shown.study(), shown.name(),
                    shown.parameters(), p == null ? null : p.id()));
        } catch (ProjectFileException e) {
            values = p == null ? study.parameters().defaults() : study.parameters().valuesOf(p);
        }
        form = new ParameterForm(fields, values);
        List<ParameterNote> notes = study.parameterNotes();
        form.showNotes((name, value) -> notes.stream().filter(n -> n.appliesTo(name, value))
                .map(ParameterNote::text).findFirst().orElse(null));
        formPane.setContent(form.node());
        error.textProperty().bind(form.errorProperty());
    }

    /** The form as it stands (tests). */
    ParameterForm form() {
        return form;
    }

    /**
     * The edit that sets the configuration as the dialog shows it, or null when nothing changes.
     *
     * @throws FieldValueException  a value the form refuses (naming the field)
     * @throws ProjectFileException what the study's configuration checks refuse, each problem with its JSON path
     */
    Edit edit() throws FieldValueException, ProjectFileException {
        StudyConfig before = configs.getValue();
        StudyPreset p = preset();
        StudyConfig after = new StudyConfig(before.id(), study.id(), before.name(), changed(study.parameters(),
                form.value(), p), p == null ? null : p.id());
        boolean isNew = !project.studies().contains(before);
        if (!isNew && after.equals(before)) {
            return null;
        }
        Edit edit = new SetStudyConfig("Change " + study.title() + " settings", isNew ? null : before, after);
        Project next = edit.apply(project);
        List<Problem> problems = study.checkConfig(next, after);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(project.name().isBlank() ? "project" : project.name(), problems);
        }
        return edit;
    }

    /** The values that differ from the preset's (or the defaults), as a configuration's {@code parameters}. */
    private static <P extends Record> Map<String, Object> changed(StudyParameters<P> params, Record value,
                                                                  StudyPreset preset) {
        return params.changes(preset == null ? params.defaults() : params.valuesOf(preset), value);
    }

    private static <T> StringConverter<T> text(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
