package org.evwb.ui.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;
import org.evwb.ui.platform.RunRequest;

/**
 * The "Run solver…" form ({@code RunSolverDialog.fxml}): study, solver, the solver's parameters (one field per
 * component of its parameters record, prefilled with its defaults), seed and time limit. OK is refused, with the
 * reason shown, until every value is valid.
 */
public final class RunSolverDialog extends Dialog<RunRequest> {

    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    @FXML private ChoiceBox<StudyDefinition<?, ?>> studyChoice;
    @FXML private ChoiceBox<SolverSpec<?, ?>> solverChoice;
    @FXML private Label solverDescription;
    @FXML private TextField seedField;
    @FXML private TextField timeLimitField;
    @FXML private GridPane parameterGrid;
    @FXML private Label errorLabel;

    private final EntityFields fields;
    private final List<TextField> parameterFields = new ArrayList<>();
    private RunRequest result;
    private String formError;

    /**
     * The form over every registered study; {@code preferredStudy} (the open project's study, or null) is chosen
     * first.
     */
    public RunSolverDialog(Window owner, StudyRegistry studies, EntityFields fields, String preferredStudy) {
        this.fields = fields;
        FXMLLoader loader = new FXMLLoader(RunSolverDialog.class.getResource("RunSolverDialog.fxml"));
        loader.setController(this);
        Node content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load RunSolverDialog.fxml", e);
        }
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Run solver");
        setHeaderText("Run a solver on the open project");
        getDialogPane().getStyleClass().add("run-solver-dialog");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(RUN, ButtonType.CANCEL);
        setResizable(true);

        studyChoice.setConverter(converter(s -> s.title()));
        solverChoice.setConverter(converter(s -> s.id()));
        studyChoice.getItems().setAll(studies.studies());
        studyChoice.valueProperty().addListener((obs, was, now) -> showSolvers(now));
        solverChoice.valueProperty().addListener((obs, was, now) -> showParameters(now));
        studyChoice.getItems().stream().filter(d -> d.id().equals(preferredStudy)).findFirst()
                .ifPresentOrElse(studyChoice::setValue, () -> {
                    if (!studyChoice.getItems().isEmpty()) {
                        studyChoice.getSelectionModel().selectFirst();
                    }
                });
        Button run = (Button) getDialogPane().lookupButton(RUN);
        run.setDefaultButton(true);
        run.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result = read();
            } catch (FieldValueException ex) {
                errorLabel.setText(ex.getMessage());
                errorLabel.setVisible(true);
                errorLabel.setManaged(true);
                e.consume(); // keep the dialog open
            }
        });
        setResultConverter(b -> b == RUN ? result : null);
    }

    /** Preselects a study and solver (e.g. from a study view's Run button). */
    public void select(String studyId, String solverId) {
        studyChoice.getItems().stream().filter(s -> s.id().equals(studyId)).findFirst()
                .ifPresent(studyChoice::setValue);
        solverChoice.getItems().stream().filter(s -> s.id().equals(solverId)).findFirst()
                .ifPresent(solverChoice::setValue);
    }

    private void showSolvers(StudyDefinition<?, ?> study) {
        solverChoice.getItems().setAll(study == null ? List.of() : study.solvers());
        if (!solverChoice.getItems().isEmpty()) {
            solverChoice.getSelectionModel().selectFirst();
        }
    }

    private void showParameters(SolverSpec<?, ?> spec) {
        parameterGrid.getChildren().clear();
        parameterFields.clear();
        solverDescription.setText(spec == null ? "" : spec.description());
        formError = null;
        if (spec == null) {
            return;
        }
        try {
            buildForm(spec.defaults());
        } catch (RuntimeException e) {
            // a parameters record the form cannot handle: say so in the dialog instead of failing the whole window
            parameterGrid.getChildren().clear();
            parameterFields.clear();
            formError = "The parameters of " + spec.id() + " cannot be edited here: " + e.getMessage();
            errorLabel.setText(formError);
            errorLabel.setVisible(true);
            errorLabel.setManaged(true);
        }
    }

    private void buildForm(Record defaults) {
        errorLabel.setText("");
        errorLabel.setVisible(false);
        errorLabel.setManaged(false);
        int row = 0;
        for (EntityField f : fields.of(defaults.getClass())) {
            Label label = new Label(f.label());
            TextField text = new TextField(f.display(defaults));
            text.setId("param-" + f.name());
            text.setTooltip(new Tooltip(f.isNumeric() ? f.rangeText() : f.label()));
            GridPane.setHgrow(text, Priority.ALWAYS);
            parameterGrid.addRow(row++, label, text);
            parameterFields.add(text);
        }
        if (row == 0) {
            parameterGrid.addRow(0, new Label("This solver has no parameters."));
        }
    }

    private RunRequest read() throws FieldValueException {
        StudyDefinition<?, ?> study = studyChoice.getValue();
        SolverSpec<?, ?> spec = solverChoice.getValue();
        if (study == null || spec == null) {
            throw new FieldValueException("Choose a study and a solver.");
        }
        if (formError != null) {
            throw new FieldValueException(formError);
        }
        Record params = spec.defaults();
        List<EntityField> list = fields.of(params.getClass());
        for (int i = 0; i < list.size(); i++) {
            EntityField f = list.get(i);
            params = f.with(params, f.parse(parameterFields.get(i).getText()));
        }
        long seed;
        try {
            seed = Long.parseLong(seedField.getText().trim());
        } catch (NumberFormatException e) {
            throw new FieldValueException("Seed: \"" + seedField.getText() + "\" is not a whole number");
        }
        Duration limit = null;
        String t = timeLimitField.getText() == null ? "" : timeLimitField.getText().trim();
        if (!t.isEmpty()) {
            double s;
            try {
                s = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new FieldValueException("Time limit (s): \"" + t + "\" is not a number; leave it empty for "
                        + "no limit");
            }
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new FieldValueException("Time limit (s): must be a number greater than 0 s, or empty for none");
            }
            limit = Duration.ofNanos((long) (s * 1e9));
        }
        return new RunRequest(study.id(), spec.id(), params, seed, limit);
    }

    /** Shows the dialog and returns the request when the user pressed Run. */
    public Optional<RunRequest> ask() {
        return showAndWait();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
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
