package org.evwb.ui.runs;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.evwb.core.Figures;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.Violation;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;

/** One run in the runs panel: progress, message, Cancel and live chart while running; then the report. */
final class RunCard extends VBox {

    private final VBox reportBox = new VBox(2);

    private final RunEntry entry;
    private final RunViews views;

    RunCard(RunEntry entry, RunsController controller, RunViews views) {
        this.entry = entry;
        this.views = views;
        getStyleClass().add("run-card");
        Label title = new Label(entry.title());
        title.getStyleClass().add("run-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer);
        getChildren().add(head);
        BackgroundTask<?> task = entry.task();
        if (task != null) {
            ProgressBar bar = new ProgressBar();
            bar.getStyleClass().add("run-progress");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.progressProperty().bind(task.progressProperty());
            Label message = new Label();
            message.getStyleClass().add("run-message");
            message.textProperty().bind(task.messageProperty());
            Button cancel = new Button("Cancel");
            cancel.getStyleClass().add("run-cancel");
            cancel.setOnAction(e -> controller.cancel(entry));
            cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> task.getState().isDone(),
                    task.stateProperty()));
            head.getChildren().add(cancel);
            VBox running = new VBox(4, bar, message);
            running.visibleProperty().bind(Bindings.createBooleanBinding(() -> !task.getState().isDone(),
                    task.stateProperty()));
            running.managedProperty().bind(running.visibleProperty());
            getChildren().add(running);
            LiveChart chart = controller.chartOf(entry);
            if (chart != null) {
                getChildren().add(chart.node());
            }
        }
        reportBox.getStyleClass().add("run-report");
        getChildren().add(reportBox);
        javafx.scene.control.MenuItem report = new javafx.scene.control.MenuItem("Export report…");
        report.getStyleClass().add("run-export-report");
        report.setOnAction(e -> controller.exportReport(entry, getScene() == null ? null : getScene().getWindow()));
        ContextMenu menu = new ContextMenu(report);
        menu.setOnShowing(e -> report.setDisable(entry.result() == null));
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        entry.resultProperty().addListener((obs, was, now) -> showResult(now));
        showResult(entry.result());
    }

    private void showResult(RunResult<?, ?> result) {
        showReport(result == null ? null : result.report(),
                result == null ? null : ObjectiveFormat.of(result.study()));
        if (result == null) {
            return;
        }
        if (result.note() != null) {
            Label note = line(result.note());
            note.getStyleClass().add("run-note");
            reportBox.getChildren().add(1, note);
        }
        if (result.solution() != null && views.canShow(entry)) {
            Button show = new Button("Show");
            show.getStyleClass().add("run-show");
            show.setTooltip(new javafx.scene.control.Tooltip("Show this run in the study's views"));
            show.setOnAction(e -> views.show(entry));
            reportBox.getChildren().add(show);
        }
    }

    private void showReport(RunReport r, ObjectiveFormat format) {
        reportBox.getChildren().clear();
        if (r == null) {
            return;
        }
        Label status = new Label(statusText(r));
        status.getStyleClass().add("run-status");
        // red for a failure and for any result the checker rejects, a cancelled run's best so far included
        status.getStyleClass().add(r.status() == RunStatus.FAILED || !r.violations().isEmpty()
                || (!r.feasible() && r.status() != RunStatus.CANCELLED) ? "run-status-infeasible" : "run-status-ok");
        reportBox.getChildren().add(status);
        reportBox.getChildren().add(line(String.format(Locale.ROOT, "Wall %.3f s · CPU %.3f s · seed %d",
                r.wallSeconds(), r.cpuSeconds(), r.seed())));
        if (r.configuration() != null) {
            Label settings = line("Settings: " + settingsText(r));
            settings.getStyleClass().add("run-configuration");
            reportBox.getChildren().add(settings);
        }
        ComputeCarbon c = r.computeCarbon();
        if (c != null) {
            Label carbon = line(String.format(Locale.ROOT, "Compute carbon (estimate): %.3g g CO2, %.3g Wh",
                    c.co2Kg() * 1000, c.energyKWh() * 1000));
            carbon.getStyleClass().add("run-carbon");
            var s = c.settings();
            carbon.setTooltip(new javafx.scene.control.Tooltip(String.format(Locale.ROOT,
                    "Estimate, not a measurement. Assumes %.3g W per busy core, %.3g W for memory and a grid "
                            + "intensity of %.3g kg CO2/kWh.", s.wattsPerBusyCore(), s.ramWatts(),
                    s.gridKgPerKWh())));
            reportBox.getChildren().add(carbon);
            Label assumptions = line("Assumptions: " + Figures.number(s.wattsPerBusyCore()) + " W/busy core, "
                    + Figures.number(s.ramWatts()) + " W RAM, " + Figures.number(s.gridKgPerKWh()) + " kg CO2/kWh");
            assumptions.getStyleClass().add("run-carbon-assumptions");
            reportBox.getChildren().add(assumptions);
        }
        for (Map.Entry<String, Double> o : r.objectives().entrySet()) {
            // label, value and unit as the study declares them: "Total trip time 382.1 min", "Reads 100"
            Label l = line(format.line(o.getKey(), o.getValue() == null ? Double.NaN : o.getValue()));
            l.getStyleClass().add("run-objective");
            reportBox.getChildren().add(l);
        }
        for (Violation v : r.violations()) {
            Label l = line("✗ " + v);
            l.getStyleClass().add("run-violation");
            reportBox.getChildren().add(l);
        }
        if (r.error() != null) {
            Label l = line("Error: " + r.error());
            l.getStyleClass().add("run-violation");
            reportBox.getChildren().add(l);
        }
    }

    /**
     * Which study settings the run was solved with: the recorded configuration, or — for values set in the Run
     * dialog for this run only — the project's configuration with those values (the record then names no
     * configuration, as for {@code evwb solve --param}).
     */
    private String settingsText(RunReport r) {
        java.util.Map<String, Object> set = entry.request() == null ? java.util.Map.of()
                : entry.request().studyParameters();
        if (set.isEmpty()) {
            return r.configuration().describe();
        }
        return "the project's configuration with " + String.join(", ", set.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()) + " set for this run only";
    }

    static String statusText(RunReport r) {
        return switch (r.status()) {
            case COMPLETED -> r.feasible() ? "Completed — feasible (checked)" : "Completed — INFEASIBLE ("
                    + r.violations().size() + " violations)";
            case TIME_LIMIT -> r.feasible() ? "Time limit reached — best found is feasible (checked)"
                    : "Time limit reached — INFEASIBLE (" + r.violations().size() + " violations)";
            // a cancel keeps the best so far, checked like any result; objectives exist exactly when there is one
            case CANCELLED -> r.objectives().isEmpty() && r.violations().isEmpty()
                    ? "Cancelled before a solution was found"
                    : r.violations().isEmpty() ? "Cancelled — best so far is feasible (checked)"
                    : "Cancelled — best so far is INFEASIBLE (" + r.violations().size() + " violations)";
            case FAILED -> "Failed";
        };
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("run-line");
        l.setWrapText(true);
        return l;
    }
}
