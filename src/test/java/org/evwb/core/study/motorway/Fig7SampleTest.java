package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.junit.jupiter.api.Test;

/** Paper Fig. 7: a feasible schedule that the pairwise "station as charging point" rule rejects. */
class Fig7SampleTest {

    private final MotorwayChecker checker = new MotorwayChecker();

    private static Project fromResource() throws Exception {
        try (InputStream s = Fig7SampleTest.class.getResourceAsStream("fig7.evwb.json")) {
            return new ProjectIO().read(s.readAllBytes(), "fig7.evwb.json");
        }
    }

    @Test
    void resourceIsTheFactoryProject() throws Exception {
        ProjectIO io = new ProjectIO();
        assertEquals(io.toJson(MotorwaySamples.fig7()), io.toJson(fromResource()));
    }

    @Test
    void feasiblePerChargerAndByCapacityButNotByThePaperRule() throws Exception {
        Project p = fromResource();
        MotorwaySchedule s = MotorwaySamples.fig7Schedule();
        MotorwayInstance perCharger = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
        assertEquals(List.of(), checker.check(perCharger, s));
        MotorwayInstance exact = TinyProjects.instance(p, MotorwayParameters.DEFAULT.withModel(
                ChargingPointModel.STATION));
        assertEquals(List.of(), checker.check(exact, s));
        MotorwayInstance paper = exact.with(exact.parameters().withStationRule(StationRule.PAPER_PAIRWISE));
        // the schedule claims no conflicts, true under the two exact rules, not under the paper's
        List<Violation> claimed = checker.check(paper, s);
        assertEquals(0, s.reportedConflicts());
        assertEquals("reported-figure: $.solution.reportedConflicts reports 0 but the checker recomputes 1 from the "
                + "project", claimed.get(claimed.size() - 1).toString());
        List<Violation> v = checker.check(paper, new MotorwaySchedule(s.assignments(), s.status(), -1));
        assertEquals(1, v.size(), v::toString); // only A overlaps more than b_j - 1 = 1 other EMV
        assertEquals("station-pairwise", v.get(0).constraint());
        assertEquals("EMV A overlaps 3 other EMVs at station S1 (2 chargers: the paper's rule allows 1)",
                v.get(0).message());
    }

    @Test
    void theConflictMatrixShowsThePairsThePaperRuleCounts() throws Exception {
        MotorwayInstance exact = TinyProjects.instance(fromResource(), MotorwayParameters.DEFAULT.withModel(
                ChargingPointModel.STATION));
        ConflictMatrix scm = ConflictMatrix.scm(exact);
        assertEquals(3, scm.timeConflictPairs()); // A-B, A-C, A-D
        assertEquals(1, scm.points().size());
    }
}
