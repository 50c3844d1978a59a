package org.evwb.ui.project;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.evwb.core.Figures;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.ui.platform.AppState;

/**
 * The table of one entity kind: a column per field (units in the headers), in-cell editing of simple fields (each
 * commit one {@link ReplaceEntities} edit, refused as the property editor refuses it: by field range and by the
 * project validator, see {@link EditValidation}), and Add/Delete buttons. Selection is linked to {@link AppState} by
 * {@link EntityTablesView}, which owns the feedback guard.
 */
public final class EntityTableView extends BorderPane {

    private final EntityKind kind;
    private final AppState state;
    private final Consumer<String> messages;
    private final ObservableList<Entity> rows = FXCollections.observableArrayList();
    private final TableView<Entity> table = new TableView<>();
    private final EditValidation validation;

    public EntityTableView(EntityKind kind, AppState state, EntityActions actions, EntityFields fields,
                           Consumer<String> messages) {
        this.kind = kind;
        this.state = state;
        this.messages = messages;
        this.validation = new EditValidation(fields);
        getStyleClass().add("entity-table-view");
        table.getStyleClass().add("entity-table");
        table.setId("table-" + kind.jsonName());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No " + kind.label().toLowerCase(Locale.ROOT) + " yet — press Add."));
        SortedList<Entity> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        for (EntityField f : fields.of(kind.type().asSubclass(Record.class))) {
            table.getColumns().add(column(f));
        }
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                actions.deleteSelection();
                e.consume();
            }
        });

        Button add = new Button("Add");
        add.getStyleClass().add("table-add");
        add.setTooltip(new Tooltip("Add a " + kind.label().toLowerCase(Locale.ROOT) + " with default values"));
        add.setOnAction(e -> actions.add(kind));
        add.disableProperty().bind(state.projectProperty().isNull());
        Button delete = new Button("Delete");
        delete.getStyleClass().add("table-delete");
        delete.setTooltip(new Tooltip("Delete the selected rows (Delete)"));
        delete.setOnAction(e -> actions.deleteSelection());
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel()
                .getSelectedItems()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("table-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Figures.count(rows.size(),
                "row"), rows));
        HBox bar = new HBox(6, add, delete, spacer, count);
        bar.getStyleClass().add("table-toolbar");
        setTop(bar);
        setCenter(table);
    }

    public EntityKind kind() {
        return kind;
    }

    public TableView<Entity> table() {
        return table;
    }

    /** Shows the project's entities of this kind (file order unless the user sorted). */
    void show(Project p) {
        List<? extends Entity> list = p == null ? List.of() : p.entities(kind);
        if (!list.equals(rows)) {
            rows.setAll(list);
        }
    }

    /** The refs of the selected rows. */
    List<EntityRef> selectedRefs() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(Entity::ref)
                .toList();
    }

    /** Selects exactly the rows whose refs are in {@code refs}. */
    void selectRows(List<EntityRef> refs) {
        var sm = table.getSelectionModel();
        // a set, so selecting thousands of rows among thousands stays linear
        java.util.Set<EntityRef> refSet = new java.util.HashSet<>(refs);
        List<Integer> wanted = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (refSet.contains(table.getItems().get(i).ref())) {
                wanted.add(i);
            }
        }
        List<Integer> current = List.copyOf(sm.getSelectedIndices());
        if (current.equals(wanted)) {
            return;
        }
        sm.clearSelection();
        if (!wanted.isEmpty()) {
            int[] rest = wanted.subList(1, wanted.size()).stream().mapToInt(Integer::intValue).toArray();
            sm.selectIndices(wanted.get(0), rest);
            table.scrollTo(wanted.get(0));
        }
    }

    private TableColumn<Entity, String> column(EntityField f) {
        TableColumn<Entity, String> c = new TableColumn<>(f.label());
        c.setId("col-" + f.name());
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.display((Record) cd.getValue())));
        if (f.isNumeric()) {
            c.getStyleClass().add("numeric-column");
        }
        if (!f.editable()) {
            c.setEditable(false);
            c.getStyleClass().add("read-only-column");
            return c;
        }
        if (f.type().isEnum()) {
            String[] choices = java.util.Arrays.stream(f.type().getEnumConstants())
                    .map(k -> ((Enum<?>) k).name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            c.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        } else {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
        }
        c.setOnEditCommit(ev -> commit(f, ev.getRowValue(), ev.getNewValue()));
        return c;
    }

    private void commit(EntityField f, Entity before, String text) {
        try {
            Object value = f.parse(text);
            if (Objects.equals(value, f.get((Record) before))) {
                return;
            }
            Entity after = (Entity) f.with((Record) before, value);
            ReplaceEntities edit = ReplaceEntities.of(PropertyEditorView.editLabel(f, before), before, after);
            Optional<String> refused = validation.refusal(state.getProject(), edit);
            if (refused.isPresent()) {
                messages.accept(refused.get());
                table.refresh();
                return;
            }
            state.perform(edit);
            messages.accept("");
        } catch (FieldValueException e) {
            messages.accept(e.getMessage());
            table.refresh(); // the cell shows the old value again
        }
    }
}
