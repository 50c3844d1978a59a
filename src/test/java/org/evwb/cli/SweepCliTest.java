package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepEngine;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.solve.sweep.SweepResult;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.Studies;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.ExchangeSweepPresets;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.SweepRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evwb sweep}: presets reproduced headless, threads, cancel, listing and bad grids, through the command. */
class SweepCliTest {

    private static final List<String> FAST = List.of("--solver", "greedy", "--solver", "optimal", "--solver",
            "gale-shapley");

    private final ObjectMapper mapper = Json.newMapper();
    private final ExchangeStudy exchange = new ExchangeStudy();
    private final Path exchangeProject = Path.of("sample-projects", ExchangeStudy.SAMPLE);
    private final Path motorwayProject = Path.of("sample-projects", "motorway-a4.evwb.json");

    @TempDir
    Path dir;

    private CliRunner.Run sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", exchangeProject.toString(), "--study", "exchange",
                "--preset", ExchangeSweepPresets.INTERACTIVE, "--seeds", "1", "--out", out.toString()));
        args.addAll(FAST);
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private List<SweepRow> rows(Path out) throws Exception {
        return mapper.readValue(out.resolve("rows.json").toFile(), new TypeReference<List<SweepRow>>() { });
    }

    private static List<SweepRow> untimed(List<SweepRow> rows) {
        return rows.stream().map(SweepRow::withoutTimings).toList();
    }

    @Test
    void aPresetHeadlessGivesTheEnginesRowsEachCheckedByTheChecker() throws Exception {
        Path out = dir.resolve("one");
        CliRunner.Run r = sweep(out, "--threads", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("sweep exchange fig4-7-interactive: 6 of 6 tasks, 18 runs, 18 feasible"),
                r::toString);

        // the same plan on the engine, each solution through the study's checker once more
        Project p = new org.evwb.core.project.ProjectIO().load(exchangeProject);
        SweepPreset<ExchangeInstance, Matching> preset = exchange.sweepPreset(ExchangeSweepPresets.INTERACTIVE)
                .orElseThrow();
        StudySweeps.Spec<ExchangeInstance, Matching> spec = StudySweeps.ofPreset(exchange, preset, p,
                p.studyConfig("exchange").orElse(null)).withSolvers(List.of("greedy", "optimal", "gale-shapley"))
                .withRuns(1).withThreads(1);
        List<Integer> rechecked = new ArrayList<>();
        SweepResult<Void> engine = new SweepEngine(new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper))
                .run(spec.plan(ComputeCarbon.Settings.DEFAULT), task -> {
                    for (var o : task.outcomes()) {
                        rechecked.add(exchange.checker().check(task.instance(), o.solution()).size());
                    }
                    return null;
                }, new RunContext(1, null, RunListener.NONE));
        List<SweepRow> written = rows(out);
        assertEquals(untimed(engine.rows()), untimed(written));
        assertEquals(18, rechecked.size());
        for (int i = 0; i < written.size(); i++) {
            assertEquals(RunStatus.COMPLETED, written.get(i).status());
            assertEquals(rechecked.get(i), written.get(i).violations(), "row " + i + ": the checker's verdict");
        }

        // and the exchange sweep's own rows for the preset's settings
        ExchangeSweep.Settings settings = ExchangeSweep.Settings.of(preset, 1).withRuns(1, 1)
                .withSolvers(List.of("greedy", "optimal", "gale-shapley"), preset.solverParameters());
        ExchangeSweep.Outcome own = new ExchangeSweep(exchange, new OptimizerRunner(ComputeCarbon.Settings.DEFAULT,
                mapper)).runKeepingFinished(settings, new RunContext(1, null, RunListener.NONE));
        assertEquals(untimed(own.rows()), untimed(written));
        assertEquals(SweepRows.toCsv(SweepRows.EdgeRow.class, own.result().edgeRows()),
                Files.readString(out.resolve("edge.csv")), "Fig. 7's rows as the exchange sweep writes them");
        List<SweepRows.AlgorithmRow> algorithms = mapper.readValue(out.resolve("algorithms.json").toFile(),
                new TypeReference<List<SweepRows.AlgorithmRow>>() { });
        assertEquals(own.result().algorithmRows().stream().map(SweepRows.AlgorithmRow::withoutTimings).toList(),
                algorithms.stream().map(SweepRows.AlgorithmRow::withoutTimings).toList());
        assertEquals(Files.readAllLines(out.resolve("algorithms.csv")).get(0),
                SweepRows.toCsv(SweepRows.AlgorithmRow.class, List.of()).strip());

        String header = Files.readAllLines(out.resolve("rows.csv")).get(0);
        assertTrue(header.startsWith("evs,bss,task,run,seed,solver,status,feasible"), header);
        for (SweepChart c : preset.charts()) {
            var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(out.resolve(c.id() + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getLocalName() == null ? svg.getDocumentElement()
                    .getTagName() : svg.getDocumentElement().getLocalName());
            assertTrue(Files.readString(out.resolve(c.id() + ".svg")).contains(c.title().substring(0, 6)), c.id());
            byte[] png = Files.readAllBytes(out.resolve(c.id() + ".png"));
            assertEquals((byte) 0x89, png[0], "a PNG file");
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameRows() throws Exception {
        Path one = dir.resolve("t1");
        Path two = dir.resolve("t2");
        assertEquals(0, sweep(one, "--threads", "1").exitCode());
        assertEquals(0, sweep(two, "--threads", "2").exitCode());
        assertEquals(untimed(rows(one)), untimed(rows(two)));
        assertEquals(Files.readString(one.resolve("edge.csv")), Files.readString(two.resolve("edge.csv")));
    }

    @Test
    void ctrlCKeepsTheFinishedRowsAndExitsOne() throws Exception {
        Path full = dir.resolve("full");
        assertEquals(0, sweep(full, "--threads", "1").exitCode());
        Path out = dir.resolve("cancelled");
        // Ctrl+C as the first task's progress line appears: with one thread no other task has started
        AtomicReference<Runnable> ctrlC = new AtomicReference<>();
        Interrupts fake = action -> {
            ctrlC.set(action);
            return () -> { };
        };
        StringWriter outText = new StringWriter();
        Writer err = new Writer() {
            private final StringBuilder seen = new StringBuilder();

            @Override
            public void write(char[] buf, int off, int len) {
                seen.append(buf, off, len);
                if (seen.indexOf("1/6 tasks") >= 0 && ctrlC.get() != null) {
                    ctrlC.getAndSet(null).run();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CliEnvironment env = new CliEnvironment(new PrintWriter(outText, true), new PrintWriter(err, true),
                Studies.standard(), true, fake, ComputeCarbon.Settings.DEFAULT);
        List<String> args = new ArrayList<>(List.of("sweep", exchangeProject.toString(), "--study", "exchange",
                "--preset", ExchangeSweepPresets.INTERACTIVE, "--seeds", "1", "--threads", "1", "--out",
                out.toString()));
        args.addAll(FAST);
        int code = EvwbCommand.execute(env, args.toArray(String[]::new));
        assertEquals(1, code, outText::toString);
        assertTrue(outText.toString().contains("1 of 6 tasks (cancelled; the finished ones are written)"),
                outText::toString);
        List<SweepRow> kept = rows(out);
        assertEquals(3, kept.size(), "the first task's three runs");
        assertEquals(untimed(rows(full)).subList(0, 3), untimed(kept));
        assertEquals(4, Files.readAllLines(out.resolve("rows.csv")).size());
    }

    @Test
    void listShowsEveryRegisteredStudysPresets() {
        CliRunner.Run r = CliRunner.run("sweep", "--list");
        assertEquals(0, r.exitCode(), r::toString);
        StudyRegistry reg = Studies.standard();
        for (StudyDefinition<?, ?> s : reg.studies()) {
            assertTrue(r.out().contains(s.id() + " — "), s.id());
            for (SweepPreset<?, ?> p : s.sweepPresets()) {
                assertTrue(r.out().contains("preset " + p.id() + ": " + p.title()), p.id());
            }
        }
        assertTrue(r.out().contains("preset trip-time-vs-fleet"), r::toString);
        assertTrue(r.out().contains("preset " + ExchangeSweepPresets.PAPER), r::toString);
    }

    @Test
    void anAdHocGridSweepsAStudyParameter() throws Exception {
        Path out = dir.resolve("grid");
        CliRunner.Run r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--grid",
                "weightA=1,2", "--solver", "greedy", "--seeds", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<SweepRow> rows = rows(out);
        assertEquals(4, rows.size());
        assertEquals(List.of(1.0, 1.0, 2.0, 2.0), rows.stream().map(x -> ((Number) x.point().get("weightA"))
                .doubleValue()).toList());
        assertTrue(rows.stream().allMatch(SweepRow::feasible), r::toString);
        assertTrue(Files.exists(out.resolve("total-trip-min-vs-weight-a.svg")), r::toString);
    }

    @Test
    void badGridsAreRefusedNamingTheParameterTheValueAndTheRange() {
        Path out = dir.resolve("bad");
        String[][] cases = {
            {"reserveKWh=-5,2", "reserveKWh=-5", "below 0; it must be at least 0 kWh"},
            {"weightA=1,abc", "weightA=abc", "\"abc\"; write a number"},
            {"nosuch=1", "nosuch=1", "unknown parameter 'nosuch'"},
            {"weightA", "\"weightA\": write NAME=V1,V2", "parameters: "},
            {"weightA=5..1:1", "weightA=5..1:1", "STEP must be positive and FROM at most TO"},
            {"weightA=1,,2", "weightA=1,,2", "an empty value"},
        };
        for (String[] c : cases) {
            CliRunner.Run r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--grid",
                    c[0], "--out", out.toString());
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("--grid " + c[1]), r::toString);
            assertTrue(r.err().contains(c[2]), r::toString);
        }
        assertFalse(Files.exists(out), "nothing written for a refused grid");
    }

    @Test
    void badUsageIsRefusedBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner.Run r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--preset",
                "trip-time-vs-fleet", "--out", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("--out: cannot write"), r::toString);

        r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--preset", "nope", "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("unknown sweep preset 'nope' for study 'motorway'; its presets: "
                + "trip-time-vs-fleet, trip-time-vs-stations"), r::toString);

        r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--preset",
                "trip-time-vs-fleet", "--grid", "weightA=1", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("either --preset NAME or --grid"), r::toString);

        r = CliRunner.run("sweep", motorwayProject.toString(), "--study", "motorway", "--preset",
                "trip-time-vs-fleet", "--solver", "nope", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--solver: study motorway has no solver 'nope'"), r::toString);

        r = CliRunner.run("sweep", "--study", "demo", "--grid", "x=1", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("PROJECT, --study and --out are needed"), r::toString);
    }

    @Test
    void theProgressLineCountsTasksWithElapsedAndEta() {
        assertEquals("0/4 tasks, 0.0 s elapsed, ETA unknown", SweepProgress.text(0, 4, 0));
        assertEquals("1/4 tasks, 2.0 s elapsed, ETA 6.0 s", SweepProgress.text(1, 4, 2));
        assertEquals("3/4 tasks, 1 min 30 s elapsed, ETA 30.0 s", SweepProgress.text(3, 4, 90));
        assertEquals("4/4 tasks, 2 min 00 s elapsed, done", SweepProgress.text(4, 4, 120));
    }
}
