package org.evwb.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the window shows when no project is open: New, Open, the sample projects and the recent files. */
public final class StartPage extends ScrollPane {

    private final VBox recentBox = new VBox(4);
    private final RecentFiles recent;
    private final ProjectController controller;

    public StartPage(ProjectController controller, SampleProjects samples, RecentFiles recent) {
        this.controller = controller;
        this.recent = recent;
        getStyleClass().add("start-page");
        setFitToWidth(true);
        Label title = new Label("EV Energy Workbench");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Optimise charging, energy trading and fleets of electric vehicles.");
        subtitle.getStyleClass().add("start-subtitle");

        Button newButton = new Button("New project");
        newButton.setId("start-new");
        newButton.getStyleClass().add("start-action");
        newButton.setOnAction(e -> controller.newProject());
        Button openButton = new Button("Open…");
        openButton.setId("start-open");
        openButton.getStyleClass().add("start-action");
        openButton.setOnAction(e -> controller.open());
        HBox actions = new HBox(8, newButton, openButton);

        VBox sampleBox = new VBox(6);
        sampleBox.getStyleClass().add("sample-list");
        var list = samples.list();
        if (list.isEmpty()) {
            sampleBox.getChildren().add(placeholder("No sample projects in this build."));
        }
        for (SampleProjects.Sample s : list) {
            Hyperlink link = new Hyperlink(s.name());
            link.getStyleClass().add("sample-link");
            link.setId("sample-" + s.fileName());
            link.setOnAction(e -> controller.openSample(s));
            link.setTooltip(new Tooltip("Opens a copy of " + s.fileName() + " in your samples folder"));
            Label desc = new Label(s.description());
            desc.getStyleClass().add("sample-description");
            desc.setWrapText(true);
            sampleBox.getChildren().add(new VBox(0, link, desc));
        }
        recentBox.getStyleClass().add("recent-list");
        recent.files().addListener((ListChangeListener<Path>) c -> showRecent());
        showRecent();

        VBox column = new VBox(14, title, subtitle, actions, heading("Sample projects"), sampleBox,
                heading("Recent files"), recentBox);
        column.getStyleClass().add("start-column");
        column.setMaxWidth(760);
        VBox outer = new VBox(column);
        outer.getStyleClass().add("start-outer");
        setContent(outer);
    }

    private void showRecent() {
        recentBox.getChildren().clear();
        if (recent.files().isEmpty()) {
            recentBox.getChildren().add(placeholder("No recent files."));
        }
        for (Path p : recent.files()) {
            boolean missing = !Files.isRegularFile(p);
            Hyperlink link = new Hyperlink(p.getFileName().toString());
            link.getStyleClass().add("recent-link");
            link.setTooltip(new Tooltip(p.toString() + (missing ? " (not found)" : "")));
            link.setOnAction(e -> controller.open(p));
            Label where = new Label(p.getParent() == null ? "" : p.getParent().toString());
            where.getStyleClass().add("recent-folder");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.getStyleClass().add("recent-remove");
            remove.setTooltip(new Tooltip("Remove from this list (the file is not deleted)"));
            remove.setOnAction(e -> recent.remove(p));
            HBox row = new HBox(8, link, where, spacer, remove);
            row.getStyleClass().add("recent-row");
            if (missing) {
                row.getStyleClass().add("recent-missing");
                link.setDisable(true);
            }
            recentBox.getChildren().add(row);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-heading");
        return l;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        return l;
    }
}
