package org.evwb.core.qubo.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.io.QuboExport;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.io.QuboFingerprint;
import org.evwb.core.qubo.io.SampleFiles;
import org.evwb.core.qubo.io.SampleSetWriters;
import org.evwb.core.qubo.sampler.CpSatSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QUBO round trip for every registered {@link QuboStudy} on its sample project: the export reads back equal in
 * each format; the exported QUBO's ground state (from {@code exact}, or {@code cpsat} above 24 variables), written
 * as a bit string, assignments by label, CSVs by label and by index, and Ocean sample sets (BINARY and SPIN, packed
 * and not, labels and indices), comes back as a feasible run checked by the study's checker with the same energy;
 * the result file reads back and checks again.
 */
class QuboRoundTripTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final SampleFiles files = new SampleFiles(mapper);
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);

    record Case<I, S>(QuboStudy<I, S> study, I instance, StudyConfig config) {
        QuboExport export() {
            return QuboRoundTrip.export(study, instance, config);
        }

        Map<String, Double> penalties() {
            return study.quboFormulation().encode(instance).penalties();
        }

        QuboRoundTrip.Import<I, S> prepare(Path f, SampleFiles files) throws ProjectFileException {
            return QuboRoundTrip.prepare(study, instance, f.toString(), qq -> files.read(f, qq));
        }
    }

    static List<Case<?, ?>> cases() throws Exception {
        List<Case<?, ?>> out = new ArrayList<>();
        for (QuboStudy<?, ?> s : QuboStudiesTest.quboStudies()) {
            out.add(make(s, QuboStudiesTest.smallProject(s)));
        }
        assertTrue(out.size() >= 2, "motorway and exchange are QUBO studies");
        return out;
    }

    static <I, S> Case<I, S> make(QuboStudy<I, S> s, Project p) throws ProjectFileException {
        StudyConfig c = p.studyConfig(s.id()).orElse(null);
        return new Case<>(s, s.buildInstance(p, c), c);
    }

    @Test
    void theExportReadsBackEqualInEveryFormat(@TempDir Path dir) throws Exception {
        QuboFiles qf = new QuboFiles(mapper);
        for (Case<?, ?> c : cases()) {
            QuboExport e = c.export();
            Qubo q = e.qubo();
            assertEquals(QuboFingerprint.of(q), e.origin().fingerprint());
            assertEquals(c.study().id(), e.origin().study());
            assertEquals(c.penalties(), e.origin().penalties());
            for (QuboFiles.Format f : QuboFiles.Format.values()) {
                Path file = dir.resolve(c.study().id() + "." + ext(f));
                e.write(file, f, mapper);
                Qubo back = qf.read(file);
                String at = c.study().id() + " " + f;
                assertTrue(q.sameCoefficients(back), at + ": coefficients");
                if (f == QuboFiles.Format.JSON) {
                    assertEquals(q, back, at + ": labels and parts");
                }
                QuboExport.Read read = QuboExport.readOrigin(Files.readString(file), f, mapper, file.toString())
                        .orElseThrow();
                assertEquals(e.origin(), read.origin(), at);
                assertEquals(q.labels(), read.labels(), at + ": labels");
                // what the file holds is the QUBO the fingerprint names
                assertEquals(e.origin().fingerprint(), QuboFingerprint.of(relabelled(back, read.labels())), at);
            }
        }
    }

    @Test
    void theGroundStateComesBackFeasibleFromEveryFormat(@TempDir Path dir) throws Exception {
        for (Case<?, ?> c : cases()) {
            groundStateRoundTrip(c, dir);
        }
    }

    private <I, S> void groundStateRoundTrip(Case<I, S> c, Path dir) throws Exception {
        String id = c.study().id();
        Path exported = dir.resolve(id + "-export.json");
        c.export().write(exported, QuboFiles.Format.JSON, mapper);
        Qubo q = new QuboFiles(mapper).read(exported); // solved as another tool would: from the file
        SampleSet ground = groundState(q);
        byte[] x = ground.best().orElseThrow().state();
        double energy = ground.bestEnergy();
        byte[] other = x.clone();
        other[0] ^= 1; // a worse sample beside it: the best must be picked
        Map<String, String> written = new LinkedHashMap<>();
        written.put("bits.txt", "# evwb-fingerprint=" + QuboFingerprint.of(q) + "\n" + SampleSetWriters.bits(other)
                + "\n" + SampleSetWriters.bits(x) + "\n");
        written.put("labels.txt", SampleSetWriters.assignments(q, x) + "\n");
        written.put("labels.csv", SampleSetWriters.csv(q, List.of(other, x), true));
        written.put("indices.csv", SampleSetWriters.csv(q, List.of(x, other), false));
        for (boolean spin : new boolean[] {false, true}) {
            for (boolean packed : new boolean[] {false, true}) {
                ObjectNode o = SampleSetWriters.ocean(mapper, q, List.of(other, x), spin, packed, packed);
                o.with("info").put("evwb_fingerprint", QuboFingerprint.of(q));
                written.put("ocean-" + (spin ? "spin" : "binary") + (packed ? "-packed" : "") + ".json",
                        mapper.writeValueAsString(o));
            }
        }
        for (Map.Entry<String, String> w : written.entrySet()) {
            Path f = dir.resolve(id + "-" + w.getKey());
            Files.writeString(f, w.getValue(), StandardCharsets.UTF_8);
            String at = id + " " + w.getKey();
            QuboRoundTrip.Import<I, S> imp = QuboRoundTrip.prepare(c.study(), c.instance(), f.toString(),
                    qq -> files.read(f, qq));
            assertEquals(List.of(), imp.warnings(), at);
            RunOutcome<S> o = imp.run(runner, new RunContext(0, null, RunListener.NONE));
            assertTrue(o.report().feasible(), at + ": " + o.report().violations() + " " + o.report().error());
            assertEquals(QuboRoundTrip.SOLVER_ID, o.report().solver());
            assertEquals(f.toString(), o.report().parameters().get("file"), at);
            QuboRunStats stats = c.study().quboFormulation().stats(o.solution()).orElseThrow();
            assertEquals(energy, stats.bestEnergy(), 1e-9, at);
            assertEquals(QuboRoundTrip.SOLVER_ID, stats.sampler());
            assertEquals(0, stats.brokenConstraints().size(), at);
            assertEquals(imp.parameters().reads(), stats.reads(), at);
            assertEquals(energy, o.report().objectives().get("quboBestEnergy"), 1e-9, at);
            // the result file checks again, with the same verdict
            Path result = dir.resolve(id + "-" + w.getKey() + ".result.json");
            new ResultFile(o.report(), c.study().solutionToJson(c.instance(), o.solution(), mapper))
                    .write(result, mapper);
            ResultFile back = ResultFile.read(result, mapper);
            S again = c.study().solutionFromJson(c.instance(), back.solution(), mapper);
            assertEquals(List.of(), c.study().checker().check(c.instance(), again), at);
        }
    }

    @Test
    void aWorseStatedEnergyIsFlaggedAndADroppedOffsetIsNamed(@TempDir Path dir) throws Exception {
        for (Case<?, ?> c : cases()) {
            Qubo q = c.export().qubo();
            byte[] x = groundState(q).best().orElseThrow().state();
            Path f = dir.resolve(c.study().id() + ".csv");
            Files.writeString(f, SampleSetWriters.csv(q, List.of(x), true).replace("," + q.energy(x) + ",",
                    ",12345.5,"));
            var imp = c.prepare(f, files);
            assertEquals(1, imp.parameters().statedEnergyDisagreements());
            assertTrue(imp.warnings().get(0).contains("row 2 states 12345.5"), imp.warnings().toString());
            if (q.offset() != 0) {
                Files.writeString(f, SampleSetWriters.csv(q, List.of(x), true).replace("," + q.energy(x) + ",",
                        "," + (q.energy(x) - q.offset()) + ","));
                var dropped = c.prepare(f, files);
                assertTrue(dropped.warnings().get(0).contains("leave out the QUBO's constant offset"),
                        dropped.warnings().toString());
            }
        }
    }

    @Test
    void samplesOfAnotherQuboAreRefusedByTheirFingerprint(@TempDir Path dir) throws Exception {
        for (Case<?, ?> c : cases()) {
            Qubo q = c.export().qubo();
            Path f = dir.resolve(c.study().id() + ".txt");
            String wrong = "sha256:" + "0".repeat(64);
            Files.writeString(f, "# evwb-fingerprint=" + wrong + "\n" + "0".repeat(q.numVariables()) + "\n");
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> c.prepare(f, files));
            assertEquals("line 1", e.problems().get(0).path());
            assertTrue(e.getMessage().contains("changed since the export"), e.getMessage());
            assertNotNull(e.source());
        }
    }

    /** The ground state: every state for up to 24 variables, else CP-SAT's proved optimum. */
    static SampleSet groundState(Qubo q) {
        Samplers engine = new Samplers();
        RunContext ctx = new RunContext(1, null, RunListener.NONE);
        if (q.numVariables() <= 24) {
            return engine.byId(ExactSampler.ID).orElseThrow().create(new ExactSampler.Parameters(1)).solve(q, ctx);
        }
        return engine.byId(CpSatSampler.ID).orElseThrow().create(new CpSatSampler.Parameters(60, 2)).solve(q, ctx);
    }

    private static Qubo relabelled(Qubo q, List<String> labels) {
        org.evwb.core.qubo.QuboBuilder b = new org.evwb.core.qubo.QuboBuilder();
        labels.forEach(b::addVariable);
        int p = b.objective("all");
        b.addOffset(p, q.offset());
        for (int i = 0; i < q.numVariables(); i++) {
            if (q.linear(i) != 0) {
                b.addLinear(p, i, q.linear(i));
            }
        }
        for (int k = 0; k < q.numCouplers(); k++) {
            b.addQuadratic(p, q.couplerU(k), q.couplerV(k), q.couplerWeight(k));
        }
        return b.build();
    }

    static String ext(QuboFiles.Format f) {
        return switch (f) {
            case COO -> "coo";
            case QBSOLV -> "qubo";
            case JSON -> "json";
        };
    }
}
