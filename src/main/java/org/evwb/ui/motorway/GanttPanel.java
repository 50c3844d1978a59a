package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.OnShow;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.Subscriptions;

/**
 * The Gantt tab: the schedule on show ({@link MotorwayController#shownProperty()}, the same one the map's EMV lines
 * follow), named above the chart, with a chooser to put another on show — the what-if schedule without waiting, the
 * one with waiting allowed, or any motorway run with a schedule. Clicking a bar selects the EMV in
 * {@link AppState}; the selected EMV's bars are highlighted, whoever selected it.
 */
public final class GanttPanel extends BorderPane {

    /** One entry of the chooser: what it puts on show. */
    public record Choice(String label, OnShow onShow, boolean waiting) { }

    private final AppState state;
    private final MotorwayController controller;
    private final GanttView gantt;
    private final ChoiceBox<Choice> source = new ChoiceBox<>();
    private final Label shownLabel = new Label();
    private boolean updating;

    public GanttPanel(AppState state, MotorwayController controller, ChartExport export, Subscriptions subscriptions) {
        this.state = state;
        this.controller = controller;
        this.gantt = new GanttView(export, id -> state.select(new EntityRef(EntityKind.VEHICLE, id)));
        getStyleClass().add("motorway-gantt-panel");
        source.setId("motorway-gantt-source");
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        source.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                choose(b);
            }
        });
        shownLabel.setId("motorway-gantt-shown");
        shownLabel.getStyleClass().add("motorway-shown");
        controller.shownProperty().addListener((o, a, b) -> refresh());
        subscriptions.listen(state.getRuns(), (ListChangeListener<RunEntry>) c -> refresh());
        subscriptions.listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> gantt.setSelectedVehicle(
                state.getSelection().stream().filter(r -> r.kind() == EntityKind.VEHICLE).map(EntityRef::id)
                        .findFirst().orElse(null)));
        HBox bar = new HBox(8, new Label("Schedule on show:"), source, shownLabel);
        bar.getStyleClass().add("motorway-toolbar");
        setTop(bar);
        setCenter(gantt);
        refresh();
    }

    public GanttView gantt() {
        return gantt;
    }

    /** The chooser of the schedule on show. */
    public ChoiceBox<Choice> source() {
        return source;
    }

    /** What the chart says it shows, e.g. "Showing: Run: motorway / cpsat · seed 1". */
    public String shownText() {
        return shownLabel.getText();
    }

    private void choose(Choice c) {
        if (c.onShow() != null) {
            state.show(c.onShow());
        } else {
            controller.showWhatIf(c.waiting());
        }
    }

    /** The choices: both what-if schedules, then the project's motorway runs with a schedule, newest first. */
    private List<Choice> choices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(controller.whatIfLabel(false) + ": no waiting", null, false));
        out.add(new Choice(controller.whatIfLabel(true) + ": least total waiting", null, true));
        List<RunEntry> runs = new ArrayList<>(state.getRuns());
        java.util.Collections.reverse(runs);
        for (RunEntry r : runs) {
            if (controller.showRun(r)) {
                OnShow s = OnShow.run(r);
                out.add(new Choice(s.label(), s, false));
            }
        }
        return out;
    }

    void refresh() {
        MotorwayController.Shown s = controller.shown();
        List<Choice> choices = choices();
        Choice current = s == null ? null : s.run() != null
                ? choices.stream().filter(c -> c.onShow() != null && c.onShow().run() == s.run()).findFirst()
                .orElse(null)
                : choices.get(s.source().equals(controller.whatIfLabel(true)) ? 1 : 0);
        updating = true;
        try {
            source.getItems().setAll(choices);
            source.setValue(current);
        } finally {
            updating = false;
        }
        shownLabel.setText(s == null ? "Nothing on show yet" : "Showing: " + s.source());
        gantt.setModel(s == null ? GanttModel.EMPTY : GanttModel.of(s.title(), s.instance(), s.schedule()));
    }
}
