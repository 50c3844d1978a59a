package org.evwb.core.solve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;

/**
 * One study end to end, headless: how to build its instance from a project, its solvers, its independent checker,
 * its objective values, and how its solutions read and write as plain JSON.
 *
 * @param <I> instance type
 * @param <S> solution type
 */
public interface StudyDefinition<I, S> {

    /** Study id as in SPEC and the CLI: {@code exchange}, {@code edge}, {@code motorway}, {@code v2g}, ... */
    String id();

    String title();

    /**
     * Builds the instance from the project and the study's configuration ({@code null}: defaults).
     *
     * @throws ProjectFileException when the project lacks what the study needs; the message names what and where
     */
    I buildInstance(Project project, StudyConfig config) throws ProjectFileException;

    List<SolverSpec<I, S>> solvers();

    default Optional<SolverSpec<I, S>> solver(String solverId) {
        return solvers().stream().filter(s -> s.id().equals(solverId)).findFirst();
    }

    Checker<I, S> checker();

    /** Named objective values of a solution, e.g. {@code "totalDistanceKm"}. */
    Map<String, Double> objectives(I instance, S solution);

    /** The solution in plain terms for result files. */
    JsonNode solutionToJson(I instance, S solution, ObjectMapper mapper);

    /**
     * Reads a solution written by {@link #solutionToJson}; a {@link ProjectFileException} names the JSON path within
     * the result file ({@code $.solution...}); callers replace its source with the result file's name.
     */
    S solutionFromJson(I instance, JsonNode json, ObjectMapper mapper) throws ProjectFileException;

    /**
     * A small project this study's every solver handles in seconds (the platform test runs each solver on it, the
     * window opens the study's views on it); empty when the study has none.
     */
    default Optional<Project> sampleProject() {
        return Optional.empty();
    }

    /** The study's seeded generators (for {@code evwb generate}, the Generate dialog and generator recipes). */
    default List<GeneratorSpec> generators() {
        return List.of();
    }
}
