package org.evwb.ui.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;

/** {@link Dialogs} as JavaFX alerts owned by the main window. Dialog panes carry CSS classes tests can look up. */
public final class FxDialogs implements Dialogs {

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String header, String details) {
        Alert a = alert(Alert.AlertType.ERROR, title, header, "error-dialog");
        a.setContentText(details);
        a.show();
    }

    @Override
    public void problems(String header, ProjectFileException e) {
        Alert a = alert(Alert.AlertType.ERROR, "Cannot use the file", header, "problems-dialog");
        ListView<String> list = new ListView<>();
        list.getStyleClass().add("problem-list");
        for (Problem p : e.problems()) {
            list.getItems().add(p.path() + ": " + p.message());
        }
        list.setPrefHeight(Math.min(320, 28 + 26 * e.problems().size()));
        Label file = new Label("File: " + e.source());
        file.getStyleClass().add("problem-file");
        Label untouched = new Label("The file was not changed. Fix the problems listed and open it again.");
        VBox box = new VBox(8, file, list, untouched);
        box.setPrefWidth(640);
        a.getDialogPane().setContent(box);
        a.setResizable(true);
        a.show();
    }

    @Override
    public void info(String title, String header, String text) {
        Alert a = alert(Alert.AlertType.INFORMATION, title, header, "info-dialog");
        a.setContentText(text);
        a.show();
    }

    @Override
    public UnsavedChoice confirmUnsaved(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + projectName + "?",
                "unsaved-dialog");
        a.setContentText("Your changes are lost if you don't save them.");
        a.getButtonTypes().setAll(save, discard, cancel);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public Optional<String> choose(String title, String header, String text, List<String> choices,
                                   String styleClass) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, header, styleClass);
        a.setContentText(text);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            buttons.add(new ButtonType(choices.get(i), i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.NO));
        }
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.add(cancel);
        a.getButtonTypes().setAll(buttons);
        return a.showAndWait().filter(b -> b != cancel).map(ButtonType::getText);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String styleClass) {
        Alert a = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().getStyleClass().add(styleClass);
        return a;
    }
}
