package org.evwb.core.project.csv;

import java.util.concurrent.CancellationException;

/**
 * How a long CSV import reports how far it is and learns that it should stop. The window passes its background
 * task's context (an import of 200,000 rows takes seconds); {@link #NONE} reports nothing and never stops. A stop
 * breaks the import off with a {@link CancellationException}: nothing is returned, so nothing is added.
 */
public interface ImportProgress {

    /** Reports nothing, never stops (the CLI, tests). */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void report(double fraction, String text) {
        }

        @Override
        public boolean stopRequested() {
            return false;
        }
    };

    /** How far the import is, 0…1, and what it is doing. */
    void report(double fraction, String text);

    /** True once the user asked to stop. */
    boolean stopRequested();

    /** Throws when a stop was asked for; called between steps and every few thousand rows. */
    default void checkStop() {
        if (stopRequested()) {
            throw new CancellationException("the import was cancelled; nothing was added");
        }
    }
}
