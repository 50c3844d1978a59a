package org.evwb.core.solve;

import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.Project;

/**
 * A seeded generator a study registers ({@link StudyDefinition#generators()}): its id (the {@code generator} of a
 * {@code GeneratorRecipe} in project files, and what {@code evwb generate STUDY --generator ID} names), a description,
 * its parameters record with defaults, and how to generate. The same seed and parameters give the same project, bit
 * for bit. The UI's Generate dialog edits the record's components, the CLI sets them with {@code --param name=value}.
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
    private final SolverSpec<Object, Object> parameters;
    private final Generator<Record> generator;

    @SuppressWarnings("unchecked")
    private <P extends Record> GeneratorSpec(String id, String description, P defaults, Generator<P> generator) {
        this.id = Objects.requireNonNull(id);
        this.description = Objects.requireNonNull(description);
        // SolverSpec already knows how to apply overrides to a parameters record; reuse it for the record handling
        this.parameters = SolverSpec.of(id, description, defaults, p -> {
            throw new UnsupportedOperationException();
        });
        this.generator = (Generator<Record>) generator;
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
        return parameters.defaults();
    }

    /** The defaults with parameters overridden by name (typed or as text); bad names or values throw. */
    public Record withOverrides(Map<String, ?> overrides) {
        return parameters.withOverrides(overrides);
    }

    /** Generates with {@code params} (of the defaults' type) and {@code seed}. */
    public Generated generate(Record params, long seed, RunContext context) {
        if (params.getClass() != defaults().getClass()) {
            throw new IllegalArgumentException("generator " + id + " takes " + defaults().getClass().getSimpleName());
        }
        return generator.generate(params, seed, context);
    }

    @Override
    public String toString() {
        return id;
    }
}
