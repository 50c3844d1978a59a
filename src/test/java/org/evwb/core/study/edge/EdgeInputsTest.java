package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.solve.ClasspathSamples;
import org.junit.jupiter.api.Test;

/** Malformed inputs are refused with every problem at its path and what to do; the samples build. */
class EdgeInputsTest {

    private final EdgeStudy study = new EdgeStudy();
    private final Project small = ClasspathSamples.load(EdgeStudy.SAMPLE);

    private Project withServer(Project p, EdgeServer s) {
        Infrastructure i = p.infrastructure();
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                new Infrastructure(i.motorways(), i.chargingStations(), i.baseStations(), List.of(s),
                        i.windSources(), i.pvSources()), p.fleet(), p.timeSeries(), p.generators(), p.studies());
    }

    private Project withSolar(Project p, List<Double> values) {
        TimeSeries t = p.timeSeries().get(0);
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                p.infrastructure(), p.fleet(), List.of(new TimeSeries(t.id(), t.name(), t.unit(), t.startMin(),
                t.slotMinutes(), values)), p.generators(), p.studies());
    }

    private List<Problem> problems(Project p) {
        return assertThrows(ProjectFileException.class, () -> study.buildInstance(p, p.studyConfig("edge")
                .orElse(null))).problems();
    }

    private EdgeServer server() {
        return small.infrastructure().edgeServers().get(0);
    }

    @Test
    void theSamplesBuild() throws Exception {
        EdgeInstance in = study.buildInstance(small, small.studyConfig("edge").orElseThrow());
        assertEquals(400, in.taskCount());
        assertEquals(96, in.slots());
        Project day = ClasspathSamples.load("edge-solar-day.evwb.json");
        EdgeInstance big = study.buildInstance(day, day.studyConfig("edge").orElseThrow());
        assertEquals(2, big.servers().size());
        assertEquals(100_000, big.servers().get(0).tasks().size());
    }

    @Test
    void negativeCapacityAndABatteryOnANoBatteryServer() {
        EdgeServer s = server();
        List<Problem> p = problems(withServer(small, new EdgeServer(s.id(), s.name(), s.position(), s.cores(),
                s.maxPowerW(), s.staticPowerW(), BatteryKind.FINITE, -5, s.solarSeriesId())));
        assertEquals("$.infrastructure.edgeServers[0].batteryCapacityWh", p.get(0).path());
        assertTrue(p.get(0).message().contains("-5"), p::toString);
        p = problems(withServer(small, new EdgeServer(s.id(), s.name(), s.position(), s.cores(), s.maxPowerW(),
                s.staticPowerW(), BatteryKind.NONE, 100, s.solarSeriesId())));
        assertTrue(p.get(0).message().contains("batteryKind is none"), p::toString);
        p = problems(withServer(small, new EdgeServer(s.id(), s.name(), s.position(), s.cores(), 400, 500,
                BatteryKind.NONE, 0, s.solarSeriesId())));
        assertEquals("$.infrastructure.edgeServers[0].staticPowerW", p.get(0).path());
    }

    @Test
    void solarOfTheWrongLengthAndNaN() {
        List<Double> shorter = new ArrayList<>(small.timeSeries().get(0).values().subList(0, 90));
        List<Problem> p = problems(withSolar(small, shorter));
        assertEquals("$.timeSeries[0].values", p.get(0).path());
        assertTrue(p.get(0).message().contains("has 90 values but the task recipe has 96 slots"), p::toString);
        List<Double> nan = new ArrayList<>(small.timeSeries().get(0).values());
        nan.set(40, Double.NaN);
        p = problems(withSolar(small, nan));
        assertEquals("$.timeSeries[0].values[40]", p.get(0).path());
        assertTrue(p.get(0).message().contains("NaN"), p::toString);
    }

    @Test
    void unknownSolarSeriesAndNoRecipe() {
        EdgeServer s = server();
        List<Problem> p = problems(withServer(small, new EdgeServer(s.id(), s.name(), s.position(), s.cores(),
                s.maxPowerW(), s.staticPowerW(), s.batteryKind(), 0, "nope")));
        assertTrue(p.get(0).message().contains("no time series 'nope'"), p::toString);
        p = problems(small.withGenerators(List.of()));
        assertEquals("$.generators", p.get(0).path());
    }

    @Test
    void taskCsvNamesRowAndColumn() throws Exception {
        String good = "arrivalSlot,deadlineSlot,utilisation,revenue\n3,5,0.5,\n1,2,1,2.5\n";
        List<EdgeTask> tasks = EdgeTaskCsv.parse(good.getBytes(StandardCharsets.UTF_8), "tasks.csv", 10, 1);
        assertEquals(2, tasks.size());
        assertEquals(new EdgeTask(0, 1, 0, 1, 2.5), tasks.get(0), "ordered by arrival");
        assertEquals(new EdgeTask(1, 3, 1, 0.5, 0.5 * 1.8), tasks.get(1), "revenue from the formula when empty");
        String bad = "arrivalSlot;deadlineSlot;utilisation\n7;4;0.5\n2;3;x\n2;3;1.5\n";
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> EdgeTaskCsv.parse(bad.getBytes(StandardCharsets.UTF_8), "tasks.csv", 10, 1));
        assertEquals("tasks.csv", e.source());
        assertEquals(List.of("row 2, column deadlineSlot", "row 3, column utilisation", "row 4, column utilisation"),
                e.problems().stream().map(Problem::path).toList());
        assertTrue(e.problems().get(0).message().contains("not after the arrival"), e.problems()::toString);
        ProjectFileException missing = assertThrows(ProjectFileException.class,
                () -> EdgeTaskCsv.parse("arrival,utilisation\n1,1\n".getBytes(StandardCharsets.UTF_8), "t.csv", 10,
                        1));
        assertTrue(missing.problems().get(0).message().contains("no column 'arrivalSlot'"), missing::toString);
    }
}
