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
import org.junit.jupiter.params.provider.CsvSource;

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
            assertNoClassNames(e.getMessage());
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

    /**
     * The reader's limits, each with its own message naming the limit (they were all once "nested deeper than 64
     * levels"). The 30-million-character text is made here rather than kept as a 30 MB file.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text|$.name|a text value longer than 1000000 characters",
        "number|$.name|a number 2000 characters long; numbers may have at most 1000 digits",
        "key|$|a field name longer than 1000 characters, the most a field name may have",
        "depth|$.description|nested deeper than 64 levels"})
    void eachReaderLimitHasItsOwnMessage(String what, String path, String fragment) throws Exception {
        String base = Files.readString(corpus().resolve("valid/base.evwb.json"));
        String json = switch (what) {
            case "text" -> base.replace("\"Corpus base\"", "\"" + "x".repeat(30_000_000) + "\"");
            case "number" -> base.replace("\"Corpus base\"", "9".repeat(2000));
            case "key" -> base.replace("\"name\": \"Corpus base\"", "\"" + "k".repeat(60_000) + "\": 1");
            default -> base.replace("\"A valid project the bad files start from\"", "[".repeat(70) + "]".repeat(70));
        };
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> io.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), what + ".evwb.json"));
        Problem p = e.problems().get(0);
        assertEquals(path, p.path(), e::getMessage);
        assertTrue(p.message().contains(fragment), p::message);
        assertEquals(what.equals("depth"), p.message().contains("nested deeper"), p::message);
        assertTrue(p.message().length() < 300, "the message does not quote the value: " + p.message().length());
        assertNoClassNames(e.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] text = Files.readAllBytes(corpus().resolve("valid/base.evwb.json"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(io.read(text, "plain"), io.read(withBom, "bom"));
    }

    /** No Java or Jackson class names reach a user message. */
    static void assertNoClassNames(String message) {
        for (String name : List.of("Exception", "java.", "com.fasterxml", "jackson", "Error:")) {
            assertTrue(!message.contains(name), () -> "a class name (" + name + ") in: " + message);
        }
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
