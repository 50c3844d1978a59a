package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ClasspathSamples;
import org.junit.jupiter.api.Test;

/**
 * A server's panel size (kWp): it scales the solar series by panel / the series' panel, round-trips through the
 * project file, is refused at its JSON path when negative or NaN, and is absent from old projects, which then solve
 * exactly as before.
 */
class EdgePanelTest {

    private final EdgeStudy study = new EdgeStudy();
    private final ProjectIO io = new ProjectIO();
    private final Project small = ClasspathSamples.load(EdgeStudy.SAMPLE);

    private static Project withServer(Project p, EdgeServer s) {
        Infrastructure i = p.infrastructure();
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                new Infrastructure(i.motorways(), i.chargingStations(), i.baseStations(), List.of(s),
                        i.windSources(), i.pvSources()), p.fleet(), p.timeSeries(), p.generators(), p.studies());
    }

    private EdgeInstance build(Project p) throws ProjectFileException {
        return study.buildInstance(p, p.studyConfig(EdgeStudy.ID).orElse(null));
    }

    private EdgeServer server() {
        return small.infrastructure().edgeServers().get(0);
    }

    @Test
    void anOldProjectHasNoPanelAndItsSolarIsTheSeriesAsItStands() throws Exception {
        assertNull(server().panelKwp());
        double[] series = small.timeSeries().get(0).toArray();
        assertArrayEquals(series, build(small).servers().get(0).solarW(), 0);
    }

    @Test
    void thePanelScalesTheSeriesByItsPeakOverTheSeriesPanelAndRevenueFollows() throws Exception {
        double[] series = small.timeSeries().get(0).toArray();
        EdgeInstance base = build(small);
        EdgeInstance twice = build(withServer(small, server().withPanelKwp(4.0)));
        double[] s = twice.servers().get(0).solarW();
        for (int t = 0; t < s.length; t++) {
            assertEquals(2 * series[t], s[t], 1e-9, "slot " + t + ": 4 kWp over the 2 kWp series");
        }
        assertEquals(0, twice.servers().get(0).predictedSolarW()[40] - 2 * series[40], 1e-9);
        // the series' panel is a study parameter: a 4 kWp series under a 4 kWp panel is the series itself
        Project asIs = withServer(small, server().withPanelKwp(4.0));
        StudyConfig c = asIs.studyConfig(EdgeStudy.ID).orElseThrow();
        Project ref4 = asIs.withStudies(List.of(new StudyConfig(c.id(), c.study(), c.name(),
                Map.of("solarSeriesKwp", 4.0), c.preset())));
        assertArrayEquals(series, build(ref4).servers().get(0).solarW(), 1e-9);

        var snb = study.solver("snb").orElseThrow();
        EdgeSchedule before = snb.create(snb.defaults()).solve(base, org.evwb.core.solve.RunContext.of(1));
        EdgeSchedule after = snb.create(snb.defaults()).solve(twice, org.evwb.core.solve.RunContext.of(1));
        assertTrue(study.checker().check(base, before).isEmpty());
        assertTrue(study.checker().check(twice, after).isEmpty(), "the checker judges the scaled solar");
        assertTrue(after.revenue() > before.revenue(), after.revenue() + " > " + before.revenue());
        // a panel of 0 kWp gives no solar and, without a battery, no revenue
        EdgeInstance none = build(withServer(small, server().withPanelKwp(0.0)));
        assertEquals(0, snb.create(snb.defaults()).solve(none, org.evwb.core.solve.RunContext.of(1))
                .revenue(), 0);
    }

    @Test
    void thePanelRoundTripsThroughTheProjectFile() throws Exception {
        Project p = withServer(small, server().withPanelKwp(3.5));
        String json = io.toJson(p);
        assertTrue(json.contains("\"panelKwp\" : 3.5"), json.substring(0, Math.min(800, json.length())));
        Project back = io.read(json.getBytes(StandardCharsets.UTF_8), "p.evwb.json");
        assertEquals(3.5, back.infrastructure().edgeServers().get(0).panelKwp());
        assertEquals(p.infrastructure().edgeServers(), back.infrastructure().edgeServers());
        // an old project (no field) writes no field
        assertFalse(io.toJson(small).contains("panelKwp"));
    }

    @Test
    void aNegativeOrNaNPanelIsRefusedAtItsJsonPath() throws Exception {
        String json = io.toJson(withServer(small, server().withPanelKwp(3.5)));
        for (String bad : List.of("-1.0", "\"NaN\"")) {
            String text = json.replace("\"panelKwp\" : 3.5", "\"panelKwp\" : " + bad);
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> io.read(text.getBytes(
                    StandardCharsets.UTF_8), "bad.evwb.json"), bad);
            assertTrue(e.problems().stream().anyMatch(pr -> pr.path().equals(
                    "$.infrastructure.edgeServers[0].panelKwp")), bad + ": " + e.problems());
        }
        // the builder refuses what the file check cannot see (a project made in code)
        List<Problem> p = assertThrows(ProjectFileException.class, () -> build(withServer(small,
                server().withPanelKwp(Double.NaN)))).problems();
        assertEquals("$.infrastructure.edgeServers[0].panelKwp", p.get(0).path());
        assertTrue(p.get(0).message().contains("leave it out"), p.get(0).message());
    }
}
