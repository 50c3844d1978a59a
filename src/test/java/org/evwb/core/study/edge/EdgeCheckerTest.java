package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/** Tampered schedules are caught, each by its constraint; a correct one passes. */
class EdgeCheckerTest {

    private final EdgeChecker checker = new EdgeChecker();

    /** Two slots, 600 W then 0 W of sun; a 4-core server with a 100 Wh battery; 15-minute slots. */
    private EdgeInstance instance(List<EdgeTask> tasks) {
        EdgeServerModel server = new EdgeServerModel("s", "s", new PowerModel(4, 2000, 500, false),
                BatteryKind.FINITE, 100);
        double[] solar = {600, 0};
        return new EdgeInstance(15, EdgeParameters.DEFAULT, List.of(new ServerDay(server, solar, tasks, solar,
                tasks)));
    }

    private static EdgeSchedule schedule(int... slots) {
        return EdgeSchedule.of(List.of(new EdgeSchedule.ServerSchedule("s", slots, null, null)), null);
    }

    private static List<String> kinds(List<Violation> v) {
        return v.stream().map(Violation::constraint).distinct().toList();
    }

    @Test
    void aFeasibleScheduleWithItsFiguresPasses() {
        EdgeInstance in = instance(List.of(new EdgeTask(0, 0, 1, 1, 2), new EdgeTask(1, 0, 0, 0.5, 1)));
        // slot 0: 1.5 cores → P = 500 + 1500·(1.5/4)³ = 579.1 W ≤ 600 W
        EdgeSchedule s = schedule(0, 0);
        double p = 500 + 1500 * Math.pow(1.5 / 4, 3);
        EdgeSchedule reported = new EdgeSchedule(List.of(new EdgeSchedule.ServerSchedule("s", new int[] {0, 0}, 3.0,
                p * 0.25)), 3.0, null, null);
        assertEquals(List.of(), checker.check(in, s));
        assertEquals(List.of(), checker.check(in, reported));
    }

    @Test
    void taskOutsideItsWindow() {
        EdgeInstance in = instance(List.of(new EdgeTask(0, 1, 0, 0.5, 1)));
        assertEquals(List.of("window"), kinds(checker.check(in, schedule(0))));
        assertEquals(List.of("slot-range"), kinds(checker.check(in, schedule(5))));
    }

    @Test
    void batteryBelowZeroAndPowerAboveWhatIsThere() {
        // slot 0: 600 W of sun, nothing runs, so the 100 Wh battery fills (600 W × 0.25 h = 150 Wh, capped at 100)
        EdgeInstance in = instance(List.of(new EdgeTask(0, 1, 0, 1, 1)));
        // slot 1: no sun; the battery gives at most 100 Wh / 0.25 h = 400 W, one core draws 523.4 W
        assertEquals(List.of("power"), kinds(checker.check(in, schedule(1))));
        // a server without static power: 2 cores draw 2000·(2/4)³ = 250 W ≤ 400 W, i.e. 62.5 Wh; with η_d = 0.5
        // the battery gives up 125 Wh and falls to −25 Wh
        EdgeServerModel noStatic = new EdgeServerModel("s", "s", new PowerModel(4, 2000, 0, false),
                BatteryKind.FINITE, 100);
        double[] solar = {600, 0};
        List<EdgeTask> two = List.of(new EdgeTask(0, 1, 0, 1, 1), new EdgeTask(1, 1, 0, 1, 1));
        EdgeParameters lossy = new EdgeParameters(EdgeParameters.CoreModel.FLUID,
                EdgeParameters.RevenueModel.FORMULA, 1, 0.5, null, 1, 0, 0, 1);
        EdgeInstance dis = new EdgeInstance(15, lossy, List.of(new ServerDay(noStatic, solar, two, solar, two)));
        List<Violation> v = checker.check(dis, schedule(1, 1));
        assertEquals(List.of("battery"), kinds(v), v::toString);
        assertTrue(v.get(0).message().contains("-25"), v::toString);
        EdgeInstance lossless = new EdgeInstance(15, EdgeParameters.DEFAULT, dis.servers());
        assertEquals(List.of(), checker.check(lossless, schedule(1, 1)), "with η_d = 1 it is 62.5 Wh of 100");
    }

    @Test
    void overUtilisedSlot() {
        List<EdgeTask> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(new EdgeTask(i, 0, 0, 1, 1));
        }
        EdgeInstance in = instance(tasks);
        List<Violation> v = checker.check(in, schedule(0, 0, 0, 0, 0));
        assertTrue(kinds(v).contains("utilisation"), v::toString);
    }

    @Test
    void wrongReportedRevenueAndEnergy() {
        EdgeInstance in = instance(List.of(new EdgeTask(0, 0, 1, 1, 2)));
        EdgeSchedule s = new EdgeSchedule(List.of(new EdgeSchedule.ServerSchedule("s", new int[] {0}, 2.5, 1.0)),
                3.0, null, null);
        List<Violation> v = checker.check(in, s);
        assertEquals(3, v.size(), v::toString);
        assertTrue(v.stream().allMatch(x -> x.constraint().equals(ReportedFigures.CONSTRAINT)));
        assertTrue(v.get(0).message().contains("$.solution.servers[0].revenue"), v::toString);
    }

    @Test
    void unknownServerAndWrongTaskCount() {
        EdgeInstance in = instance(List.of(new EdgeTask(0, 0, 1, 1, 2)));
        assertEquals(List.of("unknown-server"), kinds(checker.check(in, EdgeSchedule.of(List.of(
                new EdgeSchedule.ServerSchedule("x", new int[] {0}, null, null)), null))));
        assertEquals(List.of("task-count"), kinds(checker.check(in, schedule(0, 0))));
    }
}
