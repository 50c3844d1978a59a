package org.evwb.core.study.netzero.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.StudyOverrides;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.traffic.SumoTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Run dialog asks before a run starts ({@code checkRun}) and how a value set for one run goes over the
 * project's configuration ({@link StudyOverrides}, as {@code evwb solve --param} does): SUMO missing and an FCD file
 * that does not exist are problems at their parameter without anything run; the overrides are checked, recorded and
 * leave the configuration's other values as they were.
 */
class NetzeroRunChecksTest {

    private static final Project SAMPLE = ClasspathSamples.load(NetzeroStudy.SAMPLE);

    @TempDir
    Path dir;

    private StudyConfig configured() {
        return SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow();
    }

    private static StudyConfig with(StudyConfig c, Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return StudyOverrides.apply(new NetzeroStudy(StandardSources.standard()), c, m);
    }

    @Test
    void sumoMissingIsRefusedAtSpeedSourceWithoutRunningAnything() {
        NetzeroStudy noSumo = new NetzeroStudy(new StandardSources(Map.of("PATH", dir.toString()),
                SumoTraffic.Options.DEFAULT));
        List<Problem> problems = noSumo.checkRun(SAMPLE, with(configured(), "speedSource", "sumo"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).path().endsWith(".parameters.speedSource"), problems.get(0).path());
        assertTrue(problems.get(0).message().contains("SUMO was not found"), problems.get(0).message());
        assertEquals(List.of(), noSumo.checkRun(SAMPLE, configured()), "the built-in sources need nothing");
        assertTrue(new NetzeroStudy().checkRun(SAMPLE, with(configured(), "supplySource", "forecast")).get(0)
                .path().endsWith(".supplySource"), "a build without sources refuses them before the run too");
    }

    @Test
    void anFcdFileIsCheckedToExistAtFcdFile() throws Exception {
        NetzeroStudy study = new NetzeroStudy(StandardSources.standard());
        Path file = dir.resolve("trace.xml");
        List<Problem> missing = study.checkRun(SAMPLE, with(configured(), "speedSource", "fcd", "fcdFile",
                file.toString()));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).path().endsWith(".parameters.fcdFile"), missing.get(0).path());
        assertTrue(missing.get(0).message().contains("no file") && missing.get(0).message().contains("trace.xml"),
                missing.get(0).message());
        assertTrue(study.checkRun(SAMPLE, with(configured(), "speedSource", "fcd")).get(0).message()
                .contains("needs fcdFile"));
        Files.writeString(file, "<fcd-export/>");
        assertEquals(List.of(), study.checkRun(SAMPLE, with(configured(), "speedSource", "fcd", "fcdFile",
                file.toString())), "an existing file is read only by the run");
    }

    @Test
    void overridesGoOverTheConfigurationAndAreRecordedAsTheRunsConfiguration() throws Exception {
        NetzeroStudy study = new NetzeroStudy(StandardSources.standard());
        StudyConfig c = with(configured(), "supplySource", "FORECAST", "fleetSize", "12");
        assertEquals("forecast", c.parameters().get("supplySource"), "written as a configuration writes it");
        assertEquals(12, c.parameters().get("fleetSize"));
        assertEquals(800, ((Number) c.parameters().get("gridCapKWh")).intValue(), "the project's value is kept");
        assertEquals(configured().id(), c.id());
        RunConfiguration recorded = RunConfiguration.of(study, SAMPLE, c);
        assertEquals("forecast", recorded.parameters().get("supplySource"));
        assertEquals(12, ((Number) recorded.parameters().get("fleetSize")).intValue());
        assertEquals(configured(), SAMPLE.studyConfig(NetzeroStudy.ID).orElseThrow(), "the project is not edited");
        assertTrue(StudyOverrides.apply(study, configured(), Map.of()) == configured(), "nothing set: as it is");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(configured(), "supplySource", "tomorrow"));
        assertTrue(e.getMessage().contains("supplySource"), e.getMessage());
    }
}
