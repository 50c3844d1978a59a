package org.evwb.ui.qubo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.SolverSpec;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;

/**
 * Choose a sampler and edit its parameters record (one field per record component, as the Run solver dialog builds
 * it, with the same range messages), the seed and a time limit; Run, Cancel and the QAOA p-sweep; progress and the
 * live chart of the running job.
 */
public final class SamplerPanel extends VBox {

    /** Where the workbench's defaults differ from the samplers' own: the lecture wants the anneal trace. */
    private static final Map<String, Map<String, Object>> UI_DEFAULTS = Map.of(
            "anneal", Map.of("traceRead", true),
            "cpsat", Map.of("timeLimitSeconds", 10.0));

    /** What the panel asks its owner to do. */
    public interface Actions {
        void run(List<SamplerRequest> requests, boolean qaoaSweep);

        void cancel();
    }

    private final Samplers samplers;
    private final EntityFields fields;
    private final ChoiceBox<SolverSpec<Qubo, SampleSet>> choice = new ChoiceBox<>();
    private final Label description = new Label();
    private final GridPane grid = new GridPane();
    private final List<Control> inputs = new ArrayList<>();
    private final TextField seed = new TextField("1");
    private final TextField timeLimit = new TextField();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final Button sweep = new Button("QAOA p-sweep");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label formError = new Label();
    private final StackPane live = new StackPane();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty hasQubo = new SimpleBooleanProperty();

    public SamplerPanel(Samplers samplers, EntityFields fields, Actions actions) {
        this.samplers = samplers;
        this.fields = fields;
        getStyleClass().add("qubo-sampler-panel");
        setId("qubo-sampler-panel");
        choice.setId("qubo-sampler");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SolverSpec<Qubo, SampleSet> s) {
                return s == null ? "" : s.id();
            }

            @Override
            public SolverSpec<Qubo, SampleSet> fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        choice.getItems().setAll(samplers.all());
        choice.valueProperty().addListener((o, a, b) -> showParameters(b));
        description.getStyleClass().add("qubo-sampler-description");
        description.setWrapText(true);
        grid.getStyleClass().add("qubo-parameters");
        grid.setId("qubo-parameters");
        seed.setId("qubo-seed");
        seed.setPrefColumnCount(6);
        timeLimit.setId("qubo-time-limit");
        timeLimit.setPromptText("none");
        timeLimit.setPrefColumnCount(6);
        run.setId("qubo-run");
        run.setDefaultButton(false);
        cancel.setId("qubo-cancel");
        sweep.setId("qubo-qaoa-sweep");
        sweep.setTooltip(new Tooltip("Run QAOA with p = 1, 2, 3, 4, 5 as one job and compare the probability per "
                + "energy level (paper 002, Fig. 13)"));
        progress.setId("qubo-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("qubo-status");
        status.getStyleClass().add("qubo-status");
        formError.setId("qubo-form-error");
        formError.getStyleClass().add("qubo-form-error");
        formError.setWrapText(true);
        formError.managedProperty().bind(formError.visibleProperty());
        formError.setVisible(false);
        live.setId("qubo-live");
        live.getStyleClass().add("qubo-live");
        live.setMinHeight(150);
        VBox.setVgrow(live, Priority.ALWAYS);

        run.disableProperty().bind(running.or(hasQubo.not()));
        sweep.disableProperty().bind(running.or(hasQubo.not()));
        cancel.disableProperty().bind(running.not());
        run.setOnAction(e -> submit(actions, false));
        sweep.setOnAction(e -> submit(actions, true));
        cancel.setOnAction(e -> actions.cancel());

        HBox samplerRow = new HBox(6, new Label("Sampler"), choice);
        samplerRow.getStyleClass().add("qubo-row");
        GridPane common = new GridPane();
        common.getStyleClass().add("qubo-parameters");
        common.addRow(0, new Label("Seed"), seed, new Label("Time limit (s)"), timeLimit);
        HBox buttons = new HBox(6, run, cancel, sweep);
        buttons.getStyleClass().add("qubo-row");
        HBox progressRow = new HBox(6, progress, status);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressRow.getStyleClass().add("qubo-row");
        getChildren().addAll(samplerRow, description, grid, common, formError, buttons, progressRow, live);
        choice.getSelectionModel().selectFirst();
    }

    /** Selects a sampler by id (its parameter form shows the workbench defaults). */
    public void select(String samplerId) {
        choice.getItems().stream().filter(s -> s.id().equals(samplerId)).findFirst().ifPresent(choice::setValue);
    }

