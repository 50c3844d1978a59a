package org.evwb.cli;

import static org.evwb.cli.BadQuboCorpusTest.assertNoClassNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Bad command lines ({@code bad-cli/corpus.csv}: arguments, exit code, a fragment of the message): each is refused
 * with exit 2 and a message saying what is wrong, before any work — nothing is solved or written, no stack trace,
 * no class name. {@code {motorway}} is the tampered-results corpus' motorway project, {@code {small}} the CLI tests'
 * demo project, {@code {out}} a result file in a fresh folder ({@code {gen}} a project file there), {@code {folder}} that folder, {@code {missing}} a
 * project that is not there.
 */
class BadCliCorpusTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-cli/corpus.csv", numLinesToSkip = 1)
    void refusedBeforeAnyWork(String args, int exit, String fragment) throws Exception {
        Path out = dir.resolve("x.json");
        Path motorway = Path.of(BadCliCorpusTest.class.getResource("/tampered-results/motorway.evwb.json").toURI());
        String[] argv = args.split(" ");
        for (int i = 0; i < argv.length; i++) {
            argv[i] = argv[i].replace("{motorway}", motorway.toString())
                    .replace("{small}", CliRunner.resource("small.evwb.json").toString())
                    .replace("{out}", out.toString()).replace("{folder}", dir.toString())
                    .replace("{gen}", dir.resolve("g.evwb.json").toString())
                    .replace("{missing}", dir.resolve("missing.evwb.json").toString());
        }
        byte[] projectBefore = Files.readAllBytes(motorway);
        CliRunner.Run r = CliRunner.run(argv);
        assertEquals(exit, r.exitCode(), r::toString);
        assertTrue(r.err().contains(fragment), r::toString);
        assertFalse(r.out().contains("status:") || r.out().contains("result:"), () -> "nothing was run: " + r);
        assertFalse(r.err().contains("\tat "), () -> "no stack trace: " + r);
        assertNoClassNames(r.err());
        assertFalse(Files.exists(out), "nothing was written");
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temp files either");
        }
        assertTrue(java.util.Arrays.equals(projectBefore, Files.readAllBytes(motorway)), "the project is unchanged");
    }
}
