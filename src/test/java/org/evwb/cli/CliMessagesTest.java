package org.evwb.cli;

import static org.evwb.cli.CliRunner.resource;
import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says when it cannot go on: an output that cannot be written is found before any work,
 * with the real reason (never a temp file's name); option values name their range; and no message carries a Java
 * or Jackson class name.
 */
class CliMessagesTest {

    @TempDir
    Path dir;

    private final Path project = resource("small.evwb.json");

    @Test
    void anUnwritableOutIsFoundBeforeTheSolveWithTheRealReason() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRunner.Run r = run("solve", project.toString(), "--study", "demo", "--solver", "local-search",
                "--out", file.resolve("r.json").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.out().contains("status:"), () -> "nothing was solved: " + r);
        assertTrue(r.err().contains("--out: cannot write " + file.resolve("r.json") + ": a file is in the way: "
                + file + " is a file, not a folder"), r::toString);
        assertFalse(r.err().contains(".tmp"), r::toString);
        assertNoTempFiles();
    }

    @Test
    void anOutThatIsAFolderIsRefusedBeforeTheSolve() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("results"));
        CliRunner.Run r = run("solve", project.toString(), "--study", "demo", "--solver", "greedy", "--out",
                folder.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.out().contains("status:"), r::toString);
        assertTrue(r.err().contains("--out: cannot write " + folder + ": " + folder.toAbsolutePath()
                + " is a folder; give a file name"), r::toString);
        assertFalse(r.err().contains(".tmp"), r::toString);
    }

    @Test
    void anOutThroughAFolderThatIsNotThereIsWrittenWhereTheCheckLooked() {
        // the check read "missing/../r.json" as r.json; the write once went through "missing" and failed after the run
        Path out = dir.resolve("missing").resolve("..").resolve("r.json");
        CliRunner.Run r = run("solve", project.toString(), "--study", "demo", "--solver", "greedy", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("r.json")), r::toString);
    }

    @Test
    void anOutInAFolderStillToBeMadeIsFine() {
        Path out = dir.resolve("new/folder/r.json");
        CliRunner.Run r = run("solve", project.toString(), "--study", "demo", "--solver", "greedy", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void quboSolveConvertAndGenerateCheckTheirOutputFirst() throws Exception {
        Path file = Files.writeString(dir.resolve("blocker"), "x");
        Path qubo = Files.writeString(dir.resolve("q.coo"), "0 1 1.0\n");
        CliRunner.Run solve = run("qubo", "solve", qubo.toString(), "--out", file.resolve("r.json").toString());
        assertEquals(2, solve.exitCode(), solve::toString);
        assertEquals("", solve.out(), "nothing was sampled");
        assertTrue(solve.err().contains("a file is in the way"), solve::toString);
        CliRunner.Run convert = run("qubo", "convert", qubo.toString(), file.resolve("q.qubo").toString());
        assertEquals(2, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("a file is in the way"), convert::toString);
        CliRunner.Run gen = run("generate", "demo", "--out", file.resolve("g.evwb.json").toString());
        assertEquals(2, gen.exitCode(), gen::toString);
        assertEquals("", gen.out(), "nothing was generated");
        assertTrue(gen.err().contains("a file is in the way"), gen::toString);
        for (CliRunner.Run r : List.of(solve, convert, gen)) {
            assertFalse(r.err().contains(".tmp"), r::toString);
            BadQuboCorpusTest.assertNoClassNames(r.err());
        }
    }

    @Test
    void optionValuesOutOfRangeNameTheRange() throws Exception {
        Path qubo = Files.writeString(dir.resolve("q.coo"), "0 1 1.0\n");
        CliRunner.Run p6 = run("qubo", "solve", qubo.toString(), "--sampler", "qaoa", "--p", "6");
        assertEquals(2, p6.exitCode(), p6::toString);
        assertTrue(p6.err().contains("QAOA layers p must be 1..5, was 6"), p6::toString);
        CliRunner.Run reads = run("solve", project.toString(), "--study", "demo", "--solver", "local-search",
                "--param", "maxRounds=1.5");
        assertEquals(2, reads.exitCode(), reads::toString);
        assertTrue(reads.err().contains("maxRounds: 1.5 is not a whole number"), reads::toString);
        CliRunner.Run unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        for (CliRunner.Run r : List.of(p6, reads, unknown)) {
            BadQuboCorpusTest.assertNoClassNames(r.err());
        }
    }

    @Test
    void aMotorwayQaoaRunTooLargeSaysQubitsLimitAndMemory() throws Exception {
        Path busy = Path.of(System.getProperty("evwb.repo", "."), "sample-projects", "motorway-a4-busy.evwb.json");
        CliRunner.Run r = run("solve", busy.toString(), "--study", "motorway", "--solver", "qaoa");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().matches("(?s).*QAOA simulation of \\d+ qubits needs 2\\^\\d+ amplitudes, about "
                + "[0-9.e+]+ GiB of memory; the limit is 26 qubits.*"), r::toString);
        BadQuboCorpusTest.assertNoClassNames(r.err());
    }

    private void assertNoTempFiles() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
