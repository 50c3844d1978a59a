package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve --carbon-core-watts/--carbon-ram-watts/--carbon-grid-kg-per-kwh}: the estimate uses them, the summary
 * and the result file show them, and a value out of range is refused before anything runs, naming the flag.
 */
class CarbonFlagsCliTest {

    @TempDir
    Path dir;

    private Path demo() throws Exception {
        Path p = dir.resolve("demo.evwb.json");
        new ProjectIO().save(new DemoStudy().sampleProject().orElseThrow(), p);
        return p;
    }

    @Test
    void theFlagsReachTheEstimateTheSummaryAndTheResultFile() throws Exception {
        Path out = dir.resolve("r.json");
        CliRunner.Run solve = run("solve", demo().toString(), "--study", "demo", "--solver", "greedy",
                "--carbon-core-watts", "42", "--carbon-ram-watts", "7.5", "--carbon-grid-kg-per-kwh", "0.9",
                "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        assertTrue(solve.out().contains("42 W per busy core, 7.5 W memory, 0.9 kg CO2/kWh grid"), solve::toString);
        JsonNode a = Json.newMapper().readTree(out.toFile()).path("computeCarbon").path("assumptions");
        assertEquals(42.0, a.path("wattsPerBusyCore").asDouble());
        assertEquals(7.5, a.path("ramWatts").asDouble());
        assertEquals(0.9, a.path("gridKgPerKWh").asDouble());
        var back = ResultFile.read(out, Json.newMapper()).report().computeCarbon();
        assertEquals(0.9, back.settings().gridKgPerKWh(), "read back with the constants it was made with");
        assertEquals(back.energyKWh() * 0.9, back.co2Kg(), 1e-15);

        CliRunner.Run only = run("solve", demo().toString(), "--study", "demo", "--solver", "greedy",
                "--carbon-grid-kg-per-kwh", "0.5");
        assertTrue(only.out().contains("10 W per busy core, 3 W memory, 0.5 kg CO2/kWh grid"), only::toString);
    }

    @Test
    void sweepAndImportSamplesTakeTheFlagsAndRefuseABadOneFirst() throws Exception {
        Path dir2 = dir.resolve("sweep");
        CliRunner.Run sweep = run("sweep", demo().toString(), "--study", "demo", "--grid", "x=1",
                "--carbon-core-watts", "-1", "--out", dir2.toString());
        assertEquals(2, sweep.exitCode(), sweep::toString);
        assertTrue(sweep.err().contains("--carbon-core-watts: must be a number from 0 to"), sweep::toString);
        assertFalse(Files.exists(dir2.resolve("rows.csv")), "nothing ran");
        CliRunner.Run imp = run("import-samples", demo().toString(), "--study", "demo", "0101",
                "--carbon-grid-kg-per-kwh", "NaN");
        assertEquals(2, imp.exitCode(), imp::toString);
        assertTrue(imp.err().contains("--carbon-grid-kg-per-kwh: must be a number from 0 to"), imp::toString);
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheFlag() throws Exception {
        Path out = dir.resolve("never.json");
        for (String[] bad : new String[][] {{"--carbon-core-watts", "-1"}, {"--carbon-ram-watts", "5000"},
                {"--carbon-grid-kg-per-kwh", "NaN"}, {"--carbon-grid-kg-per-kwh", "200"}}) {
            CliRunner.Run solve = run("solve", demo().toString(), "--study", "demo", "--solver", "greedy",
                    bad[0], bad[1], "--out", out.toString());
            assertEquals(2, solve.exitCode(), solve::toString);
            assertTrue(solve.err().contains(bad[0] + ": must be a number from 0 to"), solve::toString);
            assertFalse(Files.exists(out), "nothing ran");
        }
        CliRunner.Run text = run("solve", demo().toString(), "--study", "demo", "--solver", "greedy",
                "--carbon-core-watts", "ten");
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.err().contains("--carbon-core-watts"), text::toString);
    }
}
