package org.evwb.core.solve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * One study end to end, headless: its parameters, how to build its instance from a project, its solvers, its
 * independent checker, its objective values, how its solutions read and write as plain JSON, its generators and a
 * sample project. Registering it in {@code Studies.standard()} is all the CLI and the platform test need.
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

    /**
     * {@link #buildInstance(Project, StudyConfig)} for a run: a study whose instance takes long to build (an external
     * simulator, a model trained first) reports progress to {@code ctx} and stops when it is cancelled. Runs from
     * the window and {@code evwb solve} build through this one.
     */
    default I buildInstance(Project project, StudyConfig config, RunContext ctx) throws ProjectFileException {
        return buildInstance(project, config);
    }

    List<SolverSpec<I, S>> solvers();

    default Optional<SolverSpec<I, S>> solver(String solverId) {
        return solvers().stream().filter(s -> s.id().equals(solverId)).findFirst();
    }

    Checker<I, S> checker();

    /** Named objective values of a solution, e.g. {@code "totalDistanceKm"}. */
    Map<String, Double> objectives(I instance, S solution);

    /**
     * The study's sections of a run report (charts and tables it shows, as data: {@link ReportSection}); the report
     * package draws them into the PDF and HTML reports. {@code report} is the run's report (its verdict, objectives).
     * Default: none, the report then has the platform's parts only (parameters, timings, objectives, verdict).
     */
    default List<ReportSection> reportSections(I instance, S solution, RunReport report) {
        return List.of();
    }

    /**
     * What the study's objectives mean and how they read (label, unit, kind, decimals), one per name of
     * {@link #objectives} or a pattern for a family of them; {@link ObjectiveFormat#of} puts the platform's own
     * ({@link ObjectiveFormat#PLATFORM}: QUBO statistics, CP-SAT bound and gap) after them. Default: none of its own.
     */
    default List<ObjectiveSpec> objectiveSpecs() {
        return List.of();
    }

    /**
     * The study's parameters: their record type and defaults, and the one merge of a project's study configuration
     * over them ({@link StudyParameters#from}). {@link #buildInstance} uses it; {@code evwb validate} checks every
     * configuration with it.
     */
    StudyParameters<?> parameters();

    /**
     * What a study configuration of {@code project} would be refused for, each problem with its JSON path; by default
     * its parameters ({@code $.studies[i].parameters.NAME}). A study adds checks of the configuration against the
     * project (e.g. that a named motorway exists) here, not in the CLI.
     */
    default List<Problem> checkConfig(Project project, StudyConfig config) {
        return parameters().check(project, config);
    }

    /**
     * What a run with {@code config} (null: the study's defaults) would be refused for before it starts, each problem
     * with its JSON path ({@code ...parameters.NAME}): {@link #checkConfig}, and the cheap checks of what the
     * configuration names outside the project — a file that does not exist, an external program that is not
     * installed. Never runs anything (the Run dialog calls it as values are typed). Default: {@link #checkConfig}.
     */
    default List<Problem> checkRun(Project project, StudyConfig config) {
        return checkConfig(project, config);
    }

    /**
     * Short explanations the study settings editor shows beside a parameter, for choices that change results sharply
     * (why a rule leaves almost no pairs, what a preset's value means); none by default. Data only: the platform
     * builds the editor from {@link #parameters()}.
     */
    default List<ParameterNote> parameterNotes() {
        return List.of();
    }

    /** How the study's solutions are written in result files: a plain-terms document record and two conversions. */
    SolutionFormat<I, S, ?> solutionFormat();

    /** The solution in plain terms for result files (its {@link #solutionFormat()} document). */
    default JsonNode solutionToJson(I instance, S solution, ObjectMapper mapper) {
        return solutionFormat().toJson(instance, solution, mapper);
    }

    /**
     * Reads a solution written by {@link #solutionToJson}; a {@link ProjectFileException} names the JSON path within
     * the result file ({@code $.solution...}); callers replace its source with the result file's name.
     */
    default S solutionFromJson(I instance, JsonNode json, ObjectMapper mapper) throws ProjectFileException {
        return solutionFormat().fromJson(instance, json, mapper);
    }

    /**
     * A small project this study's every solver handles in seconds (the platform test runs each solver on it, the
     * window opens the study's views on it); empty when the study has none.
     */
    default Optional<Project> sampleProject() {
        return Optional.empty();
    }

    /**
     * The study's seeded generators (for {@code evwb generate}, the Generate dialog and generator recipes); the first
     * is the study's default. Generator ids are unique across studies.
     */
    default List<GeneratorSpec> generators() {
        return List.of();
    }

    /**
     * The study's figure sweeps, as data (grid, seeds, solvers, instances, row columns, charts), for {@code evwb
     * sweep --preset}, the Study ▸ Sweep… dialog and the study's own views; none by default. Ad-hoc grids over the
     * study's {@link #parameters()} need no declaration.
     */
    default List<SweepPreset<I, S>> sweepPresets() {
        return List.of();
    }

    /** The sweep preset with this id or title (any case), if the study declares one. */
    default Optional<SweepPreset<I, S>> sweepPreset(String name) {
        return sweepPresets().stream().filter(p -> p.isNamed(name)).findFirst();
    }

    /**
     * The data files the study imports into a project (File ▸ Import ▸ study, {@code evwb import}); none by default.
     * docs/architecture.md, "Data imports", shows how one is declared.
     */
    default List<DataImporter> importers() {
        return List.of();
    }

    /** The importer of {@code kind} (any case), if the study declares one. */
    default Optional<DataImporter> importer(String kind) {
        return importers().stream().filter(d -> d.kind().equalsIgnoreCase(kind)).findFirst();
    }
}
