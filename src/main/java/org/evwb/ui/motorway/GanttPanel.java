package org.evwb.ui.motorway;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.platform.Subscriptions;

/**
 * The Gantt tab: a schedule chooser over the {@link GanttView}. "Automatic" shows whichever came last — the latest
 * motorway run of the project or the what-if evaluation of the current layout. Clicking a bar selects the EMV in
 * {@link AppState}; the selected EMV's bars are highlighted, whoever selected it.
 */
public final class GanttPanel extends BorderPane {

    /** Which schedule to show. */
    public enum Source {
        AUTOMATIC("Automatic (latest run or what-if)"),
        NO_WAITING("What-if: cpsat, no waiting (greedy when infeasible)"),
        WAITING("What-if: cpsat, least total waiting"),
        LATEST_RUN("Latest motorway run");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final MotorwayController controller;
    private final GanttView gantt;
    private final ComboBox<Source> source = new ComboBox<>();
    private boolean runIsNewer;

    public GanttPanel(AppState state, MotorwayController controller, ChartExport export, Subscriptions subscriptions) {
        this.controller = controller;
        this.gantt = new GanttView(export, id -> state.select(new EntityRef(EntityKind.VEHICLE, id)));
        getStyleClass().add("motorway-gantt-panel");
        source.getItems().setAll(Source.values());
        source.setValue(Source.AUTOMATIC);
        source.setId("motorway-gantt-source");
        source.valueProperty().addListener((o, a, b) -> refresh());
        controller.evaluationProperty().addListener((o, a, b) -> {
            runIsNewer = false;
            refresh();
        });
        controller.latestRunProperty().addListener((o, a, b) -> {
            runIsNewer = b != null;
            refresh();
        });
        subscriptions.listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> gantt.setSelectedVehicle(
                state.getSelection().stream().filter(r -> r.kind() == EntityKind.VEHICLE).map(EntityRef::id)
                        .findFirst().orElse(null)));
        HBox bar = new HBox(8, new Label("Schedule:"), source);
        bar.getStyleClass().add("motorway-toolbar");
        setTop(bar);
        setCenter(gantt);
        refresh();
    }

    public GanttView gantt() {
        return gantt;
    }

    public ComboBox<Source> source() {
        return source;
    }

    void refresh() {
        MotorwayEvaluation ev = controller.evaluation();
        Source s = source.getValue();
        if (s == Source.AUTOMATIC) {
            s = runIsNewer && controller.latestRunSchedule().isPresent() ? Source.LATEST_RUN : Source.NO_WAITING;
        }
        if (s == Source.LATEST_RUN) {
            gantt.setModel(controller.latestRunSchedule().map(r -> GanttModel.of("Run " + r.title(), r.instance(),
                    r.schedule())).orElse(GanttModel.EMPTY));
            return;
        }
        if (ev == null) {
            gantt.setModel(GanttModel.EMPTY);
            return;
        }
        gantt.setModel(switch (s) {
            case WAITING -> GanttModel.of("What-if: least total waiting (cpsat, waiting allowed)",
                    ev.waitingInstance(), ev.waiting());
            default -> GanttModel.of(ev.feasible() ? "What-if: conflict-free schedule (cpsat, no waiting)"
                    : "What-if: no conflict-free schedule" + (ev.feasibility()
                    == MotorwaySchedule.Status.PROVED_INFEASIBLE ? " (proved)" : "") + " — greedy's schedule",
                    ev.instance(), ev.noWait());
        });
    }
}
