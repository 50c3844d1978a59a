package org.evwb.core.study.motorway.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.MotorwayTrip;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayInstanceBuilder;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.junit.jupiter.api.Test;

/** The advisor's proposal against cpsat and the checker, and its minimality against an exhaustive search. */
class LayoutAdvisorTest {

    private final MotorwayStudy study = new MotorwayStudy();
    private final LayoutAdvisor advisor = new LayoutAdvisor(MotorwayParameters.DEFAULT);

    /** A small generated section whose EMVs are then made to arrive together, so that it has no schedule. */
    static Project crowded(long seed, int emvs) {
        MotorwayGenerator.Parameters p = new MotorwayGenerator.Parameters(60, 4, 2, 0, 1, 1, 50, emvs, 2, 60, 120,
                10, 30, 80, 250, 0.5, 30, 0);
        Project project = new MotorwayGenerator().generate(p, seed).project();
        for (Vehicle v : project.fleet().vehicles()) {
            MotorwayTrip t = v.trip();
            Vehicle moved = new Vehicle(v.id(), v.name(), v.typeId(), v.position(), v.socKWh(), v.speedKmh(),
                    v.targetSocKWh(), new MotorwayTrip(t.motorwayId(), t.entryNodeId(), t.exitNodeId(), 0));
            project = ReplaceEntities.of("crowd", v, moved).apply(project);
        }
        return project;
    }

    private MotorwaySchedule cpsat(Project p) throws ProjectFileException {
        MotorwayInstance in = new MotorwayInstanceBuilder(MotorwayParameters.DEFAULT).build(p);
        var spec = study.solver("cpsat").orElseThrow();
        MotorwaySchedule s = spec.create(spec.defaults()).solve(in, new RunContext(1, Duration.ofSeconds(30),
                RunListener.NONE));
        if (s.status() != MotorwaySchedule.Status.PROVED_INFEASIBLE) {
            assertEquals(List.of(), study.checker().check(in, s), "cpsat's schedule must pass the checker");
        }
        return s;
    }

    private static boolean feasible(MotorwaySchedule s) {
        return s.status() == MotorwaySchedule.Status.OPTIMAL || s.status() == MotorwaySchedule.Status.FEASIBLE;
    }

    @Test
    void proposalMakesCrowdedInstancesFeasibleAndOneFewerDoesNot() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 8 && checked < 3; seed++) {
            Project p = crowded(seed, 5);
            if (feasible(cpsat(p))) {
                continue; // not crowded enough to need advice
            }
            ChargingStation first = p.infrastructure().chargingStations().get(0);
            AdvisorRequest req = new AdvisorRequest(List.of(first.chainageKm() / 2), 3, 50, 30);
            Advice a = advisor.advise(p, req, RunContext.of(1));
            assertEquals(Advice.Status.OPTIMAL, a.status(), a.message());
            assertTrue(a.extraChargers() >= 1);
            assertEquals(a.extraChargers(), a.changes().stream().mapToInt(ProposedChange::chargers).sum());
            Project fixed = advisor.toEdit(p, a).apply(p);
            assertTrue(feasible(cpsat(fixed)), "seed " + seed + ": " + a.message());
            // every way of placing one charger fewer over the same sites must stay infeasible (exhaustive)
            List<ProposedChange> sites = new ArrayList<>();
            for (ChargingStation cs : p.infrastructure().chargingStations()) {
                sites.add(new ProposedChange(cs.id(), cs.chainageKm(), 0, cs.chargers().get(0).powerKW()));
            }
            sites.add(new ProposedChange(null, first.chainageKm() / 2, 0, 50));
            for (int[] counts : distributions(a.extraChargers() - 1, sites.size(), 3)) {
                List<ProposedChange> fewer = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        ProposedChange s = sites.get(i);
                        fewer.add(new ProposedChange(s.stationId(), s.chainageKm(), counts[i], s.powerKW()));
                    }
                }
                Project less = AugmentedLayout.edit(p, p.infrastructure().motorways().get(0).id(), fewer).apply(p);
                assertFalse(feasible(cpsat(less)), "seed " + seed + ": " + fewer + " would already suffice");
            }
            checked++;
        }
        assertTrue(checked >= 1, "no generated instance needed advice; crowd them more");
    }

    @Test
    void feasibleLayoutNeedsNothingAndApplyingIsOneUndoableEdit() throws Exception {
        Project p = new MotorwayGenerator().generate(MotorwayGenerator.Parameters.DEFAULT.withSizes(5, 2, 5, 3), 3)
                .project();
        Advice a = advisor.advise(p, AdvisorRequest.DEFAULT, RunContext.of(1));
        assertEquals(Advice.Status.ALREADY_FEASIBLE, a.status());
        assertEquals(0, a.extraChargers());

        Project crowded = crowded(2, 6);
        List<ProposedChange> two = List.of(new ProposedChange(null, 10, 2, 50), new ProposedChange(
                crowded.infrastructure().chargingStations().get(0).id(), 0, 1, 50));
        var edit = advisor.toEdit(crowded, new Advice(Advice.Status.OPTIMAL, two, 3, ""));
        Project after = edit.apply(crowded);
        assertEquals(crowded.infrastructure().chargingStations().size() + 1,
                after.infrastructure().chargingStations().size());
        assertEquals(crowded.infrastructure().chargingStations().get(0).chargers().size() + 1,
                after.infrastructure().chargingStations().get(0).chargers().size());
        assertEquals(crowded, edit.revert(after));
    }

    @Test
    void aSiteBeyondTheSectionIsRejectedWithTheFix() {
        Project p = crowded(1, 3);
        var ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> advisor.advise(
                p, AdvisorRequest.DEFAULT.withCandidates(List.of(500.0)), RunContext.of(1)));
        assertTrue(ex.getMessage().contains("km 500"), ex.getMessage());
    }

    /** All ways to put {@code total} identical items in {@code bins} bins of at most {@code cap} each. */
    static List<int[]> distributions(int total, int bins, int cap) {
        List<int[]> out = new ArrayList<>();
        fill(new int[bins], 0, total, cap, out);
        return out;
    }

    private static void fill(int[] c, int i, int left, int cap, List<int[]> out) {
        if (i == c.length - 1) {
            if (left <= cap) {
                c[i] = left;
                out.add(c.clone());
            }
            return;
        }
        for (int k = 0; k <= Math.min(cap, left); k++) {
            c[i] = k;
            fill(c, i + 1, left - k, cap, out);
        }
    }
}
