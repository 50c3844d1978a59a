package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.RecordValues;

/**
 * A seeded generator a study registers ({@link StudyDefinition#generators()}): its id (the {@code generator} of a
 * {@code GeneratorRecipe} in project files, and what {@code evwb generate STUDY --generator ID} names), a description,
 * its parameters record with defaults, and how to generate. The same seed and parameters give the same project, bit
 * for bit, and the project records how it was made: {@link #generate} puts the recipe (this id, the seed and every
 * parameter) into its {@code generators}, so it can be made again. The UI's Generate dialog edits the record's
 * components, the CLI sets them with {@code --param name=value}; {@code @Unit} ranges on the record are the size caps
 * (checked by {@link #withOverrides}, by recipes and again by {@link #generate}).
 */
public final class GeneratorSpec {

    /** What a generator made: the project, and one line for the user (e.g. "confirmed feasible by the checker"). */
    public record Generated(Project project, String summary) {
        public Generated {
            Objects.requireNonNull(project, "project");
            summary = summary == null ? "" : summary;
        }
    }

    /** The generation itself; throws {@link IllegalArgumentException} with a message the user can act on. */
    @FunctionalInterface
    public interface Generator<P extends Record> {
        Generated generate(P parameters, long seed, RunContext context);
    }

    private final String id;
    private final String description;
    private final Record defaults;
    private final Generator<Record> generator;

    @SuppressWarnings("unchecked")
    private <P extends Record> GeneratorSpec(String id, String description, P defaults, Generator<P> generator) {
        this.id = Objects.requireNonNull(id);
        this.description = Objects.requireNonNull(description);
        this.defaults = Objects.requireNonNull(defaults);
        this.generator = (Generator<Record>) Objects.requireNonNull(generator);
    }

    public static <P extends Record> GeneratorSpec of(String id, String description, P defaults,
                                                      Generator<P> generator) {
        return new GeneratorSpec(id, description, defaults, generator);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Record defaults() {
        return defaults;
    }

    public Class<? extends Record> type() {
        return defaults.getClass();
    }

    /** The defaults with parameters overridden by name (typed or as text); bad names, values or sizes throw. */
    public Record withOverrides(Map<String, ?> overrides) {
        return RecordValues.withOverrides("generator " + id, defaults, overrides);
    }

    /**
     * The parameters a recipe for this generator sets, or {@code null} with {@code problems} naming
     * {@code path.parameters.NAME} for every value refused ({@code path}: the recipe's, e.g. {@code $.generators[0]}).
     */
    public Record parameters(GeneratorRecipe recipe, String path, List<Problem> problems) {
        return RecordValues.merge(defaults, recipe.parameters(), RecordValues.Input.JSON, path + ".parameters",
                problems);
    }

    /** The recipe that makes {@code params} with {@code seed} again. */
    public GeneratorRecipe recipe(Record params, long seed) {
        return new GeneratorRecipe(id, id, seed, RecordValues.toMap(params));
    }

    /**
     * Generates with {@code params} (of the defaults' type) and {@code seed}; the project's {@code generators} then
     * hold this generation's recipe (replacing any earlier recipe of this generator).
     *
     * @throws IllegalArgumentException when a parameter is outside its range (e.g. a size above its cap)
     */
    public Generated generate(Record params, long seed, RunContext context) {
        if (params.getClass() != defaults.getClass()) {
            throw new IllegalArgumentException("generator " + id + " takes " + defaults.getClass().getSimpleName());
        }
        List<Problem> out = new ArrayList<>();
        RecordValues.checkRanges(params, "", out);
        if (!out.isEmpty()) {
            throw new IllegalArgumentException("generator " + id + ": " + String.join("; ", out.stream()
                    .map(Problem::toString).toList()));
        }
        Generated g = generator.generate(params, seed, context);
        List<GeneratorRecipe> recipes = new ArrayList<>(g.project().generators().stream()
                .filter(r -> !r.generator().equals(id)).toList());
        recipes.add(recipe(params, seed));
        return new Generated(g.project().withGenerators(recipes), g.summary());
    }

    @Override
    public String toString() {
        return id;
    }
}
