package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result file reads back the compute-carbon constants it was written with (reports show them). */
class ResultFileCarbonTest {

    @TempDir
    Path dir;

    @Test
    void theConstantsOfTheEstimateSurviveTheFile() throws Exception {
        var settings = new ComputeCarbon.Settings(25, 4.5, 0.35);
        RunReport r = new RunReport("demo", "greedy", 1, Map.of(), Instant.EPOCH, RunStatus.COMPLETED, 1, 2,
                ComputeCarbon.estimate(2, 1, settings), Map.of("assignedVehicles", 3.0), List.of(), null);
        var mapper = Json.newMapper();
        Path f = dir.resolve("r.json");
        new ResultFile(r, mapper.createObjectNode()).write(f, mapper);
        assertEquals(settings, ResultFile.read(f, mapper).report().computeCarbon().settings());
    }
}
