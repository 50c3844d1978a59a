package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.evwb.core.project.Project;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.core.study.motorway.advisor.Advice;
import org.evwb.core.study.motorway.advisor.AdvisorRequest;
import org.evwb.core.study.motorway.advisor.LayoutAdvisor;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Subscriptions;
import org.evwb.ui.platform.TaskExecutor;

/**
 * The layout advisor's panel: candidate sites (chainages on the motorway), how many chargers a site may get, the
 * power of new chargers; "Find fewest chargers" runs {@link LayoutAdvisor} in the background, "Apply" makes its
 * proposal one undoable edit.
 */
public final class AdvisorPanel extends VBox {

    private final AppState state;
    private final TaskExecutor executor;
    private final TextField candidates = new TextField();
    private final Spinner<Integer> perSite = new Spinner<>(1, 10, 3);
    private final TextField power = new TextField("50");
    private final Button find = new Button("Find fewest chargers");
    private final Button apply = new Button("Apply proposal");
    private final Label result = new Label("Mark candidate sites as chainages in km (e.g. 30, 60), or leave empty "
            + "to add chargers at existing stations only.");
    private Advice advice;
    private Project advisedFor;
    private LayoutAdvisor advisor;
    private BackgroundTask<Advice> task;

    public AdvisorPanel(AppState state, TaskExecutor executor, Subscriptions subscriptions) {
        super(6);
        this.state = state;
        this.executor = executor;
        getStyleClass().add("motorway-advisor");
        setPadding(new Insets(8));
        candidates.setId("advisor-candidates");
        candidates.setPromptText("candidate chainages, km");
        perSite.setId("advisor-per-site");
        power.setId("advisor-power");
        power.setPrefColumnCount(5);
        find.setId("advisor-find");
        apply.setId("advisor-apply");
        apply.setDisable(true);
        result.setId("advisor-result");
        result.setWrapText(true);
        find.setOnAction(e -> run());
        apply.setOnAction(e -> applyProposal());
        subscriptions.listen(state.projectProperty(), (o, a, b) -> apply.setDisable(advice == null
                || b != advisedFor));
        Label title = new Label("Layout advisor: the fewest extra chargers for a conflict-free schedule");
        title.getStyleClass().add("whatif-title");
        getChildren().addAll(title, new HBox(8, new Label("Candidate sites [km]:"), candidates),
                new HBox(8, new Label("At most per site:"), perSite, new Label("New charger power [kW]:"), power),
                new HBox(8, find, apply), result);
    }

    private void run() {
        Project p = state.getProject();
        if (p == null) {
            return;
        }
        AdvisorRequest req;
        try {
            List<Double> km = new ArrayList<>();
            for (String t : candidates.getText().split("[,;\\s]+")) {
                if (!t.isBlank()) {
                    km.add(Double.parseDouble(t.trim()));
                }
            }
            req = new AdvisorRequest(km, perSite.getValue(), Double.parseDouble(power.getText().trim()), 20);
            advisor = new LayoutAdvisor(new MotorwayStudy().parameters().from(p, MotorwayEvaluator.config(p)));
        } catch (NumberFormatException e) {
            result.setText("Candidate sites and power must be numbers (km, kW): " + e.getMessage());
            return;
        } catch (Exception e) {
            result.setText(e.getMessage());
            return;
        }
        LayoutAdvisor adv = advisor;
        BackgroundTask<Advice> t = BackgroundTask.of("finding the fewest extra chargers",
                ctx -> adv.advise(p, req, ctx));
        t.onSuccess(a -> {
            advice = a;
            advisedFor = p;
            result.setText(advice.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                    + advice.message());
            apply.setDisable(advice.changes().isEmpty() || state.getProject() != p);
        }).onFailure(x -> result.setText("The advisor failed: " + x.getMessage()))
                .onCancelled(() -> result.setText("The advisor was stopped."))
                .onDone(() -> find.setDisable(false));
        find.setDisable(true);
        apply.setDisable(true);
        result.setText("Searching…");
        task = t;
        t.executeWith(executor);
    }

    /** Stops a search in progress (the views are going away). */
    void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private void applyProposal() {
        if (advice == null || advice.changes().isEmpty() || state.getProject() != advisedFor) {
            return;
        }
        state.perform(advisor.toEdit(state.getProject(), advice));
        result.setText("Applied: " + advice.message() + " (Edit ▸ Undo takes it back)");
        advice = null;
        apply.setDisable(true);
    }

    /** The last advice (null before the first or after applying). */
    public Advice advice() {
        return advice;
    }
}
