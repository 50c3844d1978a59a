package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.csv.MarketCsvImport;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.junit.jupiter.api.Test;

/** Bad inputs get messages that say where and what to do, and lose nothing. */
class V2gInputsTest {

    private final V2gStudy study = new V2gStudy();
    private final MarketCsvImport csv = new MarketCsvImport();

    private ProjectFileException csvFails(String text) {
        return assertThrows(ProjectFileException.class, () -> csv.read(text.getBytes(StandardCharsets.UTF_8),
                "market.csv"));
    }

    @Test
    void aGoodMarketCsvBecomesThePriceAndResidualSeries() throws Exception {
        List<TimeSeries> s = csv.read(("timestamp,price,volume\n2019-03-01T18:00,0.25,120.5\n"
                + "2019-03-01 18:15,0.27,-30\n2019-03-01T18:30,-0.01,-80\n").getBytes(StandardCharsets.UTF_8), "m.csv");
        assertEquals(List.of("price", "residual"), s.stream().map(TimeSeries::id).toList());
        assertEquals(1080, s.get(0).startMin());
        assertEquals(15, s.get(0).slotMinutes());
        assertEquals(List.of(120.5, -30.0, -80.0), s.get(1).values());
    }

    @Test
    void malformedMarketCsvsNameRowAndColumn() {
        ProjectFileException missing = csvFails("timestamp,price\n2019-03-01T18:00,0.25\n");
        assertTrue(missing.getMessage().contains("no column 'volume'"), missing.getMessage());
        ProjectFileException number = csvFails("timestamp,price,volume\n2019-03-01T18:00,0.25,12\n"
                + "2019-03-01T18:15,\"0,25\",13\n");
        assertTrue(number.getMessage().contains("market.csv row 3, column price"), number.getMessage());
        ProjectFileException time = csvFails("timestamp,price,volume\n01/03/2019 18:00,0.25,12\n");
        assertTrue(time.getMessage().contains("row 2, column timestamp") && time.getMessage().contains("ISO"),
                time.getMessage());
        ProjectFileException gap = csvFails("timestamp,price,volume\n2019-03-01T18:00,0.25,12\n"
                + "2019-03-01T18:15,0.25,12\n2019-03-01T18:45,0.25,12\n");
        assertTrue(gap.getMessage().contains("row 4, column timestamp") && gap.getMessage().contains("30 min"),
                gap.getMessage());
        ProjectFileException empty = csvFails("timestamp,price,volume\n");
        assertTrue(empty.getMessage().contains("no data rows"), empty.getMessage());
        ProjectFileException excess = csvFails("timestamp,price,volume,excess_cost\n2019-03-01T18:00,0.2,1,-0.1\n");
        assertTrue(excess.getMessage().contains("column excess_cost"), excess.getMessage());
    }

    private Project sampleWithVehicle(int index, double targetKWh) {
        Project p = study.sampleProject().orElseThrow();
        List<Vehicle> vs = new ArrayList<>(p.fleet().vehicles());
        Vehicle v = vs.get(index);
        vs.set(index, new Vehicle(v.id(), v.name(), v.typeId(), v.position(), v.socKWh(), v.speedKmh(), targetKWh,
                v.trip()));
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                p.infrastructure(), new org.evwb.core.project.Fleet(p.fleet().vehicleTypes(), vs), p.timeSeries(),
                p.generators(), p.studies());
    }

    @Test
    void aRequiredFinalSocAboveCapacityIsRefusedAtItsPath() {
        Project p = sampleWithVehicle(3, 120);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> study.buildInstance(p,
                p.studyConfig(V2gStudy.ID).orElseThrow()));
        assertTrue(e.getMessage().contains("$.fleet.vehicles[3].targetSocKWh")
                && e.getMessage().contains("above the battery capacity 100"), e.getMessage());
    }

    @Test
    void anInfeasibleFleetSaysWhyThroughEverySolver() throws Exception {
        // e1 needs 17.5 − 2.5 = 15 kWh in four slots, where 10 kW give at most 10 kWh
        V2gInstance in = V2gTestData.instance(3, new double[][]{{5, 10}, {2.5, 17.5}}, new double[4],
                new double[]{0.1, 0.2, 0.3, 0.4}, 0.05, 20.0);
        OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());
        for (var spec : study.solvers()) {
            RunOutcome<V2gSchedule> out = runner.run(study, spec, spec.defaults(), in, RunContext.of(1));
            assertEquals(RunStatus.FAILED, out.report().status(), spec.id());
            String error = out.report().error();
            assertTrue(error.contains("EV e1: needs 15.0 kWh (from 2.5 to 17.5 kWh) but can take at most 10.0 kWh in "
                    + "4 slots at 10.0 kW") && !error.contains("EV e0"), spec.id() + ": " + error);
        }
    }

    @Test
    void aSiteLimitTooSmallForTheFleetSaysSo() throws Exception {
        Project p = study.sampleProject().orElseThrow();
        p = p.withStudies(List.of(new org.evwb.core.project.StudyConfig("v2g-night", V2gStudy.ID, null,
                Map.of("siteLimitKW", 50))));
        V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new V2gGreedy().solve(in, RunContext.of(1)));
        assertTrue(e.getMessage().contains("site limit of 50.0 kW"), e.getMessage());
    }

    @Test
    void missingMarketSeriesAndDepotAreNamed() {
        Project p = study.sampleProject().orElseThrow();
        Project noResidual = p.removeAll(List.of(new org.evwb.core.project.EntityRef(
                org.evwb.core.project.EntityKind.TIME_SERIES, "residual")));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> study.buildInstance(noResidual,
                null));
        assertTrue(e.getMessage().contains("no residual volume series 'residual'"), e.getMessage());
    }

    @Test
    void generatorsAreReproducibleAndMakeRealisticDays() {
        var a = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT, 7);
        var b = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT, 7);
        assertEquals(a, b);
        int negative = 0;
        for (long seed = 1; seed <= 40; seed++) {
            MarketDayGenerator.Day day = MarketDayGenerator.DEFAULT.generate(seed);
            double evening = day.price()[6];   // 19:30
            double night = day.price()[36];    // 03:00
            assertTrue(evening > night, "evening peak above night trough, seed " + seed);
            assertTrue(day.volumePerEv()[4] > 0 && day.volumePerEv()[36] < 0, "deficit at 19:00, excess at 03:00");
            negative += day.negativeDip() ? 1 : 0;
        }
        assertTrue(negative > 0 && negative < 15, "occasional negative-price nights: " + negative + " of 40");
    }
}
