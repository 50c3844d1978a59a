package org.evwb.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.EntityFactory;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.RemoveEntities;
import org.evwb.core.project.edit.ReplaceEntities;
import org.junit.jupiter.api.Test;

/** AppState and its EditHistory, without a window. */
class AppStateTest {

    private final AppState state = new AppState();

    private PlacedEntity addVehicle() {
        PlacedEntity v = EntityFactory.create(state.getProject(), EntityKind.VEHICLE, new GeoPoint(19, 50));
        state.perform(AddEntities.of(v));
        return v;
    }

    @Test
    void dirtyReturnsToCleanWhenUndoReachesTheSavedState() {
        state.open(Project.empty("p"), null);
        assertFalse(state.isDirty());
        PlacedEntity v = addVehicle();
        assertTrue(state.isDirty());
        state.undo();
        assertFalse(state.isDirty(), "back at the loaded state");
        state.redo();
        state.markSaved(Path.of("p.evwb.json"));
        assertFalse(state.isDirty());
        state.perform(ReplaceEntities.of("move", v, v.withPosition(new GeoPoint(20, 51))));
        assertTrue(state.isDirty());
        state.undo();
        assertFalse(state.isDirty(), "undo reached the saved state");
        state.undo();
        assertTrue(state.isDirty(), "undo past the saved state is a change again");
        state.redo();
        assertFalse(state.isDirty());
    }

    @Test
    void aNewEditAfterUndoMakesTheSavedStateUnreachable() {
        state.open(Project.empty("p"), null);
        addVehicle();
        state.markSaved(Path.of("p.evwb.json"));
        state.undo();
        addVehicle();
        assertTrue(state.isDirty());
        assertFalse(state.canRedoProperty().get());
    }

    @Test
    void selectionIsPrunedWhenASelectedEntityIsRemoved() {
        state.open(Project.empty("p"), null);
        PlacedEntity a = addVehicle();
        PlacedEntity b = addVehicle();
        state.select(List.of(a.ref(), b.ref()));
        state.perform(RemoveEntities.of(state.getProject(), List.of(a.ref())));
        assertEquals(List.of(b.ref()), state.getSelection());
        state.undo();
        assertEquals(List.of(b.ref()), state.getSelection(), "undo does not reselect");
        state.perform(RemoveEntities.of(state.getProject(), List.of(b.ref())));
        assertTrue(state.getSelection().isEmpty());
    }

    @Test
    void undoAndRedoLabelsNameTheEdit() {
        state.open(Project.empty("p"), null);
        PlacedEntity v = addVehicle();
        assertEquals("Add vehicle " + v.id(), state.undoLabelProperty().get());
        state.undo();
        assertEquals("", state.undoLabelProperty().get());
        assertEquals("Add vehicle " + v.id(), state.redoLabelProperty().get());
    }
}