    /** Sets the text of a parameter field (a boolean takes "true"/"false"); for tests and presets. */
    public void setParameter(String name, String text) {
        Node n = lookup("#qubo-param-" + name);
        if (n instanceof TextField t) {
            t.setText(text);
        } else if (n instanceof CheckBox c) {
            c.setSelected(Boolean.parseBoolean(text));
        } else {
            throw new IllegalArgumentException("no parameter '" + name + "' for " + choice.getValue().id());
        }
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty hasQuboProperty() {
        return hasQubo;
    }

    public ProgressBar progressBar() {
        return progress;
    }

    public Label statusLabel() {
        return status;
    }

    /** Shows the live chart of the job that just started. */
    public void showLiveChart(Node chart) {
        live.getChildren().setAll(chart);
    }

    /** Shows why a run cannot start or failed ("" hides it). */
    public void showError(String message) {
        formError.setText(message);
        formError.setVisible(!message.isEmpty());
    }

    public String errorText() {
        return formError.isVisible() ? formError.getText() : "";
    }

    private void submit(Actions actions, boolean qaoaSweep) {
        try {
            List<SamplerRequest> requests = qaoaSweep ? readSweep() : List.of(read());
            showError("");
            actions.run(requests, qaoaSweep);
        } catch (FieldValueException e) {
            showError(e.getMessage());
        }
    }

    private void showParameters(SolverSpec<Qubo, SampleSet> spec) {
        grid.getChildren().clear();
        inputs.clear();
        description.setText(spec == null ? "" : spec.description());
        if (spec == null) {
            return;
        }
        Record defaults = uiDefaults(spec);
        int row = 0;
        for (EntityField f : fields.of(defaults.getClass())) {
            Control input;
            if (f.type() == boolean.class || f.type() == Boolean.class) {
                CheckBox c = new CheckBox();
                c.setSelected(Boolean.TRUE.equals(f.get(defaults)));
                input = c;
            } else {
                TextField t = new TextField(f.display(defaults));
                t.setPrefColumnCount(8);
                t.setTooltip(new Tooltip(f.isNumeric() ? f.rangeText() : f.label()));
                input = t;
            }
            input.setId("qubo-param-" + f.name());
            GridPane.setHgrow(input, Priority.ALWAYS);
            Label name = new Label(f.label());
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, (row % 2) * 2, row / 2);
            grid.add(input, (row % 2) * 2 + 1, row / 2);
            inputs.add(input);
            row++;
        }
        if (row == 0) {
            grid.add(new Label("This sampler has no parameters."), 0, 0);
        }
    }

    private static Record uiDefaults(SolverSpec<Qubo, SampleSet> spec) {
        Map<String, Object> o = UI_DEFAULTS.get(spec.id());
        return o == null ? spec.defaults() : spec.withOverrides(o);
    }

    /** The request the form describes; refuses bad values with a message naming the field and its range. */
    public SamplerRequest read() throws FieldValueException {
        SolverSpec<Qubo, SampleSet> spec = choice.getValue();
        if (spec == null) {
            throw new FieldValueException("Choose a sampler.");
        }
        Record params = spec.defaults();
        List<EntityField> list = fields.of(params.getClass());
        for (int i = 0; i < list.size(); i++) {
            EntityField f = list.get(i);
            Object value = inputs.get(i) instanceof CheckBox c ? (Object) c.isSelected()
                    : f.parse(((TextField) inputs.get(i)).getText());
            params = f.with(params, value);
        }
        return new SamplerRequest(spec.id(), params, readSeed(), readTimeLimit());
    }

    /**
     * Five QAOA requests, p = 1…5, with the QAOA form's values when QAOA is selected (else its defaults), the same
     * seed and time limit per run.
     */
    public List<SamplerRequest> readSweep() throws FieldValueException {
        QaoaSimulator.Parameters base = QaoaSimulator.Parameters.DEFAULT;
        if (choice.getValue() != null && choice.getValue().id().equals(QaoaSampler.ID)) {
            base = (QaoaSimulator.Parameters) read().parameters();
        }
        long s = readSeed();
        Duration limit = readTimeLimit();
        List<SamplerRequest> out = new ArrayList<>();
        for (int p = 1; p <= QaoaSimulator.MAX_LAYERS; p++) {
            out.add(new SamplerRequest(QaoaSampler.ID, new QaoaSimulator.Parameters(p, base.shots(),
                    base.maxEvaluations(), base.maxQubits()), s, limit));
        }
        return out;
    }

    private long readSeed() throws FieldValueException {
        try {
            return Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new FieldValueException("Seed: \"" + seed.getText() + "\" is not a whole number");
        }
    }

    private Duration readTimeLimit() throws FieldValueException {
        String t = timeLimit.getText() == null ? "" : timeLimit.getText().trim();
        if (t.isEmpty()) {
            return null;
        }
        double s;
        try {
            s = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new FieldValueException("Time limit (s): \"" + t + "\" is not a number; leave it empty for no "
                    + "limit");
        }
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new FieldValueException("Time limit (s): must be a number greater than 0 s, or empty for none");
        }
        return Duration.ofNanos((long) (s * 1e9));
    }

    /** The parameter form's samplers (the registry's). */
    public Samplers samplers() {
        return samplers;
    }
}
