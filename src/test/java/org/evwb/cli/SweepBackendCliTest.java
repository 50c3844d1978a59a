package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Json;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweepPresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evwb sweep --backend hazelcast}: a small preset on a try-out cluster of members in this process gives the
 * local pool's rows bit for bit (timings aside); bad backend options are refused
 * before any task with what to do.
 */
class SweepBackendCliTest {

    private static final List<String> FAST = List.of("--solver", "greedy", "--solver", "optimal", "--solver",
            "gale-shapley");

    private final ObjectMapper mapper = Json.newMapper();
    private final Path exchangeProject = Path.of("sample-projects", ExchangeStudy.SAMPLE);

    @TempDir
    Path dir;

    private CliRunner.Run sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", exchangeProject.toString(), "--study", "exchange",
                "--preset", ExchangeSweepPresets.INTERACTIVE, "--seeds", "1", "--out", out.toString()));
        args.addAll(FAST);
        args.addAll(List.of(more));
        long t0 = System.nanoTime();
        CliRunner.Run r = CliRunner.run(args.toArray(String[]::new));
        System.out.printf("sweep %s: %.1f s%n", List.of(more), (System.nanoTime() - t0) / 1e9);
        return r;
    }

    private List<SweepRow> untimedRows(Path out) throws Exception {
        List<SweepRow> rows = mapper.readValue(out.resolve("rows.json").toFile(),
                new TypeReference<List<SweepRow>>() { });
        return rows.stream().map(SweepRow::withoutTimings).toList();
    }

    @Test
    void aPresetOnEmbeddedMembersGivesTheLocalRowsBitForBit() throws Exception {
        Path local = dir.resolve("local");
        CliRunner.Run r = sweep(local, "--threads", "1");
        assertEquals(0, r.exitCode(), r::toString);
        Path two = dir.resolve("two");
        r = sweep(two, "--backend", "hazelcast", "--members", "2");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("backend: hazelcast"), r::toString);

        List<SweepRow> expected = untimedRows(local);
        assertEquals(6 * 3, expected.size(), "6 points x 3 solvers");
        assertTrue(expected.stream().allMatch(SweepRow::feasible), "every row passed the checker");
        assertEquals(expected, untimedRows(two));
        // the CSV files too, but for the timing columns
        assertEquals(Files.readAllLines(local.resolve("rows.csv")).size(),
                Files.readAllLines(two.resolve("rows.csv")).size());
    }

    @Test
    void badBackendOptionsAreRefusedBeforeAnyTask() {
        Path out = dir.resolve("bad");
        CliRunner.Run r = sweep(out, "--backend", "spark");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--backend: unknown backend 'spark'; the backends: local, hazelcast"),
                r::toString);
        r = sweep(out, "--cluster", "127.0.0.1:5701");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--cluster: needs --backend hazelcast"), r::toString);
        r = sweep(out, "--backend", "hazelcast", "--cluster", "127.0.0.1:notaport");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("cluster address \"127.0.0.1:notaport\": the port must be a number"),
                r::toString);
        assertTrue(Files.notExists(out.resolve("rows.csv")));
    }
}
