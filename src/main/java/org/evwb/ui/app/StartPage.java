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

/**
 * What the window shows when no project is open: New, Open, the sample projects (each with the studies it is for,
 * and which of them this build does not have yet) and the recent files.
 */
public final class StartPage extends ScrollPane {

    private final VBox recentBox = new VBox(4);
    private final RecentFiles recent;
    private final ProjectController controller;

    private final VBox recoveredBox = new VBox(4);
    private final RecoveryStore recovery;

    public StartPage(ProjectController controller, SampleProjects samples, RecentFiles recent,
                     RecoveryStore recovery, java.util.Collection<String> builtStudies) {
        ProjectStudies studies = new ProjectStudies(builtStudies);
        this.controller = controller;
        this.recent = recent;
        this.recovery = recovery;
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
            VBox entry = new VBox(0, link, desc);
            String forStudies = studies.line(s.studies());
            if (!forStudies.isEmpty()) {
                Label which = new Label(forStudies);
                which.getStyleClass().add("sample-studies");
                if (forStudies.contains("not in this build")) {
                    which.getStyleClass().add("sample-studies-missing");
                }
                which.setWrapText(true);
                entry.getChildren().add(which);
            }
            sampleBox.getChildren().add(entry);
        }
        recentBox.getStyleClass().add("recent-list");
        recent.files().addListener((ListChangeListener<Path>) c -> showRecent());
        showRecent();

        recoveredBox.getStyleClass().add("recovered-list");
        showRecovered();
        // Copies appear while the app runs too (autosave), so refresh whenever the start page comes into view.
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                showRecovered();
            }
        });

        VBox column = new VBox(14, title, subtitle, actions, recoveredBox, heading("Sample projects"), sampleBox,
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

    /** Unsaved work found in the recovery folder (after a crash): restore it or throw it away. */
    private void showRecovered() {
        recoveredBox.getChildren().clear();
        var entries = recovery.list();
        if (entries.isEmpty()) {
            return;
        }
        recoveredBox.getChildren().add(heading("Recovered unsaved work"));
        var time = java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (RecoveryStore.Entry e : entries) {
            String what = e.original() != null ? e.original().getFileName().toString()
                    : (e.projectName().isBlank() ? "Untitled project" : e.projectName() + " (never saved)");
            Label label = new Label(what + " — changes from " + time.format(e.savedAt()));
            label.getStyleClass().add("recovered-label");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button restore = new Button("Restore");
            restore.getStyleClass().add("recovered-restore");
            restore.setTooltip(new Tooltip("Open the unsaved changes; nothing is written until you save"));
            restore.setOnAction(a -> controller.openRecovered(e));
            Button discard = new Button("Discard");
            discard.getStyleClass().add("recovered-discard");
            discard.setOnAction(a -> {
                recovery.delete(e);
                showRecovered();
            });
            HBox row = new HBox(8, label, spacer, restore, discard);
            row.getStyleClass().add("recovered-row");
            recoveredBox.getChildren().add(row);
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
