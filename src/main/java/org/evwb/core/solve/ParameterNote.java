package org.evwb.core.solve;

import java.util.Locale;
import java.util.Objects;

/**
 * A short explanation a study gives beside one of its parameters in the study settings editor, for a choice that
 * changes results sharply (exchange: why the strict rule leaves almost no pairs). Data, declared by the study
 * ({@link StudyDefinition#parameterNotes()}); the platform shows it.
 *
 * @param parameter the parameter's name in the study's parameters record
 * @param value     the value the note is about, as a configuration writes it (an enum constant in any case,
 *                  {@code "true"}); null: the note is about the parameter whatever its value
 * @param text      one or two sentences, in the user's terms
 */
public record ParameterNote(String parameter, String value, String text) {

    public ParameterNote {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(text, "text");
    }

    /** A note on a parameter whatever its value. */
    public static ParameterNote always(String parameter, String text) {
        return new ParameterNote(parameter, null, text);
    }

    /** A note shown while the parameter has {@code value}. */
    public static ParameterNote when(String parameter, Object value, String text) {
        return new ParameterNote(parameter, String.valueOf(value), text);
    }

    /** True when the note is about {@code name} with {@code current} (an enum, boolean or number as the form has it). */
    public boolean appliesTo(String name, Object current) {
        if (!parameter.equals(name)) {
            return false;
        }
        if (value == null) {
            return true;
        }
        String now = current instanceof Enum<?> e ? e.name() : String.valueOf(current);
        return value.toLowerCase(Locale.ROOT).equals(now.toLowerCase(Locale.ROOT));
    }
}
