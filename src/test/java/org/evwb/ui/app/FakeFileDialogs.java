package org.evwb.ui.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.evwb.ui.platform.FileDialogs;

/** Answers file choosers from queues, so tests never show a native dialog. An empty queue means "cancelled". */
public final class FakeFileDialogs implements FileDialogs {

    public final Deque<Path> toOpen = new ArrayDeque<>();
    public final Deque<Path> toSave = new ArrayDeque<>();
    public final Deque<Path> toImport = new ArrayDeque<>();
    public final Deque<Double> slotMinutes = new ArrayDeque<>();
    public final Deque<Path> quboToExport = new ArrayDeque<>();
    public final Deque<Path> samplesToImport = new ArrayDeque<>();
    public int saveAsked;

    @Override
    public Optional<Path> chooseQuboToExport(Window owner, String suggestedName) {
        return Optional.ofNullable(quboToExport.poll());
    }

    @Override
    public Optional<Path> chooseSamplesToImport(Window owner) {
        return Optional.ofNullable(samplesToImport.poll());
    }

    @Override
    public Optional<Path> chooseCsvToImport(Window owner, String what) {
        return Optional.ofNullable(toImport.poll());
    }

    @Override
    public Optional<Double> chooseSlotMinutes(Window owner, double suggested) {
        return Optional.ofNullable(slotMinutes.poll());
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Window owner) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseProjectToSave(Window owner, String suggestedName) {
        saveAsked++;
        return Optional.ofNullable(toSave.poll());
    }
}
