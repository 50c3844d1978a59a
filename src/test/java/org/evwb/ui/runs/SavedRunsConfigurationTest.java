package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.study.Studies;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.Matching;
import org.evwb.ui.platform.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved runs are read back with the configuration they record: a strict-rule exchange run, solved with the
 * project's second configuration, is typed on a strict-rule instance and checks clean; once that configuration is
 * edited, the run still checks with its own and says the settings have changed.
 */
class SavedRunsConfigurationTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final ProjectIO io = new ProjectIO();
    private final ExchangeStudy exchange = new ExchangeStudy();

    @TempDir
    Path dir;

    @Test
    void aSavedStrictRuleRunIsTypedAndCheckedWithItsRecordedConfiguration() throws Exception {
        Project london = exchange.sampleProject().orElseThrow();
        List<StudyConfig> configs = new ArrayList<>(london.studies());
        configs.add(new StudyConfig("strict", "exchange", "C1/C2", Map.of("acceptability", "strict_non_negative")));
        Project project = london.withStudies(configs);
        Path file = dir.resolve("london.evwb.json");
        io.save(project, file);

        StudyConfig strict = project.studyConfigById("strict").orElseThrow();
        ExchangeInstance in = exchange.buildInstance(project, strict);
        RunOutcome<Matching> o = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper).run(exchange,
                exchange.solver("optimal").orElseThrow(), exchange.solver("optimal").orElseThrow().defaults(), in,
                RunConfiguration.of(exchange, project, strict), RunContext.of(1));
        assertTrue(o.report().feasible(), o.report()::toString);
        ResultStore store = new ResultStore(mapper);
        store.write(file, new ResultFile(o.report(), exchange.solutionToJson(in, o.solution(), mapper)));

        RunResult<?, ?> back = new SavedRuns(Studies.standard(), store, mapper).read(file, project, RunContext.of(1))
                .get(0).result();
        assertNull(back.note(), () -> "no note: " + back.note());
        assertNotNull(back.solution());
        assertEquals(ExchangeParameters.Acceptability.STRICT_NON_NEGATIVE,
                back.instanceAs(ExchangeInstance.class).orElseThrow().params().acceptability());

        // the user changes the strict configuration afterwards: the run keeps its own settings and says so
        List<StudyConfig> edited = new ArrayList<>(project.studies());
        edited.set(edited.size() - 1, new StudyConfig("strict", "exchange", "C1/C2", Map.of("acceptability", "pair_gain")));
        Project changed = project.withStudies(edited);
        RunResult<?, ?> later = new SavedRuns(Studies.standard(), store, mapper).read(file, changed,
                RunContext.of(1)).get(0).result();
        assertNotNull(later.solution());
        assertEquals(ExchangeParameters.Acceptability.STRICT_NON_NEGATIVE,
                later.instanceAs(ExchangeInstance.class).orElseThrow().params().acceptability());
        assertTrue(later.note() != null && later.note().contains("settings have changed")
                && later.note().contains("acceptability"), later::note);
    }
}
