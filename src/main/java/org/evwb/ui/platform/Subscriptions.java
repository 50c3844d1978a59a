package org.evwb.ui.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Listeners a study's views put on long-lived state ({@link AppState}, the main map), removed together when the
 * views are disposed: the app state outlives every project, so a listener left behind would keep the previous
 * project's views alive and working.
 */
public final class Subscriptions {

    private final Deque<Runnable> undo = new ArrayDeque<>();
    private boolean disposed;

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        requireOpen();
        value.addListener(listener);
        undo.push(() -> value.removeListener(listener));
    }

    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        requireOpen();
        list.addListener(listener);
        undo.push(() -> list.removeListener(listener));
    }

    /** Runs {@code r} on dispose (after the listeners added later are removed). */
    public void onDispose(Runnable r) {
        requireOpen();
        undo.push(r);
    }

    /** Removes every listener, newest first. */
    public void dispose() {
        disposed = true;
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    public boolean isDisposed() {
        return disposed;
    }

    private void requireOpen() {
        if (disposed) {
            throw new IllegalStateException("these views were disposed");
        }
    }
}
