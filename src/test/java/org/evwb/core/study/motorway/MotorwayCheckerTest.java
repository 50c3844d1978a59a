package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Project;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;
import org.evwb.core.study.motorway.MotorwaySchedule.Status;
import org.junit.jupiter.api.Test;

/** The checker catches each kind of violation on hand-made schedules of the tiny project. */
class MotorwayCheckerTest {

    private final MotorwayChecker checker = new MotorwayChecker();
    private final MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);

    // E1 at 90 km/h on S1 charger 1: ready 13.33 min, 13 kWh at 50 kW = 15.6 min.
    private final Assignment e1 = new Assignment("E1", 0, "S1", "1", 60.0 * 20 / 90, 60.0 * 20 / 90 + 15.6);
    // E2 at 90 km/h on S2 charger 1: ready 10 + 13.33 min, 17 kWh at 50 kW = 20.4 min.
    private final Assignment e2 = new Assignment("E2", 0, "S2", "1", 10 + 60.0 * 20 / 90,
            10 + 60.0 * 20 / 90 + 20.4);

    private List<String> kinds(MotorwayInstance inst, Assignment... as) {
        return checker.check(inst, new MotorwaySchedule(List.of(as), Status.HEURISTIC, -1)).stream()
                .map(Violation::constraint).toList();
    }

    @Test
    void acceptsAFeasibleSchedule() {
        assertEquals(List.of(), kinds(in, e1, e2));
    }

    @Test
    void wrongNumberOfAssignmentsAndUnknownVehicle() {
        assertEquals(List.of("assignment-count"), kinds(in, e1));
        assertEquals(List.of("assignment-count"), kinds(in, e1, e1, e2).subList(0, 1));
        assertTrue(kinds(in, e1, e1, e2).contains("charger-overlap")); // the duplicate also overlaps itself
        assertEquals(List.of("unknown-vehicle"), kinds(in, e1, e2, new Assignment("X", 0, "S1", "1", 0, 1)));
    }

    @Test
    void unknownModeStationCharger() {
        assertEquals(List.of("unknown-mode"), kinds(in, e1, with(e2, 5, "S2", "1")));
        assertEquals(List.of("unknown-station"), kinds(in, e1, with(e2, 0, "S9", "1")));
        assertEquals(List.of("unknown-charger"), kinds(in, e1, with(e2, 0, "S2", "7")));
        assertEquals(List.of("unknown-charger"), kinds(in, e1, with(e2, 0, "S2", null))); // Model I needs one
    }

    @Test
    void stationBehindTheEntryIsNotOnTheTrip() {
        assertEquals(List.of("station-not-on-trip"), kinds(in, e1, with(e2, 0, "S1", "1")));
    }

    @Test
    void unreachableStation() {
        // E1 at 120 km/h to S2 (60 km): 12 kWh > 10 kWh on board.
        double r = 60.0 * 60 / 120;
        Assignment a = new Assignment("E1", 1, "S2", "1", r, r + 60.0 * 22 / 50);
        assertEquals(List.of("unreachable-station"), kinds(in, a, e2).subList(0, 1));
    }

    @Test
    void cannotReachExitOnAFullBattery() {
        Project far = new MotorwayProjectBuilder("M", new GeoPoint(19, 50)).node("A", "A", 0).node("C", "C", 200)
                .station("S1", "S1", 10, 50).type("T", "T", 20, List.of(new DrivingMode(90, 150)))
                .vehicle("E1", "T", "A", "C", 0, 10).build("far", "M");
        MotorwayInstance f = TinyProjects.instance(far, MotorwayParameters.DEFAULT);
        double r = 60.0 * 10 / 90;
        assertEquals(List.of("cannot-reach-exit"), kinds(f, new Assignment("E1", 0, "S1", "1", r,
                r + 60.0 * 11.5 / 50)));
    }

    @Test
    void durationReadyTimeAndWaiting() {
        assertEquals(List.of("duration"), kinds(in, e1, new Assignment("E2", 0, "S2", "1", e2.startMin(),
                e2.endMin() - 1)));
        assertEquals(List.of("start-before-ready"), kinds(in, e1, new Assignment("E2", 0, "S2", "1",
                e2.startMin() - 2, e2.endMin() - 2)));
        Assignment late = new Assignment("E2", 0, "S2", "1", e2.startMin() + 5, e2.endMin() + 5);
        assertEquals(List.of("waiting"), kinds(in, e1, late));
        MotorwayInstance waitingAllowed = in.with(in.parameters().withWaiting(true,
                MotorwayParameters.Objective.FEASIBILITY));
        assertEquals(List.of(), kinds(waitingAllowed, e1, late));
    }

    @Test
    void overlapOnACharger() {
        // E1 at 90 km/h to S2: ready 40 min, 19 kWh at 50 kW = 22.8 min, overlapping E2 there (23.3–43.7).
        Assignment e1AtS2 = new Assignment("E1", 0, "S2", "1", 40, 62.8);
        assertEquals(List.of("charger-overlap"), kinds(in, e1AtS2, e2));
        // Touching intervals do not overlap (half-open).
        MotorwayInstance w = in.with(in.parameters().withWaiting(true, MotorwayParameters.Objective.FEASIBILITY));
        Assignment touching = new Assignment("E1", 0, "S2", "1", e2.endMin(), e2.endMin() + 22.8);
        assertEquals(List.of(), kinds(w, touching, e2));
    }

    @Test
    void overCapacityAtAStationUnderModelII() {
        MotorwayParameters p2 = MotorwayParameters.DEFAULT.withModel(ChargingPointModel.STATION);
        Project crowded = MotorwayQuboTermsTest.withArrival(MotorwaySamples.fig7(), "C", 0);
        MotorwayInstance c = TinyProjects.instance(crowded, p2);
        List<Assignment> as = new ArrayList<>(MotorwaySamples.fig7Schedule().assignments());
        as.set(2, new Assignment("C", 0, "S1", null, 12, 42)); // a third EMV while both chargers are busy
        assertEquals(List.of("station-capacity"), kinds(c, as.toArray(new Assignment[0])));
        // Per charger (Model I) the same start is an overlap on whichever charger it names.
        MotorwayInstance c1 = TinyProjects.instance(crowded, MotorwayParameters.DEFAULT);
        as.set(2, new Assignment("C", 0, "S1", "2", 12, 42));
        assertEquals(List.of("charger-overlap"), kinds(c1, as.toArray(new Assignment[0])));
    }

    @Test
    void solverVerdictsWithoutAScheduleAreReported() {
        assertEquals(List.of("proved-infeasible"), checker.check(in, MotorwaySchedule.provedInfeasible()).stream()
                .map(Violation::constraint).toList());
        assertEquals(List.of("no-schedule"), checker.check(in, new MotorwaySchedule(List.of(), Status.NO_SOLUTION,
                -1)).stream().map(Violation::constraint).toList());
    }

    @Test
    void checkerRecomputesFromTheProjectNotFromCachedOptions() {
        // A tampered instance whose cached durations are halved: a schedule made from them is still rejected.
        List<EmvOption> halved = in.chargerOptions().stream().map(o -> new EmvOption(o.index(), o.emv(), o.mode(),
                o.station(), o.charger(), o.speedKmh(), o.consumptionKWhPerKm(), o.distanceKm(), o.arrivalKWh(),
                o.readyMin(), o.durationMin() / 2, o.restDriveMin(), o.tripEnergyKWh())).toList();
        MotorwayInstance tampered = new MotorwayInstance(in.project(), in.motorway(), in.parameters(), in.emvs(),
                in.stations(), halved, in.stationOptions(), in.dropped(), in.horizonMin());
        Assignment shortE1 = new Assignment("E1", 0, "S1", "1", e1.startMin(), e1.startMin() + 7.8);
        assertEquals(List.of("duration"), kinds(tampered, shortE1, e2));
    }

    private static Assignment with(Assignment a, int mode, String station, String charger) {
        return new Assignment(a.vehicleId(), mode, station, charger, a.startMin(), a.endMin());
    }
}
