package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.study.QuboRunStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result files hold JSON numbers only (docs/results.md): a figure that is not a finite number is written as null
 * (inside the solution) or left out (objectives), never as the text "NaN"; reading accepts both, and older files that
 * did write "NaN". The file must be UTF-8.
 */
class ResultFileValuesTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void nonFiniteFiguresAreWrittenAsNullOrLeftOutNeverAsText() throws Exception {
        Map<String, Double> objectives = new LinkedHashMap<>();
        objectives.put("quboBestEnergy", Double.NaN);
        objectives.put("quboFeasibleReadShare", Double.POSITIVE_INFINITY);
        objectives.put("quboReads", 0.0);
        ObjectNode solution = mapper.createObjectNode();
        solution.putObject("qubo").put("bestEnergy", Double.NaN).put("reads", 0)
                .putObject("cpsat").put("bound", Double.NEGATIVE_INFINITY);
        Path f = dir.resolve("r.json");
        new ResultFile(report(objectives), solution).write(f, mapper);
        String text = Files.readString(f);
        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
        assertTrue(text.contains("\"bestEnergy\" : null"), text);
        assertTrue(text.contains("\"bound\" : null"), text);
        ResultFile back = ResultFile.read(f, mapper);
        assertEquals(Map.of("quboReads", 0.0), back.report().objectives(), "non-finite objectives are left out");
        assertTrue(back.solution().path("qubo").path("bestEnergy").isNull());
    }

    @Test
    void statisticsReadNullAndOlderFilesNaNTextAsNaN() throws Exception {
        for (String v : List.of("null", "\"NaN\"")) {
            String json = "{\"sampler\": \"anneal\", \"encoding\": \"matching\", \"variables\": 3, \"couplers\": 2,"
                    + " \"higherOrderTerms\": 0, \"penalties\": {}, \"reads\": 0, \"bestEnergy\": " + v + ","
                    + " \"readsByUnresolved\": [], \"brokenConstraints\": []}";
            QuboRunStats s = mapper.readValue(json, QuboRunStats.class);
            assertTrue(Double.isNaN(s.bestEnergy()), v);
        }
        String cpsat = "{\"status\": \"UNKNOWN\", \"optimal\": false, \"bound\": null}";
        assertTrue(Double.isNaN(mapper.readValue(cpsat, QuboRunStats.CpSat.class).bound()));
    }

    @Test
    void olderObjectivesWrittenAsNaNTextStillRead() throws Exception {
        Path f = dir.resolve("old.json");
        new ResultFile(report(Map.of("quboReads", 4.0)), mapper.createObjectNode()).write(f, mapper);
        String text = Files.readString(f).replace("\"quboReads\" : 4.0", "\"quboReads\" : 4.0, \"quboBestEnergy\" : "
                + "\"NaN\"");
        Files.writeString(f, text);
        ResultFile back = ResultFile.read(f, mapper);
        assertTrue(Double.isNaN(back.report().objectives().get("quboBestEnergy")));
    }

    @Test
    void aResultFileInUtf16IsRefusedWithSaveAsUtf8() throws Exception {
        Path f = dir.resolve("r.json");
        new ResultFile(report(Map.of()), mapper.createObjectNode()).write(f, mapper);
        Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_16LE));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ResultFile.read(f, mapper));
        assertTrue(e.getMessage().contains("UTF-16 (little-endian) text; save it as UTF-8"), e.getMessage());
    }

    static RunReport report(Map<String, Double> objectives) {
        return new RunReport("demo", "greedy", 1, Map.of(), Instant.parse("2026-01-01T00:00:00Z"), RunStatus.COMPLETED,
                0.1, 0.1, new ComputeCarbon(1e-7, 2e-8, ComputeCarbon.Settings.DEFAULT), objectives, List.of(), null);
    }
}
