package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.io.SampleSetWriters;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evwb export-qubo} and {@code evwb import-samples} for every registered QUBO study on its sample project, as a
 * user runs them: export in each format, solve the exported file with {@code evwb qubo solve} (exact or CP-SAT), bring
 * the ground state back as a bit string, a CSV and an Ocean sample set (BINARY and SPIN), and {@code evwb check} the
 * result without anything else; corrupted sample files are refused with the file, the place and the fix.
 */
class QuboRoundTripCliTest {

    private final ObjectMapper mapper = Json.newMapper();

    static List<QuboStudy<?, ?>> quboStudies() {
        return Studies.standard().studies().stream().filter(QuboStudy.class::isInstance)
                .<QuboStudy<?, ?>>map(QuboStudy.class::cast).toList();
    }

    private static Path project(QuboStudy<?, ?> s, Path dir) throws Exception {
        Path p = dir.resolve(s.id() + ".evwb.json");
        new ProjectIO().save(s.sampleProject().orElseThrow(() -> new AssertionError(s.id() + " has no sample")), p);
        return p;
    }

    @Test
    void exportSolveImportAndCheckForEveryQuboStudy(@TempDir Path dir) throws Exception {
        assertTrue(quboStudies().size() >= 2);
        for (QuboStudy<?, ?> s : quboStudies()) {
            Path project = project(s, dir);
            String fingerprint = null;
            for (String ext : List.of("coo", "qubo", "json")) {
                Path out = dir.resolve(s.id() + "." + ext);
                CliRunner.Run r = CliRunner.run("export-qubo", project.toString(), "--study", s.id(), "--format", ext,
                        "--out", out.toString());
                assertEquals(0, r.exitCode(), r.toString());
                assertTrue(r.out().contains("fingerprint: sha256:"), r.out());
                String fp = r.out().lines().filter(l -> l.startsWith("fingerprint: ")).findFirst().orElseThrow();
                assertTrue(fingerprint == null || fingerprint.equals(fp), "one QUBO, one fingerprint: " + r.out());
                fingerprint = fp;
                assertTrue(Files.readString(out).contains("evwb-fingerprint") || ext.equals("json"));
            }
            Path exported = dir.resolve(s.id() + ".coo");
            Qubo q = new QuboFiles(mapper).read(exported);
            Path solved = dir.resolve(s.id() + "-solved.json");
            String sampler = q.numVariables() <= 24 ? "exact" : "cpsat";
            CliRunner.Run solve = CliRunner.run("qubo", "solve", exported.toString(), "--sampler", sampler,
                    "--out", solved.toString());
            assertEquals(0, solve.exitCode(), solve.toString());
            JsonNode sol = mapper.readTree(solved.toFile());
            byte[] x = new byte[q.numVariables()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (byte) sol.get("sample").get(i).asInt();
            }
            double energy = sol.get("energy").asDouble();
            Map<String, String> files = new LinkedHashMap<>();
            files.put("ground.txt", SampleSetWriters.bits(x) + "\n");
            files.put("ground.csv", SampleSetWriters.csv(q, List.of(x), false));
            files.put("ground-binary.json", mapper.writeValueAsString(SampleSetWriters.ocean(mapper, q, List.of(x),
                    false, true, true)));
            files.put("ground-spin.json", mapper.writeValueAsString(SampleSetWriters.ocean(mapper, q, List.of(x),
                    true, false, true)));
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path samples = dir.resolve(s.id() + "-" + f.getKey());
                Files.writeString(samples, f.getValue());
                Path result = dir.resolve(s.id() + "-" + f.getKey() + ".result.json");
                CliRunner.Run imp = CliRunner.run("import-samples", project.toString(), "--study", s.id(),
                        samples.toString(), "--out", result.toString());
                assertEquals(0, imp.exitCode(), f.getKey() + ": " + imp);
                assertTrue(imp.out().contains("checker: feasible"), imp.out());
                assertEquals("", imp.err(), "no warnings: the stated energies are the QUBO's");
                JsonNode res = mapper.readTree(result.toFile());
                assertEquals("import", res.get("solver").asText());
                assertEquals(samples.toString(), res.get("parameters").get("file").asText());
                assertEquals(energy, res.get("solution").get("qubo").get("bestEnergy").asDouble(), 1e-9);
                assertTrue(res.get("feasible").asBoolean());
                assertTrue(res.path("configuration").path("parameters").isObject(), "the configuration is recorded");
                CliRunner.Run check = CliRunner.run("check", project.toString(), result.toString());
                assertEquals(0, check.exitCode(), check.toString());
                assertTrue(check.out().contains("solver import"), check.out());
                assertTrue(check.out().contains("as recorded in the result"), check.out());
            }
            // a bit string on the command line
            CliRunner.Run literal = CliRunner.run("import-samples", project.toString(), "--study", s.id(),
                    SampleSetWriters.bits(x));
            assertEquals(0, literal.exitCode(), literal.toString());
        }
    }

    @Test
    void aStudyWithoutQuboAndABadFormatAreRefused(@TempDir Path dir) throws Exception {
        Path project = project(quboStudies().get(0), dir);
        CliRunner.Run demo = CliRunner.run("export-qubo", project.toString(), "--study", "demo", "--out",
                dir.resolve("d.coo").toString());
        assertEquals(2, demo.exitCode());
        assertTrue(demo.err().contains("study 'demo' has no QUBO formulation; QUBO studies: "), demo.err());
        CliRunner.Run fmt = CliRunner.run("export-qubo", project.toString(), "--study", quboStudies().get(0).id(),
                "--out", dir.resolve("q.txt").toString());
        assertEquals(2, fmt.exitCode());
        assertTrue(fmt.err().contains("name it .coo, .qubo or .json, or give --format"), fmt.err());
        CliRunner.Run imp = CliRunner.run("import-samples", project.toString(), "--study", "demo", "0101");
        assertEquals(2, imp.exitCode());
    }

    /**
     * The worked example of docs/qubo.md: the committed export is what {@code export-qubo} writes for the classroom
     * sample today, and its committed sample sets (an Ocean SPIN set packed by dimod's own algorithm, and pandas'
     * CSV) import as a feasible run at the ground energy, without warnings.
     */
    @Test
    void theDocumentedExampleStillRoundTrips(@TempDir Path dir) throws Exception {
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        Path project = repo.resolve("sample-projects/exchange-classroom.evwb.json");
        Path examples = repo.resolve("docs/examples");
        Path out = dir.resolve("export.json");
        assertEquals(0, CliRunner.run("export-qubo", project.toString(), "--study", "exchange", "--out",
                out.toString()).exitCode());
        assertEquals(Files.readString(examples.resolve("exchange-classroom-qubo.json")), Files.readString(out),
                "docs/examples/exchange-classroom-qubo.json is what export-qubo writes; export it again");
        for (String f : List.of("exchange-classroom-samples.json", "exchange-classroom-samples.csv")) {
            CliRunner.Run r = CliRunner.run("import-samples", project.toString(), "--study", "exchange",
                    examples.resolve(f).toString());
            assertEquals(0, r.exitCode(), f + ": " + r);
            assertEquals("", r.err(), f);
            assertTrue(r.out().contains("3 samples (100 reads, 3 distinct)"), r.out());
            assertTrue(r.out().contains("best sample: energy -3058.07"), r.out());
        }
    }

    /** One corrupted sample file, and what its message must say. */
    private record Corrupt(String name, String content, String where, String says) { }

    @Test
    void corruptedSampleFilesAreRefusedWithTheirPlace(@TempDir Path dir) throws Exception {
        for (QuboStudy<?, ?> s : quboStudies()) {
            Path project = project(s, dir);
            Path exported = dir.resolve(s.id() + ".json");
            assertEquals(0, CliRunner.run("export-qubo", project.toString(), "--study", s.id(), "--out",
                    exported.toString()).exitCode());
            Qubo q = new QuboFiles(mapper).read(exported);
            int n = q.numVariables();
            byte[] x = new byte[n];
            String bits = SampleSetWriters.bits(x);
            String csv = SampleSetWriters.csv(q, List.of(x), true);
            List<Corrupt> corrupt = new ArrayList<>();
            corrupt.add(new Corrupt("short.txt", bits.substring(1) + "\n", "line 1",
                    "expected a bit string of " + n + " characters"));
            corrupt.add(new Corrupt("two.txt", bits.substring(1) + "2\n", "line 1", "characters 0/1"));
            corrupt.add(new Corrupt("label.txt", "\"no such variable\"=1\n", "line 1",
                    "'no such variable' is neither a label of the exported QUBO"));
            corrupt.add(new Corrupt("missing.txt", "x0=1\n", "line 1", "variables have no value"));
            corrupt.add(new Corrupt("fingerprint.txt", "# evwb-fingerprint=sha256:" + "a".repeat(64) + "\n" + bits
                    + "\n", "line 1", "changed since the export"));
            corrupt.add(new Corrupt("header.csv", csv.replaceFirst("\"[^\"]*\"", "\"nope\""), "row 1, column 1",
                    "'nope' is neither a label"));
            corrupt.add(new Corrupt("nocolumn.csv", csv.replaceFirst("\"[^\"]*\",", "").replaceFirst("(?m)^0,", ""),
                    "row 1", "variables have no column"));
            corrupt.add(new Corrupt("value.csv", csv.replaceFirst("(?m)^0,", "7,"), "row 2, column 1",
                    "expected 0 or 1, found '7'"));
            corrupt.add(new Corrupt("count.csv", csv.replaceFirst(",3\n", ",0\n"), "row 2, column " + (n + 2),
                    "num_occurrences must be a whole number >= 1"));
            corrupt.add(new Corrupt("spin.csv", csv.replaceFirst("(?m)^0,", "-1,"), "row 2, column 1",
                    "put '# vartype=SPIN' on the first line"));
            ObjectNode ocean = SampleSetWriters.ocean(mapper, q, List.of(x), false, true, false);
            corrupt.add(new Corrupt("count.json", with(ocean, o -> o.put("num_variables", n + 1)),
                    "$.num_variables", "the sample set has " + (n + 1) + " variables but the exported QUBO has " + n));
            corrupt.add(new Corrupt("rows.json", with(ocean, o -> o.put("num_rows", 2_000_000_000)),
                    "$.num_rows", "2000000000 samples"));
            corrupt.add(new Corrupt("labels.json", with(ocean, o -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    o.get("variable_labels")).set(0, mapper.getNodeFactory().textNode("stranger"))),
                    "$.variable_labels[0]", "'stranger' is neither a label"));
            corrupt.add(new Corrupt("twice.json", with(ocean, o -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    o.get("variable_labels")).set(1, o.get("variable_labels").get(0))),
                    "$.variable_labels[1]", "is listed twice"));
            corrupt.add(new Corrupt("word.json", with(ocean, o -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    o.get("sample_data").get("data").get(0)).set(0, mapper.getNodeFactory().numberNode(-5))),
                    "$.sample_data.data[0][0]", "unsigned 32-bit word"));
            corrupt.add(new Corrupt("vartype.json", with(ocean, o -> o.put("variable_type", "DISCRETE")),
                    "$.variable_type", "BINARY (0/1) or SPIN (-1/+1)"));
            corrupt.add(new Corrupt("bytes.json", with(ocean, o -> o.with("sample_data").put("use_bytes", true)),
                    "$.sample_data.use_bytes", "use_bytes=True"));
            ObjectNode spin = SampleSetWriters.ocean(mapper, q, List.of(x), true, false, false);
            corrupt.add(new Corrupt("spin.json", with(spin, o -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    o.get("sample_data").get("data").get(0)).set(2, mapper.getNodeFactory().numberNode(0))),
                    "$.sample_data.data[0][2]", "expected -1 or +1"));
            corrupt.add(new Corrupt("energy.json", with(ocean, o -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    o.get("vectors").get("energy").get("data")).removeAll()), "$.vectors.energy.data",
                    "0 values, but the sample set has 1 rows"));
            corrupt.add(new Corrupt("old.json", "{\"basetype\": \"SampleSet\", \"type\": \"SampleSet\", \"record\": "
                    + "{}, \"variable_labels\": []}", "$.record", "schema before 3.0"));
            for (Corrupt c : corrupt) {
                Path f = dir.resolve(s.id() + "-" + c.name());
                Files.writeString(f, c.content());
                CliRunner.Run r = CliRunner.run("import-samples", project.toString(), "--study", s.id(), f.toString(),
                        "--out", dir.resolve("never.json").toString());
                String at = s.id() + " " + c.name() + ": " + r;
                assertEquals(2, r.exitCode(), at);
                assertTrue(r.err().startsWith(f + ": " + c.where() + ": "), at);
                assertTrue(r.err().contains(c.says()), at);
                assertFalse(Files.exists(dir.resolve("never.json")), at);
            }
        }
    }

    private String with(ObjectNode o, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode copy = o.deepCopy();
        change.accept(copy);
        return mapper.writeValueAsString(copy);
    }
}
