package org.evwb.core.project;

/**
 * One thing wrong with a project file: where (a JSON path such as {@code $.fleet.vehicles[3].socKWh}, or a CSV row)
 * and what, phrased so the user knows how to fix it.
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
