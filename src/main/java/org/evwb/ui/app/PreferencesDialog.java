package org.evwb.ui.app;

import java.io.IOException;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.ui.platform.CarbonPreferences;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;
import org.evwb.ui.runs.ParameterForm;

/**
 * Edit ▸ Preferences…: the compute-carbon constants (W per busy core, memory W, grid kg CO2/kWh) as a form built from
 * {@link ComputeCarbon.Settings} the way the Run solver form is, with each range and unit. OK is refused, naming the
 * field, while a value is out of range; saved, the constants are used by every run started afterwards and shown
 * with its figures.
 */
final class PreferencesDialog extends Dialog<ComputeCarbon.Settings> {

    private final ParameterForm form;
    private final Label error = new Label();

    PreferencesDialog(Window owner, CarbonPreferences carbon, EntityFields fields) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Preferences");
        setHeaderText("Compute-carbon estimate: energy = CPU-seconds × W per busy core + wall-seconds × memory W;\n"
                + "CO2 = energy × grid intensity. Used by every run started from now on; each run records the "
                + "constants it used.");
        getDialogPane().getStyleClass().add("preferences-dialog");
        form = new ParameterForm(fields, carbon.current());
        error.getStyleClass().addAll("status-message", "status-error");
        error.setId("preferences-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorProperty());
        Label problem = new Label(carbon.loadProblem() == null ? "" : carbon.loadProblem());
        problem.getStyleClass().addAll("status-message", "status-error");
        problem.setWrapText(true);
        problem.setManaged(carbon.loadProblem() != null);
        getDialogPane().setContent(new VBox(8, problem, form.node(), error));
        ButtonType ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("preferences-save");
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                ComputeCarbon.Settings s = (ComputeCarbon.Settings) form.value();
                carbon.set(s);
                setResult(s);
            } catch (FieldValueException | IllegalArgumentException ex) {
                e.consume(); // the form names the field; keep the dialog open
            } catch (IOException ex) {
                error.textProperty().unbind();
                error.setText("The preferences were not saved: " + ex.getMessage() + ". Check that "
                        + carbon.file().getParent() + " is writable.");
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? carbon.current() : null);
    }
}
