package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Study configurations and generator recipes with one fault each ({@code bad-studies/}, each the valid
 * {@code valid/base.evwb.json} with one change): the file itself is a valid project, and checking it against the
 * registry names the expected JSON path with a message that says what to write. Studies and generators this build
 * does not have are notes, not errors.
 */
class StudyConfigCorpusTest {

    private final ProjectIO io = new ProjectIO();
    private final StudyRegistry registry = Studies.standard();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-studies/corpus.csv", numLinesToSkip = 1)
    void refusedWithPathAndMessage(String file, String path, String fragment) throws Exception {
        Project p = io.load(corpus().resolve(file));
        List<Problem> errors = registry.check(p).errors();
        assertTrue(errors.stream().anyMatch(e -> e.path().equals(path) && e.message().contains(fragment)),
                () -> file + ": expected " + path + ": …" + fragment + "…, got:\n" + errors.stream()
                        .map(Problem::toString).collect(Collectors.joining("\n")));
        assertEquals(1, errors.size(), () -> "one fault, one problem: " + errors);
        for (Problem e : errors) {
            assertTrue(e.message().contains(";") || e.message().contains("write") || e.message().contains("must"),
                    "every message says how to fix it: " + e);
            assertTrue(!e.message().contains("jackson") && !e.message().contains("Exception"),
                    "no Jackson or Java class names: " + e);
        }
    }

    /** What solve would do with the same file: the study's own merge refuses the configuration at the same path. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-studies/corpus.csv", numLinesToSkip = 1)
    void buildingTheInstanceRefusesStudyFaultsAtTheSamePath(String file, String path, String fragment)
            throws Exception {
        if (!path.startsWith("$.studies")) {
            return;
        }
        Project p = io.load(corpus().resolve(file));
        int i = Integer.parseInt(path.substring("$.studies[".length(), path.indexOf(']')));
        var config = p.studies().get(i);
        if (registry.study(config.study()).isEmpty()) {
            return; // an unknown study has nothing to build: validate's refusal is all there is
        }
        var study = registry.study(config.study()).orElseThrow();
        try {
            study.buildInstance(p, config);
            throw new AssertionError(file + ": the study built an instance from a configuration validate refuses");
        } catch (ProjectFileException e) {
            assertTrue(e.problems().stream().anyMatch(x -> x.path().equals(path) && x.message().contains(fragment)),
                    () -> file + ": " + e.problems());
        }
    }

    @Test
    void theBaseIsValidAndItsRecipesAreChecked() throws Exception {
        Project p = io.load(corpus().resolve("valid/base.evwb.json"));
        StudyRegistry.Findings f = registry.check(p);
        assertEquals(List.of(), f.errors());
        assertEquals(List.of(), f.notes(), "edge-tasks and motorway are this build's generators");
        for (var c : p.studies()) {
            registry.study(c.study()).orElseThrow().buildInstance(p, c);
        }
    }

    @Test
    void everyFileIsListedOnce() throws Exception {
        List<String> lines = Files.readAllLines(corpus().resolve("corpus.csv"));
        Set<String> listed = lines.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(corpus())) {
            present = s.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(ProjectIO.EXTENSION))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        assertEquals(lines.size() - 1, listed.size());
    }

    static Path corpus() {
        try {
            return Path.of(StudyConfigCorpusTest.class.getResource("/bad-studies/corpus.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
