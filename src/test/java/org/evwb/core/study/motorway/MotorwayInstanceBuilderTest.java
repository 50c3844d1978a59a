package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.motorway.MotorwayInstance.DropReason;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.junit.jupiter.api.Test;

class MotorwayInstanceBuilderTest {

    @Test
    void optionsFollowSpecFormulas() {
        Project p = TinyProjects.project();
        assertTrue(new ProjectValidator().validate(p).isEmpty(), () -> new ProjectValidator().validate(p).toString());
        MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
        assertEquals(2, in.emvs().size());
        assertEquals(2, in.stations().size());
        // E1 (A->C, 10 kWh): S1 at 20 km: mode 1 uses 3 kWh -> 7 kWh; mode 2 uses 4 kWh -> 6 kWh.
        // S2 at 60 km: mode 1 uses 9 -> 1 kWh (ok); mode 2 uses 12 -> -2 (unreachable).
        // Rest from S1 (80 km): 12 / 16 kWh <= 20 ok. E2 (B->C, 6 kWh): only S2 (20 km from B):
        // mode 1: 3 kWh -> 3; mode 2: 4 -> 2; rest 40 km: 6 / 8 kWh ok.
        EmvOption e1m1s1c1 = in.chargerOptions().stream()
                .filter(o -> o.emv() == 0 && o.mode() == 0 && o.station() == 0 && o.charger() == 0)
                .findFirst().orElseThrow();
        assertEquals(7.0, e1m1s1c1.arrivalKWh(), 1e-12);
        assertEquals(60.0 * 20 / 90, e1m1s1c1.readyMin(), 1e-12);
        assertEquals(60.0 * 13 / 50, e1m1s1c1.durationMin(), 1e-12);
        assertEquals(60.0 * 80 / 90, e1m1s1c1.restDriveMin(), 1e-12);
        assertEquals(15.0, e1m1s1c1.tripEnergyKWh(), 1e-12);
        EmvOption slow = in.chargerOptions().stream()
                .filter(o -> o.emv() == 0 && o.mode() == 0 && o.station() == 0 && o.charger() == 1)
                .findFirst().orElseThrow();
        assertEquals(60.0 * 13 / 25, slow.durationMin(), 1e-12);
        // Per charger: E1: S1 x2 modes x2 chargers + S2 mode 1 = 5; E2: S2 x 2 modes = 2.
        assertEquals(7, in.chargerOptions().size());
        assertEquals(5, in.stationOptions().size());
        assertEquals(1, in.dropped().size());
        assertEquals(DropReason.CANNOT_REACH_STATION, in.dropped().get(0).reason());
        // Model II uses the slowest charger of the station.
        EmvOption st = in.stationOptions().stream().filter(o -> o.emv() == 0 && o.mode() == 0 && o.station() == 0)
                .findFirst().orElseThrow();
        assertEquals(60.0 * 13 / 25, st.durationMin(), 1e-12);
        assertEquals("EMV E1, mode 1 (90 km/h), station S1 / charger 1", in.label(e1m1s1c1));
    }

    @Test
    void reserveAndExitRangeDropOptions() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(),
                MotorwayParameters.DEFAULT.withReserveKWh(2.5));
        // E1 mode 1 at S2 now arrives with 1 kWh < 2.5; E2 mode 2 arrives with 2 < 2.5.
        assertEquals(3, in.dropped().size());
        Project farExit = new MotorwayProjectBuilder("M", new org.evwb.core.geo.GeoPoint(19, 50))
                .node("A", "A", 0).node("C", "C", 200).station("S1", "S1", 10, 50)
                .type("T", "T", 20, List.of(new org.evwb.core.project.DrivingMode(90, 150)))
                .vehicle("E1", "T", "A", "C", 0, 10).build("far", "M");
        MotorwayInstance f = TinyProjects.instance(farExit, MotorwayParameters.DEFAULT);
        assertEquals(DropReason.CANNOT_REACH_EXIT, f.dropped().get(0).reason()); // 190 km x 0.15 = 28.5 > 20
        assertTrue(f.options().isEmpty());
    }

    @Test
    void missingDataIsNamedByJsonPath() {
        Project noStations = new MotorwayProjectBuilder("M", new org.evwb.core.geo.GeoPoint(19, 50))
                .node("A", "A", 0).node("C", "C", 100)
                .type("T", "T", 20, List.of()).vehicle("E1", "T", "A", "C", 0, 10).build("x", "M");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new MotorwayStudy().buildInstance(noStations, null));
        List<String> paths = e.problems().stream().map(pr -> pr.path()).toList();
        assertTrue(paths.contains("$.infrastructure.chargingStations"), paths::toString);
        assertTrue(paths.contains("$.fleet.vehicleTypes[0].drivingModes"), paths::toString);
        ProjectFileException none = assertThrows(ProjectFileException.class,
                () -> new MotorwayStudy().buildInstance(Project.empty("empty"), null));
        assertEquals("$.infrastructure.motorways", none.problems().get(0).path());
    }

    @Test
    void studyConfigOverridesParametersAndRejectsUnknownNames() throws Exception {
        Project p = TinyProjects.project();
        Project withParams = p.withStudies(List.of(new StudyConfig("m", MotorwayStudy.ID, "m",
                Map.of("model", "station", "reserveKWh", 2.5, "allowWaiting", true, "objective", "waiting_time"))));
        MotorwayInstance in = new MotorwayStudy().buildInstance(withParams, withParams.studies().get(0));
        assertEquals(MotorwayParameters.ChargingPointModel.STATION, in.parameters().model());
        assertEquals(2.5, in.parameters().reserveKWh());
        assertTrue(in.parameters().allowWaiting());
        assertEquals(MotorwayParameters.Objective.WAITING_TIME, in.parameters().objective());
        Project bad = p.withStudies(List.of(new StudyConfig("m", MotorwayStudy.ID, "m", Map.of("reserve", 1))));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new MotorwayStudy().buildInstance(bad, bad.studies().get(0)));
        assertEquals("$.studies[0].parameters.reserve", e.problems().get(0).path());
        Project badValue = p.withStudies(List.of(new StudyConfig("m", MotorwayStudy.ID, "m",
                Map.of("weightA", -1))));
        ProjectFileException e2 = assertThrows(ProjectFileException.class,
                () -> new MotorwayStudy().buildInstance(badValue, badValue.studies().get(0)));
        // the path names the parameter itself, and the message its range
        assertEquals("$.studies[0].parameters.weightA", e2.problems().get(0).path());
        assertTrue(e2.problems().get(0).message().startsWith("-1 is below or equal to 0; it must be greater than 0"),
                e2.problems().get(0)::toString);
    }
}
