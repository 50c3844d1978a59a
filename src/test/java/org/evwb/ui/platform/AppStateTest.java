package org.evwb.ui.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
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

    // ---- the solution on show ----

    private static RunEntry running(long seed) {
        return new RunEntry(new RunRequest("demo", "greedy", new org.evwb.core.study.demo.DemoStudy
                .GreedyParameters(), seed, null), BackgroundTask.of("run", ctx -> null));
    }

    private static RunResult<Object, Object> result(RunEntry e, Object solution) {
        RunReport r = new RunReport("demo", "greedy", e.request().seed(), java.util.Map.of(), java.time.Instant.now(),
                solution == null ? RunStatus.FAILED : RunStatus.COMPLETED, 0, 0, null, java.util.Map.of(),
                List.of(), solution == null ? "failed" : null);
        return new RunResult<>(null, Project.empty("p"), "instance", solution, r, null);
    }

    @Test
    void aRunGoesOnShowWhenItFinishesWithASolutionWhileItIsTheActiveOne() {
        state.open(Project.empty("p"), null);
        RunEntry a = running(1);
        RunEntry b = running(2);
        state.addRun(a);
        assertEquals(null, state.getOnShow(), "nothing to show while it runs");
        a.finish(result(a, "schedule a"));
        assertEquals(a, state.getOnShow().run());
        assertEquals("Run: demo / greedy · seed 1", state.getOnShow().label());

        state.addRun(b); // b is active now; it failed: a stays on show
        b.finish(result(b, null));
        assertEquals(a, state.getOnShow().run(), "a run without a solution does not replace the one on show");

        // a study's own view picked by the user, then a click on a run's card
        state.show(OnShow.view("demo.view", "What-if"));
        assertTrue(state.getOnShow().isView("demo.view"));
        state.setActiveRun(a);
        assertEquals(a, state.getOnShow().run());
        state.show(OnShow.view("demo.view", "What-if"));
        state.show(OnShow.run(a));
        assertEquals(a, state.getActiveRun(), "showing a run makes it the active one");

        state.open(Project.empty("next"), null);
        assertEquals(null, state.getOnShow(), "nothing of one project is on show in the next");
    }

    @Test
    void aRunThatFinishesAfterAnotherWasMadeActiveStaysOffShow() {
        state.open(Project.empty("p"), null);
        RunEntry a = running(1);
        RunEntry b = running(2);
        state.addRun(a);
        state.addRun(b);
        b.finish(result(b, "schedule b"));
        a.finish(result(a, "schedule a"));
        assertEquals(b, state.getOnShow().run(), "a finished later, but b is the one the user is looking at");
        assertThrows(IllegalArgumentException.class, () -> state.show(OnShow.run(running(3))));
    }
}
