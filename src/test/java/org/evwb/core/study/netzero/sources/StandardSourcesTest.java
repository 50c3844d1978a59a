package org.evwb.core.study.netzero.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroChecker;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroSolution;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.core.study.netzero.traffic.SumoTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's speed and supply sources chosen by study parameters, through {@code buildInstance} as a run builds it:
 * a forecast feeds the supply, an FCD file and a SUMO run feed the profiles, and the milp's answer on each passes the
 * checker; a missing SUMO, a missing or foreign FCD file and a build without sources are problems at the parameter.
 */
class StandardSourcesTest {

    private static final Project SAMPLE = ClasspathSamples.load(NetzeroStudy.SAMPLE);

    @TempDir
    Path dir;

    private static StudyConfig config(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>(SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow().parameters());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new StudyConfig("netzero-road", NetzeroStudy.ID, null, m);
    }

    private static Project sampleWith(StudyConfig config) {
        return SAMPLE.withStudies(List.of(config));
    }

    private static void solvesAndChecks(NetzeroStudy study, NetzeroInstance in) {
        var spec = study.solver("milp").orElseThrow();
        NetzeroSolution s = spec.create(spec.defaults()).solve(in, RunContext.of(1));
        assertEquals(List.of(), new NetzeroChecker().check(in, s));
    }

    private static Problem only(ProjectFileException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void aForecastFeedsTheSupplyAndTheMilpPassesTheChecker() throws Exception {
        NetzeroStudy study = new NetzeroStudy(StandardSources.standard());
        StudyConfig c = config("supplySource", "forecast", "forecastModel", "linear");
        NetzeroInstance in = study.buildInstance(sampleWith(c), c, RunContext.of(1));
        NetzeroInstance table = study.buildInstance(SAMPLE, SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow());
        assertTrue(in.supplySource().startsWith("forecast: wind by linear"), in.supplySource());
        assertNotEquals(table.renewableKWh(), in.renewableKWh(), "the forecast is not the weather's own output");
        assertEquals(table.demandKWh(), in.demandKWh(), 1e-9, "the fleet is the same");
        solvesAndChecks(study, in);
    }

    @Test
    void aMissingSumoIsAProblemAtSpeedSourceAtOnce() {
        NetzeroStudy study = new NetzeroStudy(new StandardSources(Map.of("PATH", dir.toString()),
                SumoTraffic.Options.DEFAULT));
        StudyConfig c = config("speedSource", "sumo");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> study.buildInstance(sampleWith(c), c, RunContext.of(1)));
        Problem p = only(e);
        assertEquals("$.studies[0].parameters.speedSource", p.path());
        assertTrue(p.message().contains("SUMO was not found") && p.message().contains("apt-get install sumo"),
                p.message());
    }

    @Test
    void fcdNeedsAFileThatExistsAndNamesOnlyTheFleetsEvs() throws Exception {
        NetzeroStudy study = new NetzeroStudy(StandardSources.standard());
        StudyConfig none = config("speedSource", "fcd");
        Problem p = only(assertThrows(ProjectFileException.class,
                () -> study.buildInstance(sampleWith(none), none, RunContext.of(1))));
        assertEquals("$.studies[0].parameters.fcdFile", p.path());
        assertTrue(p.message().contains("needs fcdFile"), p.message());

        StudyConfig missing = config("speedSource", "fcd", "fcdFile", dir.resolve("nope.xml").toString());
        p = only(assertThrows(ProjectFileException.class,
                () -> study.buildInstance(sampleWith(missing), missing, RunContext.of(1))));
        assertTrue(p.message().contains("no file") && p.message().contains("nope.xml"), p.message());

        NetzeroInstance builtIn = study.buildInstance(SAMPLE, SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow());
        String ev = builtIn.evs().get(0).id();
        Path csv = dir.resolve("fcd.csv");
        Files.writeString(csv, "id,time,speed,pos\n" + ev + ",0,20,0\n" + ev + ",1,22,20\n" + ev + ",2,25,42\n"
                + ev + ",3,15,67\nghost,0,10,0\nghost,1,10,10\n");
        StudyConfig foreign = config("speedSource", "fcd", "fcdFile", csv.toString());
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> study.buildInstance(sampleWith(foreign), foreign, RunContext.of(1)));
        assertTrue(e.getMessage().contains("\"ghost\" is not in the fleet") && e.getMessage().contains("line 6"),
                e.getMessage());

        Files.writeString(csv, "id,time,speed,pos\n" + ev + ",0,20,0\n" + ev + ",1,22,20\n" + ev + ",2,25,42\n"
                + ev + ",3,15,67\n");
        StudyConfig good = config("speedSource", "fcd", "fcdFile", csv.toString());
        NetzeroInstance in = study.buildInstance(sampleWith(good), good, RunContext.of(1));
        assertTrue(in.evs().get(0).profile().source().startsWith("fcd.csv"), in.evs().get(0).profile().source());
        assertNotEquals(builtIn.evs().get(0).consumptionKWh(), in.evs().get(0).consumptionKWh());
        assertEquals(builtIn.evs().get(1).consumptionKWh(), in.evs().get(1).consumptionKWh(), 1e-12,
                "an EV without a trace keeps the built-in profile");
        solvesAndChecks(study, in);
    }

    @Test
    void aSumoRunFeedsTheProfiles() throws Exception {
        assumeTrue(SumoInstallation.locate().isPresent(), "SUMO not installed");
        NetzeroStudy study = new NetzeroStudy(new StandardSources(System.getenv(), new SumoTraffic.Options(
                Duration.ofSeconds(60), 60, 1)));
        StudyConfig c = config("speedSource", "sumo", "fleetSize", 8, "roadLengthKm", 2.0, "routeMeanKm", 1.0,
                "routeVarianceKm2", 0.1);
        NetzeroInstance in = study.buildInstance(sampleWith(c), c, RunContext.of(1));
        assertEquals(8, in.evs().size());
        assertTrue(in.evs().stream().allMatch(ev -> ev.profile().source().startsWith(SumoTraffic.SOURCE)),
                in.evs().get(0).profile().source());
        solvesAndChecks(study, in);
    }

    @Test
    void aStudyWithoutSourcesRefusesThemByName() {
        StudyConfig c = config("supplySource", "forecast");
        Problem p = only(assertThrows(ProjectFileException.class,
                () -> new NetzeroStudy().buildInstance(sampleWith(c), c)));
        assertEquals("$.studies[0].parameters.supplySource", p.path());
    }
}
