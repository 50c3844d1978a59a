package org.evwb.ui.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.core.study.v2g.V2gStudy;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The v2g views in the real window on the shipped sample: a run's fleet SoC band and EV table linked to the one
 * selection both ways, the market energy per slot recomputed from the schedule, the classifier with the shipped
 * model and the learned vs adp action per slot, and a table exported as CSV.
 */
@ExtendWith(ApplicationExtension.class)
class V2gViewsFxTest {

    /** Export questions answered from a queue (no native dialogs). */
    static final class Exports implements ExportDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<Exception> failures = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String d) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Double> choosePngScale(Window owner, int widthPx, int heightPx) {
            return Optional.of(1.0);
        }

        @Override
        public void exportFailed(Window owner, Path file, Exception cause) {
            failures.add(cause);
        }
    }

    @TempDir
    Path dir;
    private final Exports exports = new Exports();
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(dir.resolve("home")).withExportDialogs(exports);
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private V2gViews views() {
        return wb.window.studyViews(V2gStudy.ID, V2gViews.class).orElseThrow(() ->
                new AssertionError("the v2g views are not open"));
    }

    private RunEntry runOnTheSample(FxRobot robot, String solver, Record params) throws Exception {
        var project = new ProjectIO().load(Path.of("sample-projects/v2g-fleet.evwb.json"));
        robot.interact(() -> wb.window.state().open(project, null));
        RunEntry[] run = new RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest(V2gStudy.ID, solver, params, 1, null)));
        assertNotNull(run[0].report(), "the calling-thread executor finished it");
        WaitForAsyncUtils.waitForFxEvents();
        return run[0];
    }

    @Test
    void theFleetBandAndTableFollowTheRunAndTheSelectionBothWays(FxRobot robot) throws Exception {
        RunEntry run = runOnTheSample(robot, "greedy", new V2gStudy.NoParameters());
        V2gViews v = views();
        assertEquals(run, v.shown());
        V2gInstance in = run.result().instanceAs(V2gInstance.class).orElseThrow();
        V2gSchedule s = run.result().solutionAs(V2gSchedule.class).orElseThrow();
        V2gFleetView fleet = v.fleet();
        assertEquals(in.evCount(), fleet.table().getItems().size());
        assertEquals(Math.min(in.evCount(), V2gFleetView.MAX_TRAJECTORIES), fleet.trajectories());
        V2gFleetView.EvRow third = fleet.table().getItems().get(2);
        assertEquals(s.socKWh(in, 2)[in.slotCount() - 1], third.finalKWh(), 1e-9);
        assertTrue(fleet.title().getText().contains("feasible (checked)"), fleet.title().getText());

        // a row selects the vehicle everywhere and highlights its trajectory
        robot.interact(() -> fleet.table().getSelectionModel().select(third));
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, third.ev())), List.copyOf(wb.window.state()
                .getSelection()));
        assertEquals(2, fleet.highlighted());
        // the vehicle selected elsewhere (map, entity table) selects its row
        String fifth = in.evs().get(4).id();
        robot.interact(() -> wb.window.state().select(new EntityRef(EntityKind.VEHICLE, fifth)));
        assertEquals(fifth, fleet.table().getSelectionModel().getSelectedItem().ev());
        assertEquals(4, fleet.highlighted());
        robot.interact(() -> wb.window.state().select(List.of()));
        assertEquals(-1, fleet.highlighted());
        assertEquals(null, fleet.table().getSelectionModel().getSelectedItem());

        // the market per slot, recomputed from the schedule
        V2gMarketView market = v.market();
        assertEquals(in.slotCount(), market.table().getItems().size());
        double[] take = s.fleetKWhPerSlot(in.slotCount());
        double cost = 0;
        for (V2gMarketView.SlotRow r : market.table().getItems()) {
            assertEquals(in.slots().get(r.slot()).volumeKWh() + take[r.slot()], r.netKWh(), 1e-9);
            assertEquals(take[r.slot()], r.fleetTakesKWh() - r.fleetGivesKWh(), 1e-9);
            cost += r.costG();
        }
        assertEquals(run.report().objectives().get("cost"), cost, 1e-6);

        // the EV table as CSV through the platform export
        Path csv = dir.resolve("evs.csv");
        exports.answers.add(csv);
        robot.interact(() -> menu(fleet.table().getContextMenu().getItems(), "Export CSV…").fire());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + in.evCount(), lines.size());
        assertTrue(lines.get(0).startsWith("EV,Initial SoC [kWh]"), lines.get(0));
        assertTrue(exports.failures.isEmpty(), exports.failures.toString());
    }

    @Test
    void theClassifierShowsTheModelAndTheLearnedActionBesideAdps(FxRobot robot) throws Exception {
        RunEntry run = runOnTheSample(robot, "learned", org.evwb.core.study.v2g.V2gLearned.Parameters.DEFAULT);
        assertTrue(run.report().feasible(), run.report().violations().toString());
        V2gClassifierView c = views().classifier();
        assertEquals(3, c.confusion().getItems().size());
        int counted = c.confusion().getItems().stream().mapToInt(r -> r.predictedC() + r.predictedI()
                + r.predictedD()).sum();
        assertEquals(c.model().report().heldOutSamples(), counted);
        assertEquals(org.evwb.core.study.v2g.V2gPolicyFeatures.NAMES.size(), c.features().getItems().size());
        assertEquals(5, c.features().getItems().stream().filter(V2gClassifierView.FeatureRow::chosen).count());
        assertTrue(c.figures().getText().contains("paper: SVC 92 %"), c.figures().getText());
        V2gInstance in = run.result().instanceAs(V2gInstance.class).orElseThrow();
        assertEquals(in.slotCount(), c.slotActions().getItems().size());
        V2gSchedule s = run.result().solutionAs(V2gSchedule.class).orElseThrow();
        for (V2gClassifierView.SlotAction a : c.slotActions().getItems()) {
            assertEquals(org.evwb.core.study.v2g.V2gPolicyFleet.Action.of(s, a.slot()).letter(), a.run());
            assertTrue(a.learned().startsWith(a.run()), "the learned run takes the learned action: " + a);
        }
        assertTrue(c.status().getText().contains("takes adp's action in"), c.status().getText());
    }

    private static MenuItem menu(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() ->
                new AssertionError("no menu item " + text));
    }
}
