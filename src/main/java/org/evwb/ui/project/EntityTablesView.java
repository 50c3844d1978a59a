package org.evwb.ui.project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.ui.platform.AppState;

/**
 * One table per entity kind in tabs. Links table selection and {@link AppState}'s selection both ways: a guard flag
 * stops the echo (table → state → table) from looping or from clearing the other tables' selections.
 */
public final class EntityTablesView extends TabPane {

    private final AppState state;
    private final Map<EntityKind, EntityTableView> tables = new EnumMap<>(EntityKind.class);
    private boolean syncing;

    public EntityTablesView(AppState state, EntityActions actions, EntityFields fields, Consumer<String> messages) {
        this.state = state;
        getStyleClass().add("entity-tables");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (EntityKind k : EntityKind.values()) {
            EntityTableView t = new EntityTableView(k, state, actions, fields, messages);
            tables.put(k, t);
            Tab tab = new Tab(k.label(), t);
            tab.setId("tab-" + k.jsonName());
            getTabs().add(tab);
            t.table().getSelectionModel().getSelectedItems().addListener(
                    (ListChangeListener<Object>) c -> tableSelectionChanged(t));
        }
        state.projectProperty().addListener((obs, was, now) -> {
            messages.accept(""); // a refused cell edit's message is about the project as it was
            refresh();
        });
        state.getSelection().addListener((ListChangeListener<EntityRef>) c -> stateSelectionChanged());
        refresh();
    }

    public EntityTableView table(EntityKind kind) {
        return tables.get(kind);
    }

    /** The kind of the table in front (for Select All). */
    public EntityKind currentKind() {
        int i = getSelectionModel().getSelectedIndex();
        return EntityKind.values()[Math.max(0, i)];
    }

    public void showKind(EntityKind kind) {
        getSelectionModel().select(kind.ordinal());
    }

    private void refresh() {
        syncing = true;
        try {
            tables.values().forEach(t -> t.show(state.getProject()));
            tables.values().forEach(t -> t.selectRows(state.getSelection()));
        } finally {
            syncing = false;
        }
    }

    private void tableSelectionChanged(EntityTableView t) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<EntityRef> refs = new ArrayList<>(t.selectedRefs());
            if (state.getProject() != null) {
                state.select(refs);
            }
            // The selection now lives in this table only; the others follow.
            tables.values().stream().filter(o -> o != t).forEach(o -> o.selectRows(refs));
        } finally {
            syncing = false;
        }
    }

    private void stateSelectionChanged() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<EntityRef> sel = state.getSelection();
            tables.values().forEach(t -> t.selectRows(sel));
            if (!sel.isEmpty() && sel.stream().noneMatch(r -> r.kind() == currentKind())) {
                showKind(sel.get(0).kind());
            }
        } finally {
            syncing = false;
        }
    }

    /** Gives every entity table the CSV export menu. */
    public void installExport(org.evwb.ui.chart.TableExport export) {
        tables.forEach((kind, view) -> export.install(view.table(), kind.jsonName()));
    }
}
