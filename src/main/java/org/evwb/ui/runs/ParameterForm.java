package org.evwb.ui.runs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;

/**
 * The form of one parameters record, one row per component ({@link EntityFields}): a check box for a boolean, a
 * choice box for an enum, a text field for a number or text with its range and unit beside it. Every value is
 * checked as it is typed — the field's range, then the record's own constructor checks — and a refused field is
 * marked ({@value #INVALID}); {@link #errorProperty()} holds the first problem, naming the field.
 */
public final class ParameterForm {

    /** Style class of a field whose value is refused. */
    public static final String INVALID = "field-invalid";
    /** Style class of the label beside a field saying why a whole-record check refuses its value. */
    public static final String PROBLEM = "field-problem";

    private final Record defaults;
    private final List<EntityField> fields;
    private final List<Control> controls = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final List<Label> notes = new ArrayList<>();
    /** Beside each field: why a whole-record check ({@link #checkWith}) refuses its value, or nothing. */
    private final List<Label> problems = new ArrayList<>();
    private java.util.function.Function<Record, java.util.Map<String, String>> check = r -> java.util.Map.of();
    private java.util.function.BiFunction<String, Object, String> noteOf;

    /** A form prefilled with {@code defaults}; each control has the id {@code param-NAME}. */
    public ParameterForm(EntityFields entityFields, Record defaults) {
        this(entityFields, defaults, "param-", "This solver has no parameters.");
    }

    /**
     * A form prefilled with {@code values}; each control has the id {@code idPrefix + NAME} (two forms in one
     * dialog keep their ids apart), {@code emptyText} is shown for a record without components.
     */
    public ParameterForm(EntityFields entityFields, Record values, String idPrefix, String emptyText) {
        this.defaults = values;
        this.fields = entityFields.of(defaults.getClass());
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        for (EntityField f : fields) {
            Control c = control(f);
            c.setId(idPrefix + f.name());
            c.setDisable(!f.editable());
            GridPane.setHgrow(c, Priority.ALWAYS);
            Label hint = new Label(hint(f));
            hint.getStyleClass().add("hint");
            grid.addRow(row, new Label(f.label()), c, hint);
            Label problem = new Label();
            problem.setId(idPrefix + "problem-" + f.name());
            problem.getStyleClass().add(PROBLEM);
            problem.setWrapText(true);
            problem.setMaxWidth(360);
            problem.setManaged(false);
            problem.setVisible(false);
            grid.add(problem, 4, row++);
            problems.add(problem);
            controls.add(c);
        }
        if (row == 0) {
            grid.addRow(0, new Label(emptyText));
        }
        validate();
    }

