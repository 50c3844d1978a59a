package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.csv.TimeSeriesCsvImport;
import org.evwb.core.project.csv.VehicleCsvImport;
import org.junit.jupiter.api.Test;

/** The examples in docs/file-format.md are real: the project loads and the CSV examples import into it. */
class FileFormatDocTest {

    private final ProjectIO io = new ProjectIO();

    @Test
    void completeExampleLoads() throws Exception {
        Project p = example();
        assertEquals("Format example", p.name());
        assertEquals(17, p.infrastructure().motorways().get(0).lengthKm());
        assertEquals(2, p.fleet().vehicles().size());
        for (EntityKind k : List.of(EntityKind.MOTORWAY, EntityKind.CHARGING_STATION, EntityKind.BASE_STATION,
                EntityKind.EDGE_SERVER, EntityKind.VEHICLE_TYPE, EntityKind.VEHICLE, EntityKind.TIME_SERIES)) {
            assertTrue(!p.entities(k).isEmpty(), k.toString());
        }
    }

    @Test
    void csvExamplesImportIntoTheExample() throws Exception {
        Project p = example();
        List<String> csv = blocks("csv");
        assertEquals(3, csv.size());
        var vehicles = new VehicleCsvImport().read(bytes(csv.get(0)), "vehicles.csv", p);
        assertEquals(2, vehicles.size());
        var cols = new TimeSeriesCsvImport().read(bytes(csv.get(1)), "prices.csv", p,
                new TimeSeriesCsvImport.Options(15, 1080, "¤/kWh"));
        assertEquals(List.of("price", "residual"), cols.stream().map(TimeSeries::id).toList());
        var rows = new TimeSeriesCsvImport().read(bytes(csv.get(2)), "prices.csv", p, null);
        assertEquals(4, rows.get(0).size());
    }

    private Project example() throws Exception {
        List<String> json = blocks("json");
        assertEquals(1, json.size(), "one JSON example in the doc");
        return io.read(bytes(json.get(0)), "docs/file-format.md");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The fenced code blocks of a language in the doc (indentation of list items removed). */
    static List<String> blocks(String lang) throws Exception {
        List<String> lines = Files.readAllLines(SampleProjectsTest.repo().resolve("docs/file-format.md"));
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        String indent = "";
        for (String line : lines) {
            String t = line.strip();
            if (cur == null && t.equals("```" + lang)) {
                cur = new StringBuilder();
                indent = line.substring(0, line.indexOf('`'));
            } else if (cur != null && t.equals("```")) {
                out.add(cur.toString());
                cur = null;
            } else if (cur != null) {
                cur.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
            }
        }
        assertTrue(cur == null, "unclosed code block");
        return out;
    }
}
