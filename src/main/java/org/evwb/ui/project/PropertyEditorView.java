package org.evwb.ui.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.ui.platform.AppState;

/**
 * The property editor of the first selected entity: a ControlsFX {@link PropertySheet} with one item per record
 * field, units in the names, ranges in the descriptions. Text is committed on Enter or when the field loses focus;
 * a refused value (out of range, NaN, not a number, or one the project validator refuses, such as a chainage beyond
 * the end of the motorway — see {@link EditValidation}) shows a message naming the field and why, and the field
 * reverts. The message goes with the next change of the project (a good edit, undo, redo) or of the selection. Every
 * accepted change is one {@link ReplaceEntities} edit through {@link AppState#perform}.
 */
public final class PropertyEditorView extends BorderPane {

    private final AppState state;
    private final EntityFields fields;
    private final PropertySheet sheet = new PropertySheet();
    private final Label heading = new Label("Nothing selected");
    private final Label message = new Label();
    private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
    private final EditValidation validation;
    private Entity shown;
    private List<FieldItem> items = List.of();

    public PropertyEditorView(AppState state, EntityFields fields) {
        this.state = state;
        this.fields = fields;
        this.validation = new EditValidation(fields);
        getStyleClass().add("property-editor");
        heading.getStyleClass().add("property-heading");
        message.getStyleClass().add("property-message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(this::editorFor);
        setTop(new VBox(4, heading, message));
        setCenter(sheet);
        state.getSelection().addListener((ListChangeListener<EntityRef>) c -> {
            showMessage("");
            refresh();
        });
        state.projectProperty().addListener((obs, was, now) -> {
            showMessage(""); // a refused edit's message is about the project as it was
            refresh();
        });
        refresh();
    }

    public PropertySheet sheet() {
        return sheet;
    }

    /** The message shown after a refused value ("" when none). */
    public String message() {
        return message.getText();
    }

    /** The label of an edit that sets one field, for the Edit menu: "Change SoC (kWh) of vehicle EV1". */
    static String editLabel(EntityField f, Entity e) {
        return "Change " + f.label() + " of " + e.kind().label().toLowerCase(Locale.ROOT) + " " + e.id();
    }

    private void refresh() {
        Project p = state.getProject();
        List<EntityRef> sel = state.getSelection();
        Entity e = p == null || sel.isEmpty() ? null : p.find(sel.get(0)).orElse(null);
        if (e == shown && e != null) {
            return;
        }
        shown = e;
        items.forEach(FieldItem::dispose);
        if (e == null) {
            heading.setText(p == null ? "No project open" : "Nothing selected");
            items = List.of();
            sheet.getItems().clear();
            return;
        }
        heading.setText(e.kind().label() + " " + e.id() + (sel.size() > 1 ? "  (+" + (sel.size() - 1)
                + " more selected)" : ""));
        List<FieldItem> next = new ArrayList<>();
        for (EntityField f : fields.of(e.getClass().asSubclass(Record.class))) {
            next.add(new FieldItem(f, e));
        }
        items = next;
        sheet.getItems().setAll(next);
    }

    private void showMessage(String text) {
        message.setText(text);
        boolean on = !text.isEmpty();
        message.setVisible(on);
        message.setManaged(on);
        message.getStyleClass().remove("property-error");
        if (on) {
            message.getStyleClass().add("property-error");
        }
    }

    /** Applies a value typed or chosen for a field of the entity an item was built for. */
    private void commit(FieldItem item, Object raw) {
        Entity before = item.entity;
        Project p = state.getProject();
        // Ignore late commits from editors of an entity that has changed since (undo, another view's edit).
        if (item.disposed || p == null || p.find(before.ref()).orElse(null) != before) {
            return;
        }
        EntityField f = item.field;
        try {
            Object value = raw instanceof String s && !f.type().isEnum() ? f.parse(s) : raw;
            f.check(value);
            if (Objects.equals(value, f.get((Record) before))) {
                return;
            }
            Entity after = (Entity) f.with((Record) before, value);
            ReplaceEntities edit = ReplaceEntities.of(editLabel(f, before), before, after);
            Optional<String> refused = validation.refusal(p, edit);
            if (refused.isPresent()) {
                showMessage(refused.get());
                item.revert();
                return;
            }
            showMessage("");
            state.perform(edit);
        } catch (FieldValueException ex) {
            showMessage(ex.getMessage());
            item.revert();
        }
    }

    private PropertyEditor<?> editorFor(PropertySheet.Item i) {
        FieldItem item = (FieldItem) i;
        if (item.field.type().isEnum() && item.field.editable()) {
            return defaults.call(i);
        }
        return new CommitTextEditor(item);
    }

    /** A sheet item for one field of one entity. */
    final class FieldItem implements PropertySheet.Item {
        final EntityField field;
        final Entity entity;
        boolean disposed;
        CommitTextEditor editor;

        FieldItem(EntityField field, Entity entity) {
            this.field = field;
            this.entity = entity;
        }

        void dispose() {
            disposed = true;
        }

        void revert() {
            if (editor != null) {
                editor.setValue(getValue());
            }
        }

        @Override
        public Class<?> getType() {
            return field.type().isEnum() && field.editable() ? field.type() : String.class;
        }

        @Override
        public String getCategory() {
            return entity.kind().label();
        }

        @Override
        public String getName() {
            return field.label();
        }

        @Override
        public String getDescription() {
            if (!field.editable()) {
                return field.label() + " (shown only; edit it in its own dialog or table)";
            }
            return field.isNumeric() ? field.label() + ": " + field.rangeText() : field.label();
        }

        @Override
        public Object getValue() {
            Object v = field.get((Record) entity);
            return field.type().isEnum() && field.editable() ? v : field.format(v);
        }

        @Override
        public void setValue(Object value) {
            if (!disposed && !Objects.equals(value, getValue())) {
                commit(this, value);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return field.editable();
        }
    }

    /** A text field that commits on Enter or focus loss (not on every keystroke, which would flood undo). */
    final class CommitTextEditor implements PropertyEditor<Object> {
        private final TextField text = new TextField();
        private final FieldItem item;

        CommitTextEditor(FieldItem item) {
            this.item = item;
            item.editor = this;
            text.getStyleClass().add("property-field");
            text.setId("prop-" + item.field.name().replace('.', '-'));
            text.setEditable(item.field.editable());
            if (!item.field.editable()) {
                text.getStyleClass().add("read-only");
            }
            text.setOnAction(e -> commitText());
            text.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitText();
                }
            });
            text.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    revertText();
                    e.consume();
                }
            });
        }

        private void commitText() {
            if (item.field.editable() && !item.disposed && !text.getText().equals(item.getValue())) {
                item.setValue(text.getText());
            }
        }

        private void revertText() {
            text.setText(String.valueOf(item.getValue()));
        }

        @Override
        public Node getEditor() {
            return text;
        }

        @Override
        public Object getValue() {
            return text.getText();
        }

        @Override
        public void setValue(Object value) {
            text.setText(value == null ? "" : value.toString());
        }
    }
}
