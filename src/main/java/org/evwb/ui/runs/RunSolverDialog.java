package org.evwb.ui.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.scene.control.TitledPane;
import org.evwb.core.project.Project;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;
import org.evwb.ui.platform.RunRequest;

/**
 * The "Run solver…" form ({@code RunSolverDialog.fxml}): study, solver, the solver's parameters ({@link ParameterForm}:
 * check boxes, choice boxes and checked-as-typed fields, prefilled with its defaults), seed, time limit and, collapsed,
 * the study's parameters for this run only ({@link StudyRunParameters}: the project's configuration, a changed value
 * overriding it for the run as {@code evwb solve --param} does). It opens
 * on the open project's study, grows to show every parameter and its buttons whenever the solver changes (the
 * parameters scroll only when the screen is too small), and Run stays disabled, with the reason shown, until every
 * value is valid.
 */
public final class RunSolverDialog extends Dialog<RunRequest> {

    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
    /** The parameters' least visible height on a screen too small for the whole form (about three rows). */
    private static final double MIN_VIEWPORT = 100;

    @FXML private ChoiceBox<StudyDefinition<?, ?>> studyChoice;
    @FXML private ChoiceBox<SolverSpec<?, ?>> solverChoice;
    @FXML private Label solverDescription;
    @FXML private TextField seedField;
    @FXML private TextField timeLimitField;
    @FXML private ScrollPane parameterScroll;
    @FXML private TitledPane studyPane;
    @FXML private Label studyHint;
    @FXML private ScrollPane studyScroll;
    @FXML private Label errorLabel;

    private final EntityFields fields;
    private final Button run;
    private final StudyRunParameters studyParameters;
    private ParameterForm form;
    private RunRequest result;
    private String formError;

    /**
     * The form over every registered study; {@code preferredStudy} (the open project's study, or null) is chosen
     * first.
     */
    public RunSolverDialog(Window owner, StudyRegistry studies, EntityFields fields, String preferredStudy) {
        this(owner, studies, fields, preferredStudy, null);
    }

