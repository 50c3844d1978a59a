package org.evwb.core.solve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.evwb.core.project.RecordValues;

/**
 * A registered solver: its id, a description, its parameters record with defaults, and how to build the optimiser
 * from parameters. The UI edits the record's components, the CLI sets them with {@code --param name=value}.
 */
public final class SolverSpec<I, S> {

    private final String id;
    private final String description;
    private final Record defaults;
    private final Function<Record, Optimizer<I, S>> factory;

    private SolverSpec(String id, String description, Record defaults, Function<Record, Optimizer<I, S>> factory) {
        this.id = Objects.requireNonNull(id);
        this.description = Objects.requireNonNull(description);
        this.defaults = Objects.requireNonNull(defaults);
        this.factory = factory;
    }

    @SuppressWarnings("unchecked")
    public static <I, S, P extends Record> SolverSpec<I, S> of(String id, String description, P defaults,
                                                                Function<P, Optimizer<I, S>> factory) {
        return new SolverSpec<>(id, description, defaults, r -> factory.apply((P) r));
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

    /** Builds the optimiser with the given parameters record (of the defaults' type). */
    public Optimizer<I, S> create(Record parameters) {
        if (parameters.getClass() != defaults.getClass()) {
            throw new IllegalArgumentException("solver " + id + " takes " + defaults.getClass().getSimpleName());
        }
        return factory.apply(parameters);
    }

    /**
     * The defaults with some parameters overridden by name (values typed or as text, as the command line gives them).
     * Unknown names and values of the wrong type or out of range throw {@link IllegalArgumentException} naming the
     * parameter; the merge is the one study parameters and generators use ({@link RecordValues}).
     */
    public Record withOverrides(Map<String, ?> overrides) {
        return RecordValues.withOverrides("solver " + id, defaults, overrides);
    }

    /** A parameters record as an ordered name → value map (for reports and result files). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parameterMap(Record parameters, ObjectMapper mapper) {
        return new LinkedHashMap<>(mapper.convertValue(parameters, Map.class));
    }

    @Override
    public String toString() {
        return id;
    }
}