    private Control control(EntityField f) {
        Object value = f.get(defaults);
        if (f.type() == boolean.class || f.type() == Boolean.class) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.TRUE.equals(value));
            box.selectedProperty().addListener((o, a, b) -> validate());
            return box;
        }
        if (f.type().isEnum()) {
            ChoiceBox<Object> choice = new ChoiceBox<>();
            choice.getItems().setAll(f.type().getEnumConstants());
            choice.setValue(value);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Object v) {
                    return f.format(v);
                }

                @Override
                public Object fromString(String s) {
                    throw new UnsupportedOperationException();
                }
            });
            choice.valueProperty().addListener((o, a, b) -> validate());
            return choice;
        }
        TextField text = new TextField(f.display(defaults));
        text.setTooltip(new Tooltip(f.isNumeric() ? f.label() + ": " + f.rangeText() : f.label()));
        text.textProperty().addListener((o, a, b) -> validate());
        return text;
    }

    /** What a number may be, e.g. "a whole number between 1 and 100" or "a number greater than 0 s". */
    private static String hint(EntityField f) {
        return f.isNumeric() ? f.rangeText() : "";
    }

    public Node node() {
        return grid;
    }

    /** The first refused value with its reason, naming the field; "" while every value is accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The parameters as shown. */
    public Record value() throws FieldValueException {
        return read();
    }

    /**
     * Shows, beside each field, what {@code noteOf(name, value)} says about its current value (null or blank: nothing),
     * kept up to date as the value changes; each note label has the id {@code note-NAME}.
     */
    public void showNotes(java.util.function.BiFunction<String, Object, String> noteOf) {
        this.noteOf = noteOf;
        for (int i = 0; i < fields.size(); i++) {
            Label note = new Label();
            note.setId("note-" + fields.get(i).name());
            note.getStyleClass().add("parameter-note");
            note.setWrapText(true);
            note.setMaxWidth(360);
            grid.add(note, 3, i);
            notes.add(note);
        }
        updateNotes();
    }

    /**
     * Checks the whole record after every field is accepted: {@code check} returns, by field name, why a value cannot
     * be used (a file that does not exist, a program that is not installed); each is shown beside its field, the
     * field is marked and the first becomes {@link #errorProperty()}. Cheap checks only: it runs as values are typed.
     */
    public void checkWith(java.util.function.Function<Record, java.util.Map<String, String>> check) {
        this.check = java.util.Objects.requireNonNull(check);
        validate();
    }

    /** The values the form was made with. */
    public Record initial() {
        return defaults;
    }

    private void updateNotes() {
        if (noteOf == null) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            Object v;
            try {
                v = valueOf(fields.get(i), controls.get(i));
            } catch (FieldValueException e) {
                v = null;
            }
            String text = noteOf.apply(fields.get(i).name(), v);
            notes.get(i).setText(text == null ? "" : text);
            notes.get(i).setManaged(text != null && !text.isBlank());
        }
    }

    private void validate() {
        updateNotes();
        try {
            read();
            error.set("");
        } catch (FieldValueException e) {
            error.set(e.getMessage());
        }
    }

    /**
     * Reads every field onto the defaults, marking the refused ones; a refused field keeps its default so the fields
     * after it are still checked. Throws the first refusal.
     */
    private Record read() throws FieldValueException {
        Record r = defaults;
        FieldValueException first = null;
        for (int i = 0; i < fields.size(); i++) {
            EntityField f = fields.get(i);
            Control c = controls.get(i);
            if (!f.editable()) {
                continue;
            }
            try {
                r = f.with(r, valueOf(f, c));
                c.getStyleClass().remove(INVALID);
            } catch (FieldValueException e) {
                if (!c.getStyleClass().contains(INVALID)) {
                    c.getStyleClass().add(INVALID);
                }
                first = first == null ? e : first;
            }
        }
        for (Label l : problems) {
            l.setText("");
            l.setManaged(false);
            l.setVisible(false);
        }
        if (first != null) {
            throw first;
        }
        java.util.Map<String, String> refused = check.apply(r);
        for (int i = 0; i < fields.size(); i++) {
            String why = refused.get(fields.get(i).name());
            if (why == null) {
                continue;
            }
            Control c = controls.get(i);
            if (!c.getStyleClass().contains(INVALID)) {
                c.getStyleClass().add(INVALID);
            }
            problems.get(i).setText(why);
            problems.get(i).setManaged(true);
            problems.get(i).setVisible(true);
            first = first == null ? new FieldValueException(fields.get(i).label() + ": " + why) : first;
        }
        if (first != null) {
            throw first;
        }
        return r;
    }

    private static Object valueOf(EntityField f, Control c) throws FieldValueException {
        if (c instanceof CheckBox box) {
            return box.isSelected();
        }
        if (c instanceof ChoiceBox<?> choice) {
            Object v = choice.getValue();
            f.check(v);
            return v;
        }
        String text = ((TextField) c).getText();
        if (f.type() == String.class && f.nullable() && (text == null || text.isBlank())) {
            return null; // an optional text left empty is no value, as the CLI and a result file have it
        }
        return f.parse(text);
    }
}
