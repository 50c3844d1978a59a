package org.evwb.core.solve;

/**
 * One violated constraint found by a checker.
 *
 * @param constraint short id of the constraint kind, e.g. {@code "charger-overlap"}
 * @param message    what is wrong, in terms of the study's entities
 */
public record Violation(String constraint, String message) {

    @Override
    public String toString() {
        return constraint + ": " + message;
    }
}
