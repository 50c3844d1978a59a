package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every malformed file of {@code bad-projects/} is refused with a {@link ProjectFileException} naming the expected
 * JSON path and saying what is wrong; nothing else escapes. {@code corpus.csv} lists file → path → message fragment.
 * Each file is the valid {@code valid/base.evwb.json} with one fault.
 */
class BadProjectCorpusTest {

    private final ProjectIO io = new ProjectIO();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-projects/corpus.csv", numLinesToSkip = 1)
    void refusedWithPathAndMessage(String file, String path, String fragment) throws Exception {
        Path f = corpus().resolve(file);
        byte[] before = Files.readAllBytes(f);
        try {
            io.load(f);
            fail(file + " was accepted");
        } catch (ProjectFileException e) {
            assertEquals(f.toString(), e.source());
            List<Problem> problems = e.problems();
            assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(fragment)),
                    () -> file + ": expected " + path + ": …" + fragment + "…, got:\n" + problems.stream()
                            .map(Problem::toString).collect(Collectors.joining("\n")));
            assertTrue(e.getMessage().startsWith(f.toString()), "the message names the file");
            for (Problem p : problems) {
                assertTrue(p.path().startsWith("$"), "every problem has a JSON path: " + p);
                assertTrue(p.message().contains(";") || p.message().contains("(") || p.message().contains("write"),
                        "every message says how to fix it: " + p);
            }
        } catch (RuntimeException e) {
            throw new AssertionError(file + ": " + e + " escaped instead of a ProjectFileException", e);
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(f)), "loading never changes the file");
    }

    @Test
    void theBaseOfTheCorpusIsValid() throws Exception {
        Project p = io.load(corpus().resolve("valid/base.evwb.json"));
        assertEquals(4, p.fleet().vehicles().size());
    }

    @Test
    void corpusListsEveryFileAndHasAtLeast35() throws IOException, URISyntaxException {
        List<String> lines = Files.readAllLines(corpus().resolve("corpus.csv"));
        Set<String> listed = lines.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(corpus())) {
            present = s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(ProjectIO.EXTENSION))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        assertEquals(lines.size() - 1, listed.size(), "each file listed once");
        assertTrue(listed.size() >= 35, "corpus size " + listed.size());
    }

    private static Path corpus() {
        try {
            return Path.of(BadProjectCorpusTest.class.getResource("/bad-projects/corpus.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
