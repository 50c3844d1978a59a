package org.evwb.core.project;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unit and the allowed range of a numeric record component, used by validation messages and the property editor.
 * The unit is also in the component's name ({@code capacityKWh}); this annotation makes it machine-readable.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Unit {

    /** Unit label, e.g. "kWh", "km/h", "" for a pure number. */
    String value();

    /** Smallest allowed value (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** True when the minimum itself is not allowed (e.g. a capacity must be > 0). */
    boolean minExclusive() default false;
}
