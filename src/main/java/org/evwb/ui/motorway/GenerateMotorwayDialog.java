package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;

/**
 * Study ▸ Generate motorway instance: the generator of paper 002 §4.2 as a form, one field per generator parameter
 * (prefilled with the paper's ranges) plus the seed. OK is refused, with the field named, while a value is out of range.
 * The caller runs the generator and opens the result as a new, unsaved project.
 */
public final class GenerateMotorwayDialog extends Dialog<GenerateMotorwayDialog.Request> {

    /** What to generate. */
    public record Request(MotorwayGenerator.Parameters parameters, long seed) { }

    private final EntityFields fields = new EntityFields();
    private final List<TextField> inputs = new ArrayList<>();
    private final TextField seed = new TextField("1");
    private final Label error = new Label();

    public GenerateMotorwayDialog(Window owner) {
        initOwner(owner);
        setTitle("Generate motorway instance");
        setHeaderText("A seeded motorway with EMVs (paper 002 §4.2). The generator guarantees a conflict-free\n"
                + "schedule at the lowest speed and confirms it with the checker.");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("generator-form");
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        seed.setId("gen-seed");
        grid.addRow(row++, new Label("Seed"), seed);
        MotorwayGenerator.Parameters d = MotorwayGenerator.Parameters.DEFAULT;
        for (EntityField f : fields.of(MotorwayGenerator.Parameters.class)) {
            TextField t = new TextField(f.display(d));
            t.setId("gen-" + f.name());
            t.setTooltip(new Tooltip(f.isNumeric() ? f.rangeText() : f.label()));
            GridPane.setHgrow(t, Priority.ALWAYS);
            grid.addRow(row++, new Label(f.label()), t);
            inputs.add(t);
        }
        error.getStyleClass().addAll("status-message", "status-error");
        error.setId("gen-error");
        error.setWrapText(true);
        getDialogPane().setContent(new VBox(8, grid, error));
        ButtonType ok = new ButtonType("Generate", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                read();
                error.setText("");
            } catch (FieldValueException ex) {
                error.setText(ex.getMessage());
                e.consume(); // keep the dialog open
            }
        });
        setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            try {
                return read();
            } catch (FieldValueException ex) {
                return null;
            }
        });
    }

    /** The request as the form stands (public for tests, which fill the fields and read without showing). */
    public Request read() throws FieldValueException {
        Record p = MotorwayGenerator.Parameters.DEFAULT;
        List<EntityField> list = fields.of(MotorwayGenerator.Parameters.class);
        for (int i = 0; i < list.size(); i++) {
            p = list.get(i).with(p, list.get(i).parse(inputs.get(i).getText()));
        }
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new FieldValueException("Seed: \"" + seed.getText() + "\" is not a whole number");
        }
        try {
            return new Request((MotorwayGenerator.Parameters) p, s);
        } catch (ClassCastException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field of one parameter (tests). */
    public Optional<TextField> field(String name) {
        return "seed".equals(name) ? Optional.of(seed)
                : inputs.stream().filter(t -> t.getId().equals("gen-" + name)).findFirst();
    }
}
