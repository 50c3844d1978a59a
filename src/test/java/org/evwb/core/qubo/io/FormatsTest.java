package org.evwb.core.qubo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

    private final QuboFiles files = new QuboFiles(Json.newMapper());

    static Qubo constrained() {
        QuboBuilder b = new QuboBuilder();
        for (String l : List.of("EV1 S1", "EV1 S2", "EV2 S1", "EV2 S2")) {
            b.addVariable(l);
        }
        int obj = b.objective("distance");
        b.addLinear(obj, 0, 1.25).addLinear(obj, 1, 0.1).addLinear(obj, 2, 3e-7).addLinear(obj, 3, 1);
        int c1 = b.constraint("one-hot EV1");
        int c2 = b.constraint("one-hot EV2");
        int c3 = b.constraint("S1 capacity");
        b.addSquaredLinear(c1, 5, 1, new int[] {0, 1}, new double[] {-1, -1});
        b.addSquaredLinear(c2, 5, 1, new int[] {2, 3}, new double[] {-1, -1});
        b.addQuadratic(c3, 0, 2, 5);
        return b.build();
    }

    @Test
    void qbsolvRoundTripIsBitForBit() throws Exception {
        for (int t = 0; t < 10; t++) {
            Qubo q = RandomQubos.random(2 + t * 3, 0.3, t % 2 == 0, 70 + t);
            String text = QbsolvFormat.write(q);
            Qubo back = QbsolvFormat.read(new StringReader(text), "t.qubo");
            assertTrue(q.sameCoefficients(back));
            assertEquals(text, QbsolvFormat.write(back));
        }
        String text = QbsolvFormat.write(constrained());
        assertTrue(text.contains("p qubo 0 4 4 3\n"), text); // 4 diagonal lines, couplers 0-1, 0-2, 2-3
    }

    @Test
    void jsonRoundTripKeepsLabelsPartsAndBits(@TempDir Path dir) throws Exception {
        Qubo q = constrained();
        Path f = dir.resolve("q.json");
        files.write(q, f);
        Qubo back = files.read(f);
        assertEquals(q, back);
        assertTrue(q.sameCoefficients(back));
        Path g = dir.resolve("again.json");
        files.write(back, g);
        assertEquals(Files.readString(f), Files.readString(g));
        Qubo r = RandomQubos.random(15, 0.4, false, 5);
        files.write(r, f);
        assertEquals(r, files.read(f));
    }

    @Test
    void convertingBetweenAllFormatsKeepsCoefficients(@TempDir Path dir) throws Exception {
        Qubo q = constrained();
        for (String ext : List.of(".coo", ".qubo", ".json")) {
            Path f = dir.resolve("x" + ext);
            files.write(q, f);
            assertTrue(q.sameCoefficients(files.read(f)), ext);
        }
    }

    @Test
    void badFilesNameFileLocationAndFix(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.qubo");
        Files.writeString(f, "p qubo 0 3 1 1\n0 0 1\n0 1 2\n1 2 3\n");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.read(f));
        assertTrue(e.getMessage().contains("bad.qubo: line 1") && e.getMessage().contains("correct the counts"),
                e.getMessage());
        Path j = dir.resolve("bad.json");
        Files.writeString(j, "{\"format\":\"evwb-qubo\",\"version\":1,\"variables\":[\"a\",\"b\"],"
                + "\"parts\":[{\"name\":\"o\",\"kind\":\"objective\",\"linear\":[[0,1]],\"quadratic\":[[0,5,1]]}]}");
        e = assertThrows(ProjectFileException.class, () -> files.read(j));
        assertTrue(e.getMessage().contains("$.parts[0].quadratic[0][1]") && e.getMessage().contains("0..1"),
                e.getMessage());
        Path x = dir.resolve("bad.xyz");
        Files.writeString(x, "");
        e = assertThrows(ProjectFileException.class, () -> files.read(x));
        assertTrue(e.getMessage().contains(".coo"), e.getMessage());
    }

    @Test
    void gsetG11HasDeclaredNodesAndEdges() throws Exception {
        Path g11 = org.evwb.SharedData.gset("G11");
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(g11), "Gset missing: " + g11 + " (shared/ beside the clone)");
        MaxCutGraph g = files.readGset(g11);
        assertEquals(800, g.numNodes());
        assertEquals(1600, g.numEdges());
        long negative = java.util.Arrays.stream(g.weight()).filter(w -> w < 0).count();
        assertTrue(negative > 0 && negative < 1600, "G11 has weights ±1");
    }

    /** The cut of a decoded sample (minus its energy) equals the cut counted edge by edge from the raw file text. */
    @Test
    void maxCutValueEqualsIndependentlyCountedCut() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        StringBuilder text = new StringBuilder("30 120\n");
        int[][] edges = new int[120][3];
        for (int e = 0; e < 120; e++) {
            int a = 1 + r.nextInt(30);
            int b = 1 + (a + r.nextInt(29)) % 30;
            edges[e] = new int[] {a, b, r.nextBoolean() ? 1 : -1};
            text.append(a).append(' ').append(b).append(' ').append(edges[e][2]).append('\n');
        }
        MaxCutGraph g = MaxCutGraph.readGset(new StringReader(text.toString()), "g.txt");
        Qubo q = g.toQubo();
        SampleSet s = new AnnealSampler(new AnnealSampler.Parameters(8, 500, 0, 0, 1, false))
                .solve(q, RunContext.of(1));
        byte[] x = s.best().orElseThrow().state();
        long counted = 0;
        for (int[] e : edges) {
            counted += x[e[0] - 1] != x[e[1] - 1] ? e[2] : 0;
        }
        assertEquals(counted, -s.bestEnergy(), 0.0);
        assertEquals(counted, g.cutValue(x));
        assertTrue(counted > 0);
    }

    @Test
    void importedSamplesDecodeIntoBrokenConstraints(@TempDir Path dir) throws Exception {
        Qubo q = constrained();
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "0110,3\n1010\n0000,2\n");
        SampleSet s = files.readSamples(csv, q);
        assertEquals(6, s.totalOccurrences());
        Decoded best = q.decode(s.best().orElseThrow().state());
        assertTrue(best.feasible(), best.toString()); // 0110: EV1 at S2, EV2 at S1
        Decoded both = q.decode(new byte[] {1, 0, 1, 0});
        assertEquals(List.of("S1 capacity"), both.brokenConstraints().stream().map(Decoded.Broken::constraint)
                .toList());
        Decoded none = q.decode(new byte[] {0, 0, 0, 0});
        assertEquals(List.of("one-hot EV1", "one-hot EV2"), none.brokenConstraints().stream()
                .map(Decoded.Broken::constraint).toList());

        Path labelled = dir.resolve("l.csv");
        Files.writeString(labelled, "EV2 S2,EV2 S1,EV1 S2,EV1 S1,num_occurrences\n0,1,1,0,4\n");
        SampleSet l = files.readSamples(labelled, q);
        assertEquals("0110", l.best().orElseThrow().bitString());
        assertEquals(4, l.totalOccurrences());

        Path bad = dir.resolve("b.csv");
        Files.writeString(bad, "0110\n01x0\n");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.readSamples(bad, q));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("4 characters"), e.getMessage());
    }
}
