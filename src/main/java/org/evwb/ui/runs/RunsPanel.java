package org.evwb.ui.runs;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.evwb.ui.platform.RunEntry;

/** The runs of the open project, newest at the top, each as a {@link RunCard}. */
public final class RunsPanel extends BorderPane {

    private final VBox cards = new VBox(8);
    private final Map<RunEntry, RunCard> shown = new IdentityHashMap<>();
    private final RunViews views;

    public RunsPanel(RunsController controller, Runnable openRunDialog, RunViews views) {
        this.views = views;
        getStyleClass().add("runs-panel");
        Label title = new Label("Runs");
        title.getStyleClass().add("panel-title");
        Button run = new Button("Run solver…");
        run.getStyleClass().add("runs-run");
        run.setOnAction(e -> openRunDialog.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, run);
        head.getStyleClass().add("panel-header");
        setTop(head);
        cards.getStyleClass().add("run-cards");
        Label empty = new Label("No runs yet. Run a solver on this project with Run ▸ Run solver… (Ctrl+R).");
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        controller.runs().addListener((ListChangeListener<RunEntry>) c -> sync(controller, empty));
        controller.activeRunProperty().addListener((o, a, b) -> highlight(b));
        sync(controller, empty);
    }

    private void sync(RunsController controller, Label empty) {
        cards.getChildren().clear();
        Map<RunEntry, RunCard> keep = new IdentityHashMap<>();
        for (RunEntry e : controller.runs()) {
            RunCard card = shown.containsKey(e) ? shown.get(e) : card(e, controller);
            keep.put(e, card);
            cards.getChildren().add(0, card);
        }
        shown.clear();
        shown.putAll(keep);
        highlight(controller.activeRunProperty().get());
        if (cards.getChildren().isEmpty()) {
            cards.getChildren().add(empty);
        }
    }

    private RunCard card(RunEntry e, RunsController controller) {
        RunCard card = new RunCard(e, controller, views);
        card.setOnMouseClicked(m -> controller.activate(e));
        return card;
    }

    private void highlight(RunEntry active) {
        shown.forEach((e, card) -> {
            card.getStyleClass().remove("run-card-active");
            if (e == active) {
                card.getStyleClass().add("run-card-active");
            }
        });
    }
}