    /**
     * The form over every registered study on {@code project} (null: an empty one), whose study configuration the
     * "Study parameters (this run)" section starts from; {@code preferredStudy} (or null) is chosen first.
     */
    public RunSolverDialog(Window owner, StudyRegistry studies, EntityFields fields, String preferredStudy,
                           Project project) {
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
        getDialogPane().getProperties().put(RunSolverDialog.class, this);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(RUN, ButtonType.CANCEL);
        setResizable(true);
        run = (Button) getDialogPane().lookupButton(RUN);
        run.setDefaultButton(true);
        studyParameters = new StudyRunParameters(fields, project == null ? Project.empty("Untitled") : project,
                studyPane, studyHint, studyScroll, this::validate);
        studyPane.expandedProperty().addListener((o, a, b) -> fit());

        studyChoice.setConverter(converter(s -> s.title()));
        solverChoice.setConverter(converter(s -> s.id()));
        studyChoice.getItems().setAll(studies.studies());
        studyChoice.valueProperty().addListener((obs, was, now) -> {
            studyParameters.show(now);
            showSolvers(now);
        });
        solverChoice.valueProperty().addListener((obs, was, now) -> showParameters(now));
        seedField.textProperty().addListener((o, a, b) -> validate());
        timeLimitField.textProperty().addListener((o, a, b) -> validate());
        studyChoice.getItems().stream().filter(d -> d.id().equals(preferredStudy)).findFirst()
                .ifPresentOrElse(studyChoice::setValue, () -> {
                    if (!studyChoice.getItems().isEmpty()) {
                        studyChoice.getSelectionModel().selectFirst();
                    }
                });
        run.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result = read();
            } catch (FieldValueException ex) {
                showError(ex.getMessage());
                e.consume(); // keep the dialog open
            }
        });
        setResultConverter(b -> b == RUN ? result : null);
        setOnShown(e -> fit());
        validate();
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
        form = null;
        formError = null;
        parameterScroll.setContent(null);
        solverDescription.setText(spec == null ? "" : spec.description());
        if (spec != null) {
            try {
                form = new ParameterForm(fields, spec.defaults());
                form.errorProperty().addListener((o, a, b) -> validate());
                parameterScroll.setContent(form.node());
            } catch (RuntimeException e) {
                // a parameters record the form cannot handle: say so in the dialog instead of failing the window
                formError = "The parameters of " + spec.id() + " cannot be edited here: " + e.getMessage();
            }
        }
        validate();
        fit();
    }

    /** Shows the first problem of the form (or none) and enables Run only when there is none. */
    private void validate() {
        String problem;
        try {
            read();
            problem = null;
        } catch (FieldValueException e) {
            problem = e.getMessage();
        }
        run.setDisable(problem != null);
        boolean shown = errorLabel.isVisible();
        showError(problem);
        if (shown != (problem != null)) {
            fit(); // the message line came or went
        }
    }

    private void showError(String message) {
        errorLabel.setText(message == null ? "" : message);
        errorLabel.setVisible(message != null);
        errorLabel.setManaged(message != null);
    }

    /**
     * Sizes the open dialog to its content — every parameter and the buttons — but never beyond the screen it is on:
     * there the parameters scroll instead.
     */
    private void fit() {
        Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return; // the first show sizes the window to its content, then calls this again
        }
        size(w);
        // new controls get their final sizes from CSS in the next pulse: size again then
        javafx.application.Platform.runLater(() -> {
            if (w.isShowing()) {
                size(w);
            }
        });
    }

    private void size(Window w) {
        DialogPane pane = getDialogPane();
        List<Screen> screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        double decorations = Math.max(0, w.getHeight() - pane.getScene().getHeight()); // title bar and border
        double room = screen.getHeight() - decorations;
        pane.applyCss();
        pane.layout();
        Node params = parameterScroll.getContent();
        double wanted = params == null ? 0 : params.prefHeight(-1);
        // the scroll pane asks for all of its content, less what the screen cannot show
        parameterScroll.setPrefViewportHeight(wanted);
        double over = pane.prefHeight(-1) - room;
        if (over > 0) {
            parameterScroll.setPrefViewportHeight(Math.max(MIN_VIEWPORT, wanted - over));
        }
        w.sizeToScene();
        pane.layout();
        // the preferred height can fall a few pixels short of what the layout leaves the parameters (text wrapped at
        // another width): give them those pixels too while the screen has room
        double missing = wanted - parameterScroll.getViewportBounds().getHeight();
        if (over <= 0 && missing > 0.5) {
            parameterScroll.setPrefViewportHeight(wanted + Math.min(missing, -over));
            w.sizeToScene();
        }
        if (w.getY() + w.getHeight() > screen.getMaxY() || w.getY() < screen.getMinY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
        if (w.getX() + w.getWidth() > screen.getMaxX() || w.getX() < screen.getMinX()) {
            w.setX(Math.max(screen.getMinX(), screen.getMaxX() - w.getWidth()));
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
        Record params = form.value();
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
        studyParameters.check();
        return new RunRequest(study.id(), spec.id(), params, seed, limit, studyParameters.overrides());
    }

    /**
     * What Run would start now: the request the form's fields make, or empty while the form shows a problem (Run is
     * then disabled and the message says what to fix).
     */
    public Optional<RunRequest> request() {
        try {
            return Optional.of(read());
        } catch (FieldValueException e) {
            return Optional.empty();
        }
    }

    /** The dialog that {@code pane} (a showing dialog's pane, found by its style class) belongs to, if it is one. */
    public static Optional<RunSolverDialog> of(DialogPane pane) {
        return pane.getProperties().get(RunSolverDialog.class) instanceof RunSolverDialog d ? Optional.of(d)
                : Optional.empty();
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
