package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;

/**
 * The studies (and through them the solvers and generators) known to the application, by id. The UI, the CLI and
 * tests all use the same registry, built once at start-up and handed to whoever needs it. It also checks a project's
 * study configurations and generator recipes against what is registered, and runs recipes.
 */
public final class StudyRegistry {

    /**
     * What checking a project against the registry found: {@code errors} (a configuration or recipe this build would
     * refuse) and {@code notes} (configurations of studies and recipes of generators this build does not have: kept,
     * not checked). Every entry names its JSON path.
     */
    public record Findings(List<Problem> errors, List<Problem> notes) {
        public Findings {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }
    }

    private final Map<String, StudyDefinition<?, ?>> studies = new LinkedHashMap<>();
    private final Map<String, StudyDefinition<?, ?>> generatorOwners = new LinkedHashMap<>();
    private final List<String> planned = new ArrayList<>();

    /**
     * Names studies this build knows it lacks (the published studies still to come): a project configuring one is
     * kept and noted, not refused. Any other unknown study id is an error, most likely a typo.
     */
    public StudyRegistry planned(String... ids) {
        for (String id : ids) {
            if (!planned.contains(id)) {
                planned.add(id);
            }
        }
        return this;
    }

    /** The studies this build knows it lacks and that are not registered, in the order given. */
    public List<String> plannedIds() {
        return planned.stream().filter(id -> !studies.containsKey(id)).toList();
    }

    public StudyRegistry register(StudyDefinition<?, ?> study) {
        if (studies.containsKey(study.id())) {
            throw new IllegalArgumentException("study id registered twice: " + study.id());
        }
        for (GeneratorSpec g : study.generators()) {
            StudyDefinition<?, ?> owner = generatorOwners.get(g.id());
            if (owner != null) {
                throw new IllegalArgumentException("generator id " + g.id() + " of study " + study.id()
                        + " is already registered by study " + owner.id());
            }
        }
        studies.put(study.id(), study);
        study.generators().forEach(g -> generatorOwners.put(g.id(), study));
        return this;
    }

    public Optional<StudyDefinition<?, ?>> study(String id) {
        return Optional.ofNullable(studies.get(id));
    }

    public List<StudyDefinition<?, ?>> studies() {
        return List.copyOf(studies.values());
    }

    public List<String> ids() {
        return new ArrayList<>(studies.keySet());
    }

    /** The generator with this id, whichever study registered it. */
    public Optional<GeneratorSpec> generator(String generatorId) {
        return studyOfGenerator(generatorId).flatMap(s -> s.generators().stream()
                .filter(g -> g.id().equals(generatorId)).findFirst());
    }

    /** The study that registered generator {@code generatorId}. */
    public Optional<StudyDefinition<?, ?>> studyOfGenerator(String generatorId) {
        return Optional.ofNullable(generatorOwners.get(generatorId));
    }

    /** Every generator id, study by study. */
    public List<String> generatorIds() {
        return new ArrayList<>(generatorOwners.keySet());
    }

    /**
     * Checks every study configuration of the project against its registered study ({@link
     * StudyDefinition#checkConfig}) and every generator recipe against its registered generator (parameters at
     * {@code $.generators[i].parameters.NAME}).
     */
    public Findings check(Project project) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        for (StudyConfig c : project.studies()) {
            String path = project.jsonPathOf(c);
            StudyDefinition<?, ?> study = studies.get(c.study());
            if (study == null && plannedIds().contains(c.study())) {
                notes.add(new Problem(path + ".study", "study '" + c.study() + "' is not part of this build yet (it "
                        + "has " + String.join(", ", ids()) + "); the configuration is kept but was not checked"));
            } else if (study == null) {
                errors.add(new Problem(path + ".study", "unknown study '" + c.study() + "';"
                        + RecordValues.didYouMean(c.study(), ids()) + " this build has " + String.join(", ", ids())
                        + (plannedIds().isEmpty() ? "" : " (and knows of " + String.join(", ", plannedIds())
                        + ", still to come)")));
            } else {
                errors.addAll(study.checkConfig(project, c));
            }
        }
        for (GeneratorRecipe r : project.generators()) {
            String path = project.jsonPathOf(r);
            Optional<GeneratorSpec> g = generator(r.generator());
            if (g.isEmpty()) {
                notes.add(new Problem(path + ".generator", "generator '" + r.generator() + "' is not part of this "
                        + "build (it has " + String.join(", ", generatorIds()) + "); the recipe is kept but was not "
                        + "checked"));
            } else {
                g.get().parameters(r, path, errors);
            }
        }
        return new Findings(errors, notes);
    }

    /**
     * Runs a recipe of {@code project} ({@link Project#recipe}): its generator with its seed and parameters.
     *
     * @throws ProjectFileException naming the recipe's path when its generator is unknown or a parameter is refused
     */
    public GeneratorSpec.Generated run(Project project, GeneratorRecipe recipe, RunContext context)
            throws ProjectFileException {
        String path = project.jsonPathOf(recipe);
        String source = project.name().isBlank() ? "project" : project.name();
        GeneratorSpec g = generator(recipe.generator()).orElseThrow(() -> new ProjectFileException(source,
                path + ".generator", "unknown generator '" + recipe.generator() + "'; this build has "
                + String.join(", ", generatorIds())));
        List<Problem> problems = new ArrayList<>();
        Record params = g.parameters(recipe, path, problems);
        if (params == null) {
            throw new ProjectFileException(source, problems);
        }
        return g.generate(params, recipe.seed(), context);
    }
}
