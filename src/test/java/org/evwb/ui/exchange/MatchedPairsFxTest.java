package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.exchange.EdgeTasks;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.FlowType;
import org.evwb.core.study.exchange.Matching;
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
 * The exchange pairs tab in the real window: an exchange run's matched pairs (with T2V trades at the default p_cpu),
 * linked both ways to the shared selection, exported as CSV, with the run's Theorem 1 edge tasks; and the rule note
 * where the rule is chosen.
 */
@ExtendWith(ApplicationExtension.class)
class MatchedPairsFxTest {

    @TempDir
    Path dir;
    private ExchangeWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = ExchangeWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    /** Opens the classroom sample (the study's defaults) and runs {@code optimal} on it. */
    private RunEntry runOptimalOnTheClassroomSample(FxRobot robot) throws Exception {
        var project = new ProjectIO().load(Path.of("sample-projects/exchange-classroom.evwb.json"));
        robot.interact(() -> wb.window.state().open(project, null));
        RunEntry[] run = new RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest("exchange", "optimal",
                new org.evwb.core.study.exchange.ExchangeStudy.NoParameters(), 1, null)));
        assertNotNull(run[0].report(), "the calling-thread executor finished it");
        WaitForAsyncUtils.waitForFxEvents();
        return run[0];
    }

    private static EntityRef ref(ExchangeInstance in, int participant) {
        var p = in.participants().get(participant);
        return new EntityRef(p.isEv() ? EntityKind.VEHICLE : EntityKind.BASE_STATION, p.id());
    }

    @Test
    void theRunsPairsAreListedAndLinkedToTheSelectionBothWays(FxRobot robot) throws Exception {
        RunEntry run = runOptimalOnTheClassroomSample(robot);
        MatchedPairsView v = wb.views().pairs();
        assertEquals(run, v.shown(), "the active exchange run is shown");
        Matching m = run.result().solutionAs(Matching.class).orElseThrow();
        ExchangeInstance in = run.result().instanceAs(ExchangeInstance.class).orElseThrow();
        List<MatchedPairsView.PairRow> rows = List.copyOf(v.table().getItems());
        assertEquals(m.pairs().size(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.flow() == FlowType.T2V), "at the default p_cpu a BS sells to an EV");
        for (MatchedPairsView.PairRow r : rows) {
            int[] bs = in.slots(new Matching.Pair(r.buyerIndex(), r.sellerIndex()));
            assertEquals(in.gain(bs[0], bs[1]), r.gain(), 0);
            assertEquals(in.buyerUtility(bs[0], bs[1]) + in.sellerUtility(bs[0], bs[1])
                    - in.gridUtility(r.buyerIndex()) - in.gridUtility(r.sellerIndex()), r.gain(), 1e-9);
            assertEquals(in.tradeKWh(r.buyerIndex()), r.energyKWh(), 0);
        }
        assertTrue(v.title().getText().contains("optimal") && v.title().getText().contains("feasible (checked)"),
                v.title().getText());

        // a row selects both participants everywhere
        MatchedPairsView.PairRow t2v = rows.stream().filter(r -> r.flow() == FlowType.T2V).findFirst()
                .orElseThrow();
        robot.interact(() -> v.table().getSelectionModel().select(t2v));
        assertEquals(Set.of(ref(in, t2v.buyerIndex()), ref(in, t2v.sellerIndex())),
                Set.copyOf(wb.window.state().getSelection()));

        // a participant selected elsewhere (the map, a table) selects its pair's row
        MatchedPairsView.PairRow other = rows.stream().filter(r -> r != t2v).findFirst().orElseThrow();
        robot.interact(() -> wb.window.state().select(ref(in, other.sellerIndex())));
        assertEquals(other, v.table().getSelectionModel().getSelectedItem());
        // one in no pair clears the row
        int unmatched = java.util.stream.IntStream.range(0, in.participants().size())
                .filter(k -> rows.stream().noneMatch(r -> r.buyerIndex() == k || r.sellerIndex() == k))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.state().select(ref(in, unmatched)));
        assertEquals(null, v.table().getSelectionModel().getSelectedItem());

        // the run's Theorem 1 edge tasks, one per base station, within their bounds
        List<EdgeTasks.EdgeTask> tasks = List.copyOf(v.edgeTasks().getItems());
        assertEquals(3, tasks.size());
        assertEquals(EdgeTasks.of(in), tasks);
        assertTrue(tasks.stream().allMatch(t -> t.withinBounds(1e-9)));
        assertTrue(v.title().getText().contains("all within Theorem 1's bounds"), v.title().getText());
    }

    @Test
    void thePairsExportAsCsvAndShowFromTheRunsPanelBringsTheTabForward(FxRobot robot) throws Exception {
        RunEntry run = runOptimalOnTheClassroomSample(robot);
        MatchedPairsView v = wb.views().pairs();
        Path csv = dir.resolve("pairs.csv");
        wb.exports.answers.add(csv);
        robot.interact(() -> menu(v.table().getContextMenu().getItems(), "Export CSV…").fire());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("Buyer,Seller,Energy [kWh],Flow,U_i buyer [¤],U_j seller [¤],Gain [¤]",
                lines.get(0));
        assertEquals(1 + v.table().getItems().size(), lines.size());
        MatchedPairsView.PairRow first = v.table().getItems().get(0);
        assertTrue(lines.get(1).startsWith(first.buyer() + "," + first.seller() + "," + first.energyKWh() + ","
                + first.flow()), lines.get(1));
        assertTrue(wb.exports.failures.isEmpty(), wb.exports.failures.toString());

        robot.interact(() -> robot.lookup(".run-show").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane centre = robot.lookup("#centre-views").queryAs(TabPane.class);
        assertEquals(ExchangeViews.PAIRS_TAB_ID, centre.getSelectionModel().getSelectedItem().getId());
        assertEquals(run, v.shown());
    }

    /** The teaching view and the sweep view name the rule and p_cpu in force, with why. */
    @Test
    void theTeachingAndSweepViewsNameTheRuleAndTheCpuCostWithWhy(FxRobot robot) throws Exception {
        runOptimalOnTheClassroomSample(robot);
        ExchangeTeachingView t = wb.openTeaching(robot);
        String note = t.ruleNote().getText();
        assertTrue(note.contains("each side does at least as well as with the grid") && note.contains("p_cpu = 0.001")
                && note.contains("Table II as printed"), note);
        String sweep = t.sweeps().ruleNote().getText();
        assertTrue(sweep.contains("p_cpu = 0.001"), sweep);

        // the teaching fixture runs on the preset: the note says so
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        ExchangeTeachingView again = wb.openTeaching(robot);
        assertEquals(ExchangeParameters.TABLE_II_CPU_COST_PER_M2, again.session().instance().params().cpuCostPerM2());
        assertTrue(again.ruleNote().getText().contains("p_cpu = 0.1 ¤/M² (Table II as printed"),
                again.ruleNote().getText());
    }

    private static MenuItem menu(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
