package org.evwb.cli;

import static org.evwb.cli.BadQuboCorpusTest.assertNoClassNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Result files with edited figures, wrong ids, NaN text and missing fields ({@code tampered-results/}, each an
 * untouched result of {@code evwb solve} on the corpus' own projects with one edit) get the verdict and exit code
 * {@code corpus.csv} gives: 0 feasible (whatever the file says about itself), 1 infeasible (the checker recomputes
 * and finds the edit), 2 unreadable (the message names the file and the JSON path). Rows marked {@code recompute}
 * are edits only a checker that recomputes every reported figure of a solution can see.
 */
class TamperedResultsCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/tampered-results/corpus.csv", numLinesToSkip = 1)
    void verdictAndExitCode(String file, String project, int exit, String fragment, String needs) throws Exception {
        Path f = corpus().resolve(file);
        byte[] before = Files.readAllBytes(f);
        CliRunner.Run r = CliRunner.run("check", corpus().resolve(project).toString(), f.toString());
        assertEquals(exit, r.exitCode(), r::toString);
        switch (exit) {
            case 0 -> {
                assertTrue(r.out().contains("FEASIBLE: the independent checker found no violations"), r::toString);
                assertTrue(r.out().contains(fragment), r::toString);
                assertTrue(!r.out().contains("NaN"), () -> "every figure recomputed: " + r);
            }
            case 1 -> {
                assertTrue(r.out().contains("INFEASIBLE: "), r::toString);
                assertTrue(r.out().contains(fragment), r::toString);
            }
            default -> {
                String err = r.err().strip();
                assertTrue(err.startsWith(f + ": " + fragment), () -> "names the file and " + fragment + ": " + r);
                assertEquals("", r.out(), r::toString);
            }
        }
        assertNoClassNames(r.out() + r.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(f)), "checking never changes the file");
    }

    @Test
    void corpusListsEveryFile() throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(corpus().resolve("corpus.csv"));
        Set<String> listed = lines.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(corpus())) {
            present = s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".json")
                    && !n.endsWith(".evwb.json")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        assertEquals(lines.size() - 1, listed.size(), "each file listed once");
    }

    private static Path corpus() {
        try {
            return Path.of(TamperedResultsCorpusTest.class.getResource("/tampered-results/corpus.csv").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
