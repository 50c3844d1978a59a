package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.sources.StandardSources;
import org.evwb.core.study.netzero.traffic.SumoTraffic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evwb solve … --study netzero --param supplySource=forecast}: a study parameter given as {@code --param} is
 * used by the build, recorded in the result and used again by {@code evwb check}; a missing SUMO and an FCD source
 * without a file are refused at once with the parameter's path and the fix (exit 2).
 */
class NetzeroSourcesCliTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path p = dir.resolve("netzero.evwb.json");
        new ProjectIO().save(new NetzeroStudy().sampleProject().orElseThrow(), p);
        return p;
    }

    @Test
    void aForecastSupplyRunIsRecordedAndChecksTheSame() throws Exception {
        Path project = sample();
        Path out = dir.resolve("forecast.json");
        CliRunner.Run solve = run("solve", project.toString(), "--study", "netzero", "--solver", "milp",
                "--param", "supplySource=forecast", "--param", "relativeGap=1e-6",
                "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        assertTrue(solve.out().contains("study parameters from --param: supplySource=forecast"), solve.out());
        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
    }

    @Test
    void missingSumoAndAnFcdSourceWithoutAFileAreRefusedByParameter() throws Exception {
        Path project = sample();
        StudyRegistry noSumo = new StudyRegistry().register(new NetzeroStudy(new StandardSources(
                Map.of("PATH", dir.toString()), SumoTraffic.Options.DEFAULT)));
        CliRunner.Run sumo = run(env -> new CliEnvironment(env.out(), env.err(), noSumo, false, env.interrupts(),
                env.carbon()), "solve", project.toString(), "--study", "netzero", "--solver", "milp", "--param",
                "speedSource=sumo");
        assertEquals(EvwbCommand.EXIT_BAD_INPUT, sumo.exitCode(), sumo::toString);
        assertTrue(sumo.err().contains("parameters.speedSource") && sumo.err().contains("apt-get install sumo"),
                sumo.err());
        CliRunner.Run fcd = run("solve", project.toString(), "--study", "netzero", "--solver", "milp", "--param",
                "speedSource=fcd");
        assertEquals(EvwbCommand.EXIT_BAD_INPUT, fcd.exitCode(), fcd::toString);
        assertTrue(fcd.err().contains("parameters.fcdFile") && fcd.err().contains("needs fcdFile"), fcd.err());
        CliRunner.Run typo = run("solve", project.toString(), "--study", "netzero", "--solver", "milp", "--param",
                "speedSource=waze");
        assertEquals(EvwbCommand.EXIT_BAD_INPUT, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("speedSource"), typo.err());
    }
}
