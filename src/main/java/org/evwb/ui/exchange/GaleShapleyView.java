package org.evwb.ui.exchange;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.evwb.core.AppDirs;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Step;
import org.evwb.core.study.exchange.teaching.GaleShapleyTracer;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.map.MapView;

/**
 * Gale–Shapley step by step on the map: Next / Back / Play (speed slider) / Reset, keys Right / Left / Space, and the
 * log of rounds beside the map, kept in step with the position. Selecting a line of the log goes to that step and
 * selects its proposer in the shared selection, so the property editor and the tables follow.
 */
public final class GaleShapleyView extends BorderPane {

    private final AppState state;
    private final MapView map;
    private final ExchangeOverlay overlay;
    private final ListView<Step> log = new ListView<>();
    private final ChoiceBox<ProposingSide> side = new ChoiceBox<>(FXCollections.observableArrayList(
            ProposingSide.BUYERS, ProposingSide.SELLERS));
    private final Button next = new Button("Next ▶");
    private final Button back = new Button("◀ Back");
    private final ToggleButton play = new ToggleButton("Play");
    private final Button reset = new Button("Reset");
    private final Slider speed = new Slider(0.5, 10, 2);
    private final Label status = new Label();
    private final Timeline timer = new Timeline();
    private ExchangeSession session;
    private GaleShapleyStepper stepper;
    private boolean syncing;

    public GaleShapleyView(AppState state, AppDirs dirs) {
        this.state = state;
        getStyleClass().add("gs-view");
        map = new MapView(state, dirs);
        overlay = new ExchangeOverlay(map);
        map.overlays().add(overlay);
        side.setValue(ProposingSide.BUYERS);
        side.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ProposingSide s) {
                return s == ProposingSide.BUYERS ? "Buyers propose" : "Sellers propose";
            }

            @Override
            public ProposingSide fromString(String s) {
                return s.startsWith("Buyers") ? ProposingSide.BUYERS : ProposingSide.SELLERS;
            }
        });
        side.valueProperty().addListener((o, a, b) -> rebuild());
        ids();
        next.setOnAction(e -> next());
        back.setOnAction(e -> back());
        reset.setOnAction(e -> reset());
        play.selectedProperty().addListener((o, a, on) -> playing(on));
        speed.setShowTickLabels(true);
        speed.setMajorTickUnit(2);
        speed.setPrefWidth(140);
        speed.setTooltip(new Tooltip("Steps per second when playing"));
        speed.valueProperty().addListener((o, a, b) -> {
            if (play.isSelected()) {
                playing(true);
            }
        });
        ToolBar bar = new ToolBar(side, back, next, play, new Label("Speed"), speed, reset, status);
        bar.getStyleClass().add("teaching-toolbar");
        log.getStyleClass().add("gs-log");
        log.setCellFactory(v -> new StepCell());
        log.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> logSelected(i.intValue()));
        log.setPrefWidth(320);
        SplitPane split = new SplitPane(map, log);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        setTop(bar);
        setCenter(split);
        // keys work wherever focus is inside the view (the map would take Space for panning)
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        update();
    }

    private void ids() {
        side.setId("gs-side");
        next.setId("gs-next");
        back.setId("gs-back");
        play.setId("gs-play");
        reset.setId("gs-reset");
        speed.setId("gs-speed");
        status.setId("gs-status");
        log.setId("gs-log");
        status.getStyleClass().add("teaching-status");
    }

    /** Shows a new instance (or none); the trace starts again at step 0. */
    public void setSession(ExchangeSession s) {
        session = s;
        rebuild();
    }

    private void rebuild() {
        play.setSelected(false);
        stepper = session == null ? null
                : new GaleShapleyStepper(session, GaleShapleyTracer.trace(session.instance(), side.getValue()));
        if (stepper != null) {
            stepper.positionProperty().addListener((o, a, b) -> update());
        }
        syncing = true;
        log.getItems().setAll(stepper == null ? java.util.List.of() : stepper.trace().steps());
        syncing = false;
        update();
    }

    public GaleShapleyStepper stepper() {
        return stepper;
    }

    public ExchangeOverlay overlay() {
        return overlay;
    }

    public MapView map() {
        return map;
    }

    public ListView<Step> log() {
        return log;
    }

    public void next() {
        if (stepper != null) {
            stepper.next();
        }
    }

    public void back() {
        if (stepper != null) {
            stepper.back();
        }
    }

    public void reset() {
        play.setSelected(false);
        if (stepper != null) {
            stepper.reset();
        }
    }

    private void playing(boolean on) {
        timer.stop();
        if (!on) {
            return;
        }
        if (stepper != null && stepper.atEnd()) {
            stepper.reset();
        }
        timer.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / speed.getValue()), e -> {
            if (stepper == null || !stepper.next() || stepper.atEnd()) {
                play.setSelected(false);
            }
        }));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT -> next();
            case LEFT -> back();
            case SPACE -> play.setSelected(!play.isSelected());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void logSelected(int i) {
        if (syncing || stepper == null || i < 0) {
            return;
        }
        stepper.setPosition(i + 1);
        state.select(session.ref(stepper.trace().steps().get(i).proposer()));
    }

    private void update() {
        boolean has = stepper != null;
        next.setDisable(!has || stepper.atEnd());
        back.setDisable(!has || stepper.position() == 0);
        play.setDisable(!has || stepper.trace().size() == 0);
        reset.setDisable(!has);
        if (!has) {
            status.setText("No exchange instance");
            overlay.setModel(OverlayModel.EMPTY);
            return;
        }
        int k = stepper.position();
        int n = stepper.trace().size();
        Step s = stepper.current();
        status.setText("Step " + k + " of " + n + (s == null ? "" : " · round " + s.round()) + " · "
                + stepper.matching().size() + " pairs" + (k == n ? (n == 0 ? " · no acceptable pairs" : " · stable")
                : ""));
        overlay.setModel(stepper.overlay());
        syncing = true;
        try {
            if (k == 0) {
                log.getSelectionModel().clearSelection();
            } else {
                log.getSelectionModel().select(k - 1);
                log.scrollTo(Math.max(0, k - 4));
                state.select(session.ref(s.proposer()));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * A log line, styled by outcome (gs-accepted, gs-rejected, gs-displaced). Lines wrap at the log's width: a
     * preferred width of 0 keeps a cell from asking for its text's width, which made the list scroll sideways and
     * hid the end of every long line.
     */
    private final class StepCell extends ListCell<Step> {
        StepCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Step s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeAll("gs-accepted", "gs-rejected", "gs-displaced");
            if (empty || s == null || stepper == null) {
                setText(null);
                return;
            }
            setText(stepper.describe(s));
            getStyleClass().add("gs-" + s.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
