package org.evwb.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
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
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;

/**
 * Study ▸ Generate …: one study generator as a form — the seed, then one field per component of the generator's
 * parameters record, prefilled with its defaults (the way the Run solver form is built from a solver's record). OK
 * is refused, with the field named, while a value is not valid. The caller generates and opens the project.
 */
final class GenerateDialog extends Dialog<GenerateDialog.Request> {

    /** What to generate. */
    record Request(GeneratorSpec generator, Record parameters, long seed) { }

    private final GeneratorSpec generator;
    private final EntityFields fields;
    private final List<TextField> inputs = new ArrayList<>();
    private final TextField seed = new TextField("1");
    private final Label error = new Label();

    GenerateDialog(Window owner, String studyTitle, GeneratorSpec generator, EntityFields fields) {
        this.generator = generator;
        this.fields = fields;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Generate " + studyTitle);
        setHeaderText(generator.description());
        getDialogPane().getStyleClass().add("generate-dialog");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("generator-form");
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        seed.setId("gen-seed");
        grid.addRow(row++, new Label("Seed"), seed);
        Record d = generator.defaults();
        for (EntityField f : fields.of(d.getClass())) {
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
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
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

    /** The request as the form stands (tests fill the fields and read without showing the dialog). */
    Request read() throws FieldValueException {
        Record p = generator.defaults();
        List<EntityField> list = fields.of(p.getClass());
        for (int i = 0; i < list.size(); i++) {
            p = list.get(i).with(p, list.get(i).parse(inputs.get(i).getText()));
        }
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new FieldValueException("Seed: \"" + seed.getText() + "\" is not a whole number");
        }
        return new Request(generator, p, s);
    }

    /** The field of one parameter, or "seed" (tests). */
    Optional<TextField> field(String name) {
        return "seed".equals(name) ? Optional.of(seed)
                : inputs.stream().filter(t -> t.getId().equals("gen-" + name)).findFirst();
    }
}
