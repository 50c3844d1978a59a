package org.evwb.ui.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyOverrides;
import org.evwb.core.solve.StudyParameters;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;

/**
 * The Run dialog's "Study parameters (this run)" section: the chosen study's parameters as a {@link ParameterForm}
 * (ids {@code study-param-NAME}) starting at the project's configuration of the study (its preset and values), so a
 * changed value overrides the configuration for this run only — the project is not edited — exactly as
 * {@code evwb solve --param NAME=VALUE} does ({@link StudyOverrides}). Besides each field's own checks, the study's
 * {@link StudyDefinition#checkRun run checks} (an FCD file that does not exist, SUMO not installed) are shown at the
 * field they name, and the section opens by itself when one refuses a value, so Run is never enabled for a run
 * that would be refused.
 */
final class StudyRunParameters {

    private static final String TITLE = "Study parameters (this run)";

    private final EntityFields fields;
    private final Project project;
    private final TitledPane pane;
    private final Label hint;
    private final ScrollPane scroll;
    private final Runnable changed;
    private StudyDefinition<?, ?> study;
    private StudyConfig config;
    private ParameterForm form;
    /** Why the section cannot be used at all (the project's configuration refused, a record the form cannot show). */
    private String unusable;
    /** Problems of the run checks that name no field of the form (e.g. the configuration's preset). */
    private String unplaced;

    StudyRunParameters(EntityFields fields, Project project, TitledPane pane, Label hint, ScrollPane scroll,
                       Runnable changed) {
        this.fields = fields;
        this.project = Objects.requireNonNull(project);
        this.pane = pane;
        this.hint = hint;
        this.scroll = scroll;
        this.changed = changed;
    }

    /** Shows {@code next}'s parameters as the project configures them (nothing for null). */
    void show(StudyDefinition<?, ?> next) {
        study = next;
        form = null;
        unusable = null;
        unplaced = null;
        scroll.setContent(null);
        pane.setText(TITLE);
        if (next == null) {
            hint.setText("");
            return;
        }
        config = project.studyConfig(next.id()).orElse(null);
        Record values;
        try {
            values = next.parameters().from(project, config);
        } catch (ProjectFileException e) {
            // the run reports the configuration's problems as before; nothing can be set over it here
            unusable = null;
            hint.setText("The project's configuration of " + next.title() + " is refused, so its parameters cannot "
                    + "be set for this run: " + String.join("; ", e.problems().stream().map(Problem::toString)
                    .toList()));
            return;
        }
        hint.setText((config == null ? "The study's defaults (the project has no configuration of it)"
                : "Configuration '" + config.id() + "'" + (config.preset() == null ? "" : " with preset "
                + config.preset())) + ". A changed value is used for this run only and recorded in its result; "
                + "the project is not changed (Study ▸ settings change it).");
        try {
            form = new ParameterForm(fields, values, "study-param-", "This study has no parameters.");
        } catch (RuntimeException e) {
            unusable = "The parameters of study " + next.id() + " cannot be edited here: " + e.getMessage();
            return;
        }
        form.checkWith(this::runProblems);
        form.errorProperty().addListener((o, a, b) -> {
            pane.setText(title());
            if (!b.isEmpty()) {
                pane.setExpanded(true); // the field that refuses the value must be seen
            }
            changed.run();
        });
        scroll.setContent(form.node());
        if (!form.errorProperty().get().isEmpty()) {
            pane.setExpanded(true);
        }
        pane.setText(title());
    }

    /** The study's run checks of the configuration with the form's values, by field name. */
    private Map<String, String> runProblems(Record values) {
        unplaced = null;
        List<Problem> problems;
        try {
            problems = study.checkRun(project, StudyOverrides.apply(study, config, changedValues(values)));
        } catch (IllegalArgumentException e) {
            return Map.of(); // the form's own checks name the field
        }
        Map<String, String> byField = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        for (Problem p : problems) {
            String name = fieldOf(p.path());
            if (name != null && values.getClass().getRecordComponents() != null && java.util.Arrays.stream(
                    values.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(name))) {
                byField.putIfAbsent(name, p.message());
            } else {
                rest.append(rest.length() == 0 ? "" : "; ").append(p);
            }
        }
        unplaced = rest.length() == 0 ? null : rest.toString();
        return byField;
    }

    /** {@code NAME} of a path {@code ….parameters.NAME…}, or null. */
    static String fieldOf(String path) {
        int i = path == null ? -1 : path.lastIndexOf(".parameters.");
        if (i < 0) {
            return null;
        }
        String rest = path.substring(i + ".parameters.".length());
        int end = 0;
        while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? null : rest.substring(0, end);
    }

    private String title() {
        int n = form == null ? 0 : overrides().size();
        return n == 0 ? TITLE : TITLE + ": " + n + " changed";
    }

    /**
     * Throws the first value the section refuses (naming the field), or a run check no field shows.
     */
    void check() throws FieldValueException {
        if (unusable != null) {
            throw new FieldValueException(unusable);
        }
        if (form == null) {
            return;
        }
        try {
            form.value();
        } catch (FieldValueException e) {
            throw new FieldValueException("Study parameter " + e.getMessage());
        }
        if (unplaced != null) {
            throw new FieldValueException("Study parameters: " + unplaced);
        }
    }

    /**
     * The values changed from the project's configuration, as a configuration's {@code parameters} hold them (empty
     * when nothing changed or a value is refused; {@link #check} says which).
     */
    Map<String, Object> overrides() {
        if (form == null) {
            return Map.of();
        }
        try {
            return changedValues(form.value());
        } catch (FieldValueException e) {
            return Map.of();
        }
    }

    private Map<String, Object> changedValues(Record values) {
        return study.parameters().changes(form.initial(), values);
    }

    /** The form shown (tests), or null. */
    ParameterForm form() {
        return form;
    }
}
