package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.VehicleType;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.junit.jupiter.api.Test;

/** The motorway sample projects hold what their descriptions promise; every schedule goes through the checker. */
class MotorwayPresetsTest {

    private final MotorwayStudy study = new MotorwayStudy();
    private final MotorwayChecker checker = new MotorwayChecker();

    static Project sample(String name) throws Exception {
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        return new ProjectIO().load(repo.resolve("sample-projects").resolve(name + ProjectIO.EXTENSION));
    }

    private MotorwayInstance instance(Project p, StudyConfig c) throws Exception {
        return study.buildInstance(p, c);
    }

    private MotorwaySchedule cpsat(MotorwayInstance in) {
        var spec = study.solver("cpsat").orElseThrow();
        return spec.create(spec.defaults()).solve(in, new RunContext(1, Duration.ofSeconds(60), RunListener.NONE));
    }

    @Test
    void a4PresetHasTheEighteenInstancesOfThePapersQaoaCase() throws Exception {
        Project p = sample("motorway-a4");
        MotorwayInstance in = instance(p, p.studies().get(0));
        assertEquals(5, in.emvs().size());
        assertEquals(18, in.stationOptions().size(), "one qubit per reachable (EMV, mode, station)");
        assertEquals(36, in.chargerOptions().size(), "two chargers per station");
        assertTrue(in.emvs().stream().allMatch(e -> e.modes().size() == 6));
        assertEquals(Set.of("imiev", "leaf24"), in.emvs().stream().map(MotorwayInstance.Emv::typeId)
                .collect(Collectors.toSet()));
        MotorwaySchedule s = cpsat(in);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, s.status());
        assertEquals(List.of(), checker.check(in, s));
        // Not every one-hot choice is feasible: EMVs 1, 2 and 4 all charge at MOP km 20.
        MotorwayQuboTerms scm = MotorwayQuboTerms.scm(in, MotorwayQuboTerms.DEFAULT_MAX_SETS);
        assertTrue(scm.maxOrder() == 3, "station-capacity sets of three");
    }

    @Test
    void busyA4PresetIsLargeAndFeasible() throws Exception {
        Project p = sample("motorway-a4-busy");
        MotorwayInstance in = instance(p, p.studies().get(0));
        assertTrue(in.emvs().size() >= 30, in.emvs().size() + " EMVs");
        assertEquals(Set.of(16.0, 24.0), p.fleet().vehicleTypes().stream().map(VehicleType::batteryCapacityKWh)
                .collect(Collectors.toSet()));
        assertEquals(18, p.infrastructure().motorways().get(0).nodes().size());
        MotorwaySchedule s = cpsat(in);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, s.status());
        assertEquals(in.emvs().size(), s.assignments().size());
        assertEquals(List.of(), checker.check(in, s));
    }

    @Test
    void fig7SampleUsesModelTwoAndShowsBothVerdicts() throws Exception {
        Project p = sample("motorway-fig7");
        assertEquals(List.of("fig7-exact", "fig7-paper"), p.studies().stream().map(StudyConfig::id).toList());
        MotorwayInstance exact = instance(p, p.studies().get(0));
        MotorwayInstance paper = instance(p, p.studies().get(1));
        assertEquals(ChargingPointModel.STATION, exact.parameters().model());
        assertEquals(StationRule.EXACT_CAPACITY, exact.parameters().stationRule());
        assertEquals(StationRule.PAPER_PAIRWISE, paper.parameters().stationRule());
        assertEquals(List.of(), checker.check(exact, MotorwaySamples.fig7Schedule()));
        assertTrue(checker.check(paper, MotorwaySamples.fig7Schedule()).stream()
                .anyMatch(v -> v.constraint().equals("station-pairwise")));
        MotorwaySchedule s = cpsat(exact);
        assertEquals(List.of(), checker.check(exact, s));
        assertEquals(MotorwaySchedule.Status.PROVED_INFEASIBLE, cpsat(paper).status(),
                "with one mode the paper's rule leaves no schedule");
        assertEquals(MotorwaySamples.fig7().infrastructure(), p.infrastructure(), "the factory project's data");
        assertEquals(MotorwaySamples.fig7().fleet(), p.fleet());
    }
}
