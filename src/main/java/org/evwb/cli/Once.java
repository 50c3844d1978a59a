package org.evwb.cli;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and kept: what the command line builds only for the commands that need it (the study
 * registry, with every study, solver and JSON mapper behind it). Thread-safe: Ctrl+C's hook and the command may ask.
 */
final class Once<T> implements Supplier<T> {

    private final Supplier<? extends T> make;
    private T value;

    private Once(Supplier<? extends T> make) {
        this.make = make;
    }

    /** {@code make} wrapped to run at most once; a {@code Once} is returned as it is. */
    static <T> Supplier<T> of(Supplier<T> make) {
        return make instanceof Once<T> once ? once : new Once<>(make);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = Objects.requireNonNull(make.get(), "made nothing");
        }
        return value;
    }
}
