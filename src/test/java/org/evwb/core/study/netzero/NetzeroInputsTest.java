package org.evwb.core.study.netzero;

import static org.evwb.core.study.netzero.NetzeroTestSupport.STUDY;
import static org.evwb.core.study.netzero.NetzeroTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.junit.jupiter.api.Test;

/** Malformed inputs get messages naming the field or row, and nothing is half-imported. */
class NetzeroInputsTest {

    private static Project withParameters(Map<String, Object> parameters) {
        return sample().withStudies(List.of(new StudyConfig("netzero-road", NetzeroStudy.ID, "test", parameters)));
    }

    private static String messages(ProjectFileException e) {
        return e.problems().stream().map(Problem::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aNegativeRoadLengthIsRefusedAtItsParameter() {
        Project p = withParameters(Map.of("roadLengthKm", -20));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> STUDY.buildInstance(p, p.studyConfig(NetzeroStudy.ID).orElseThrow()));
        assertTrue(messages(e).contains("$.studies[0].parameters.roadLengthKm"), messages(e));
        assertEquals(e.problems(), STUDY.checkConfig(p, p.studyConfig(NetzeroStudy.ID).orElseThrow()));
    }

    @Test
    void sharesThatDoNotSumToOneAreRefusedNamingTheShares() {
        Project p = withParameters(Map.of("busShare", 0.4, "lorryShare", 0.4));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> STUDY.buildInstance(p, p.studyConfig(NetzeroStudy.ID).orElseThrow()));
        String m = messages(e);
        assertTrue(m.contains("carShare + busShare + lorryShare must be 1") && m.contains("1.4"), m);
        assertThrows(IllegalArgumentException.class, () -> NetzeroTestSupport.params("carShare", 0.5));
    }

    @Test
    void aVehicleHoldingMoreThanItsBatteryIsRefusedAtItsRow() {
        Project s = sample();
        List<Vehicle> vs = new ArrayList<>(s.fleet().vehicles());
        Vehicle v = vs.get(4);
        vs.set(4, new Vehicle(v.id(), v.name(), v.typeId(), v.position(), 500, v.speedKmh(), null, null));
        Project p = new Project(s.format(), s.version(), s.name(), s.description(), s.currencyLabel(), s.basemap(),
                s.infrastructure(), new Fleet(s.fleet().vehicleTypes(), vs), s.timeSeries(), s.generators(),
                s.studies());
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> STUDY.buildInstance(p, p.studyConfig(NetzeroStudy.ID).orElseThrow()));
        assertTrue(messages(e).contains("$.fleet.vehicles[4].socKWh"), messages(e));
    }

    @Test
    void nanAndGarbageWeatherRowsAreNamedByRowAndColumnAndNothingIsImported() {
        String csv = "hour,windSpeedMs,irradianceWm2,temperatureC\n0,5.1,0,8\n1,NaN,0,8\n2,4.0,abc,7.5\n3,4,-2,7\n";
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> WeatherCsv.parse(csv, "w.csv"));
        String m = messages(e);
        assertEquals("w.csv", e.source());
        assertTrue(m.contains("row 3, column windSpeedMs") && m.contains("NaN"), m);
        assertTrue(m.contains("row 4, column irradianceWm2") && m.contains("abc"), m);
        assertTrue(m.contains("row 5, column irradianceWm2") && m.contains("negative"), m);
        ProjectFileException header = assertThrows(ProjectFileException.class,
                () -> WeatherCsv.parse("hour,wind,irradianceWm2,temperatureC\n0,1,2,3\n", "h.csv"));
        assertTrue(messages(header).contains("no column windSpeedMs"), messages(header));
        ProjectFileException gap = assertThrows(ProjectFileException.class,
                () -> WeatherCsv.parse("hour,windSpeedMs,irradianceWm2,temperatureC\n0,1,2,3\n2,1,2,3\n", "g.csv"));
        assertTrue(messages(gap).contains("row 3, column hour"), messages(gap));
    }

    @Test
    void importedWeatherRoundTripsAndDrivesTheSupply() throws Exception {
        WeatherYear year = WeatherYear.synthetic(9);
        WeatherYear back = WeatherCsv.parse(WeatherCsv.write(year), "year.csv");
        assertEquals(WeatherYear.HOURS, back.hours());
        Project s = sample();
        List<org.evwb.core.project.TimeSeries> ts = new ArrayList<>(s.timeSeries());
        ts.addAll(WeatherCsv.toSeries(back));
        Project p = new Project(s.format(), s.version(), s.name(), s.description(), s.currencyLabel(), s.basemap(),
                s.infrastructure(), s.fleet(), ts, s.generators(), List.of(new StudyConfig("c", NetzeroStudy.ID,
                "imported", Map.of("windSpeedSeriesId", "weather-wind-speed", "irradianceSeriesId",
                "weather-irradiance", "temperatureSeriesId", "weather-temperature", "weatherSeed", 9))));
        NetzeroInstance imported = STUDY.buildInstance(p, p.studies().get(0));
        NetzeroInstance synthetic = STUDY.buildInstanceWith(s, NetzeroTestSupport.params("weatherSeed", 9L), null,
                null);
        assertTrue(imported.supplySource().contains("imported weather"), imported.supplySource());
        // the CSV keeps 2-3 decimals: the hour's output agrees to that rounding
        assertEquals(synthetic.renewableKWh(), imported.renewableKWh(), 0.01 * synthetic.renewableKWh() + 1e-3);
        // a series name that does not exist is refused at the parameter
        Project missing = p.withStudies(List.of(new StudyConfig("c", NetzeroStudy.ID, "x",
                Map.of("windSpeedSeriesId", "nope", "irradianceSeriesId", "weather-irradiance",
                        "temperatureSeriesId", "weather-temperature"))));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> STUDY.buildInstance(missing, missing.studies().get(0)));
        assertTrue(messages(e).contains("windSpeedSeriesId") && messages(e).contains("nope"), messages(e));
    }

    @Test
    void aSpeedProfileWithANegativeSegmentIsRefusedNamingTheSegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SpeedProfile(
                new double[] {0.1, -0.1}, new double[] {100, 100}, 100, "fcd.csv"));
        assertTrue(e.getMessage().contains("segment 1"), e.getMessage());
    }

    @Test
    void aProfileSourceFillsTheSeamAndChangesTheConsumption() throws Exception {
        // another source (as a SUMO FCD importer would) — here half the speed: less drag, longer trips
        SpeedProfileSource slow = (ev, km, seed) -> SpeedProfile.constant(km, ev.limitKmh() / 2, 0.1);
        NetzeroInstance built = STUDY.buildInstanceWith(sample(), NetzeroParameters.DEFAULT, null, null);
        NetzeroInstance other = STUDY.buildInstanceWith(sample(), NetzeroParameters.DEFAULT, slow, null);
        assertEquals(built.evs().size(), other.evs().size());
        assertTrue(other.evs().get(0).consumptionKWh() < built.evs().get(0).consumptionKWh());
        assertEquals(built.evs().get(0).routeKm(), other.evs().get(0).routeKm());
        RenewableSupply none = new RenewableSupply() {
            @Override
            public double outputKWh(RenewableSource.Kind kind, double ratedKW, double meanRatedKW, int hour) {
                return 0;
            }

            @Override
            public String description() {
                return "forecast: calm night";
            }
        };
        NetzeroInstance calm = STUDY.buildInstanceWith(sample(), NetzeroParameters.DEFAULT, null, none);
        assertEquals(0, calm.renewableKWh());
        assertEquals("forecast: calm night", calm.supplySource());
    }
}
