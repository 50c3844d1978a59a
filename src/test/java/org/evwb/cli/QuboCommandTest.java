package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.project.Json;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.io.QuboFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuboCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = QuboCommand.commandLine(CliEnvironment.of(o, e));
        cl.setOut(o);
        cl.setErr(e);
        return cl.execute(args);
    }

    @Test
    void solveWritesBestEnergyAndJsonMatchingExact(@TempDir Path dir) throws Exception {
        Qubo q = RandomQubos.random(12, 0.4, true, 77);
        Path f = dir.resolve("q.coo");
        new QuboFiles(Json.newMapper()).write(q, f);
        Path res = dir.resolve("r.json");
        assertEquals(0, run("solve", f.toString(), "--sampler", "anneal", "--reads", "20", "--sweeps", "500",
                "--seed", "3", "--out", res.toString()), err.toString());
        double min = RandomQubos.bruteForceMin(q);
        assertTrue(out.toString().contains("anneal: best energy " + (long) min), out.toString());
        JsonNode json = Json.newMapper().readTree(res.toFile());
        assertEquals("anneal", json.get("sampler").asText());
        assertEquals(3, json.get("seed").asLong());
        assertEquals(min, json.get("energy").asDouble(), 1e-9);
        byte[] x = new byte[12];
        for (int i = 0; i < 12; i++) {
            x[i] = (byte) json.get("sample").get(i).asInt();
        }
        assertEquals(min, q.energy(x), 1e-9);
        assertEquals(20, json.get("parameters").get("reads").asInt());
        assertTrue(json.get("samples").size() >= 1);
        assertTrue(json.get("timings").has("wallSeconds"));

        // the written result decodes back
        out.getBuffer().setLength(0);
        assertEquals(0, run("decode", f.toString(), res.toString()), err.toString());
        assertTrue(out.toString().contains("energy " + (long) min), out.toString());
    }

    @Test
    void solveMaxCutReportsTheCut() throws Exception {
        Path g11 = org.evwb.SharedData.gset("G11");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(g11), "Gset missing: " + g11 + " (shared/ beside the clone)");
        assertEquals(0, run("solve", g11.toString(), "--maxcut", "--sampler", "anneal", "--reads", "2", "--sweeps",
                "200"), err.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("best energy (-?\\d+), cut (\\d+)")
                .matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertEquals(-Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        assertTrue(Long.parseLong(m.group(2)) > 450, "a poor cut: " + out);
    }

    @Test
    void convertBetweenFormats(@TempDir Path dir) throws Exception {
        Qubo q = RandomQubos.random(9, 0.5, false, 1);
        QuboFiles files = new QuboFiles(Json.newMapper());
        Path coo = dir.resolve("a.coo");
        files.write(q, coo);
        Path qb = dir.resolve("a.qubo");
        Path js = dir.resolve("a.json");
        assertEquals(0, run("convert", coo.toString(), qb.toString()), err.toString());
        assertEquals(0, run("convert", qb.toString(), js.toString()), err.toString());
        assertTrue(q.sameCoefficients(files.read(js)));
    }

    @Test
    void badUsageAndInputExitWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, run("solve"));
        assertEquals(2, run("solve", dir.resolve("missing.coo").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        Path f = dir.resolve("q.coo");
        new QuboFiles(Json.newMapper()).write(RandomQubos.random(31, 0.1, true, 1), f);
        err.getBuffer().setLength(0);
        assertEquals(2, run("solve", f.toString(), "--sampler", "exact"));
        assertTrue(err.toString().contains("at most 30"), err.toString());
        assertEquals(2, run("solve", f.toString(), "--sampler", "nope"));
        assertEquals(2, run("solve", f.toString(), "--sampler", "tabu", "--sweeps", "10"));
        assertTrue(err.toString().contains("no --sweeps"), err.toString());
        assertEquals(2, run("convert", f.toString(), dir.resolve("x.txt").toString()));
    }

    @Test
    void otherSamplersRunThroughTheCli(@TempDir Path dir) throws Exception {
        Qubo q = RandomQubos.random(8, 0.5, true, 5);
        Path f = dir.resolve("q.json");
        new QuboFiles(Json.newMapper()).write(q, f);
        long min = (long) RandomQubos.bruteForceMin(q);
        for (String s : new String[] {"exact", "cpsat", "tabu"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("solve", f.toString(), "--sampler", s, "--time-limit", "5"), err.toString());
            assertTrue(out.toString().contains("best energy " + min), s + ": " + out);
        }
        Path res = dir.resolve("qaoa.json");
        assertEquals(0, run("solve", f.toString(), "--sampler", "qaoa", "--p", "2", "--shots", "200", "--out",
                res.toString()), err.toString());
        JsonNode info = Json.newMapper().readTree(res.toFile()).get("info");
        assertEquals("qaoa", info.get("kind").asText());
        assertEquals(2, info.get("layers").asInt());
        assertTrue(info.get("probabilityOptimal").asDouble() > 0);
    }
}
