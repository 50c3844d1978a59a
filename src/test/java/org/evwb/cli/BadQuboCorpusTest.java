package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Hostile QUBO and Gset files ({@code bad-qubo/}, one fault each), run through {@code evwb qubo solve}: tiny files
 * declaring huge sizes are refused at once, before anything is allocated, naming the file, the line and the limit;
 * files using huge indices are sized from what they hold; every other fault names its line or JSON path. The
 * expected exit code is in {@code corpus.csv}: 2 for bad input, 0 for a file that is fine after all.
 */
class BadQuboCorpusTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/bad-qubo/corpus.csv", numLinesToSkip = 1)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refusedOrSizedFromWhatTheFileHolds(String file, String options, int exit, String where, String fragment)
            throws Exception {
        Path f = corpus().resolve(file);
        byte[] before = Files.readAllBytes(f);
        List<String> args = new ArrayList<>(List.of("qubo", "solve", f.toString()));
        if (options != null && !options.isBlank()) {
            args.addAll(Arrays.asList(options.split(" ")));
        }
        if (!args.contains("--sampler")) {
            args.addAll(List.of("--sampler", "random", "--reads", "1"));
        }
        CliRunner.Run r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(exit, r.exitCode(), r::toString);
        if (exit == 0) {
            assertTrue(r.out().contains(fragment), r::toString);
        } else {
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), () -> "one message, no stack trace: " + r);
            assertTrue(err.contains(fragment), r::toString);
            if (where == null || where.isEmpty()) {
                assertTrue(err.startsWith(f + ": "), () -> "names the file: " + err);
            } else if (!where.equals("-")) {
                assertTrue(err.startsWith(f + ": " + where + ": "), () -> "names the file and " + where + ": " + err);
            }
            assertNoClassNames(err);
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(f)), "reading never changes the file");
    }

    @Test
    void everyFileIsListedOnce() throws Exception {
        List<String> lines = Files.readAllLines(corpus().resolve("corpus.csv"));
        Set<String> listed = lines.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(corpus())) {
            present = s.map(x -> x.getFileName().toString()).filter(n -> !n.equals("corpus.csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        assertEquals(lines.size() - 1, listed.size(), "each file listed once");
    }

    static void assertNoClassNames(String message) {
        for (String name : List.of("Exception", "java.", "com.fasterxml", "jackson", "Error")) {
            assertTrue(!message.contains(name), () -> "a class name (" + name + ") in: " + message);
        }
    }

    private static Path corpus() {
        try {
            return Path.of(BadQuboCorpusTest.class.getResource("/bad-qubo/corpus.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
