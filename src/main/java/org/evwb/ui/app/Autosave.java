package org.evwb.ui.app;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.evwb.core.project.Project;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.ProjectListener;

/**
 * Keeps a recovery copy of unsaved work: every {@code interval} while the project is dirty, the project (immutable, so
 * safe to hand over) is written by a background thread to the {@link RecoveryStore}. The copy is deleted once the
 * work is saved, or the user discards it or closes the project.
 */
public final class Autosave implements ProjectListener, AutoCloseable {

    private final AppState state;
    private final RecoveryStore store;
    private final AppLog log;
    private final Timeline timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evwb-autosave");
        t.setDaemon(true);
        return t;
    });
    private final String untitledId = UUID.randomUUID().toString();
    private String key;
    private Project lastWritten;

    public Autosave(AppState state, RecoveryStore store, AppLog log, Duration interval) {
        this.state = state;
        this.store = store;
        this.log = log;
        this.key = RecoveryStore.key(null, untitledId);
        this.timer = new Timeline(new KeyFrame(interval, e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        state.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                discardCopy(); // saved, or undone back to the saved state
            }
        });
    }

    public void start() {
        timer.play();
    }

    /** Writes the copy now if there are unsaved changes not yet copied (FX thread). */
    public void saveNow() {
        Project p = state.getProject();
        if (p == null || !state.isDirty() || p == lastWritten) {
            return;
        }
        lastWritten = p;
        String k = key;
        Path original = state.getProjectFile();
        writer.execute(() -> {
            try {
                store.write(k, p, original);
            } catch (Exception e) {
                log.error("autosave to the recovery folder failed", e);
            }
        });
    }

    @Override
    public void projectOpened(Path file) {
        key = RecoveryStore.key(file, untitledId);
        lastWritten = null;
    }

    @Override
    public void projectRestored(Path original, Path copy) {
        key = RecoveryStore.keyOf(copy); // keep writing to (and finally delete) the copy the user restored
        lastWritten = null;
    }

    @Override
    public void projectSaved(Path file) {
        discardCopy(); // also the untitled copy when a new project is saved for the first time
        key = RecoveryStore.key(file, untitledId);
    }

    @Override
    public void changesDiscarded() {
        discardCopy();
    }

    @Override
    public void projectClosed() {
        discardCopy();
    }

    private void discardCopy() {
        String k = key;
        lastWritten = null;
        writer.execute(() -> store.delete(k));
    }

    /** Waits for pending writes (tests) and stops the timer. */
    @Override
    public void close() {
        timer.stop();
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code r} after every write queued so far (tests use it to wait for the copy). */
    void afterPendingWrites(Runnable r) throws Exception {
        writer.submit(r).get();
    }
}
