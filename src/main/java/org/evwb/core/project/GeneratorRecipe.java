package org.evwb.core.project;

import java.util.Map;

/**
 * A seeded recipe for large generated data (e.g. 100,000 edge tasks): the project stores the recipe, not the rows.
 * {@code generator} names the generator; {@code parameters} are its settings.
 */
public record GeneratorRecipe(
        String id,
        String generator,
        long seed,
        @OptionalField Map<String, Object> parameters) {

    public GeneratorRecipe {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
    }
}
