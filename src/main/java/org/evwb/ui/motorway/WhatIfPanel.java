package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.evwb.ui.motorway.MotorwayEvaluation.Summary;

/**
 * The what-if summary: for the current layout and the layout before the last edit — is a conflict-free schedule
 * without waiting possible, how many conflicts the best no-waiting schedule has, and with waiting allowed the least
 * total waiting and its total trip time — with the change between them. A layout without a feasible schedule shows
 * "infeasible" in red with the reason, never its totals; changes are shown only between two feasible results and
 * coloured by whether they are better (fewer conflicts, less waiting, shorter trips) or worse.
 */
public final class WhatIfPanel extends VBox {

    /** Style classes: a change for the better or worse, and a result that is no schedule. */
    static final String BETTER = "whatif-better";
    static final String WORSE = "whatif-worse";
    static final String INFEASIBLE = "whatif-infeasible";

    private final Label status = new Label();
    private final List<Label[]> cells = new ArrayList<>();
    private static final String[] ROWS = {"Conflict-free without waiting", "Conflicts (no waiting)",
        "Total waiting [min] (waiting allowed)", "Least total trip time [min] (waiting allowed)"};
    private static final String[] IDS = {"feasible", "conflicts", "waiting", "trip"};

    public WhatIfPanel(MotorwayController controller) {
        super(6);
        getStyleClass().add("motorway-whatif");
        setPadding(new Insets(8));
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.getStyleClass().add("whatif-grid");
        String[] head = {"", "This layout", "Before the last edit", "Change"};
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("whatif-head");
            grid.add(h, c, 0);
        }
        for (int r = 0; r < ROWS.length; r++) {
            grid.add(new Label(ROWS[r]), 0, r + 1);
            Label[] row = new Label[3];
            String[] suffix = {"now", "before", "delta"};
            for (int c = 0; c < 3; c++) {
                row[c] = new Label("–");
                row[c].setId("whatif-" + IDS[r] + "-" + suffix[c]);
                row[c].getStyleClass().add("whatif-value");
                grid.add(row[c], c + 1, r + 1);
            }
            cells.add(row);
        }
        status.setId("whatif-status");
        status.textProperty().bind(controller.statusProperty());
        Label title = new Label("What-if: the layout re-evaluated after every edit (cpsat, "
                + MotorwayViews.WHAT_IF_LIMIT.toSeconds() + " s per solve)");
        title.getStyleClass().add("whatif-title");
        getChildren().addAll(title, grid, status);
        controller.evaluationProperty().addListener((o, a, b) -> show(b == null ? null : b.summary(),
                controller.previousProperty().get()));
        controller.previousProperty().addListener((o, a, b) -> show(controller.evaluation() == null ? null
                : controller.evaluation().summary(), b));
    }

    private void show(Summary now, Summary before) {
        for (int r = 0; r < ROWS.length; r++) {
            Label[] row = cells.get(r);
            cell(row[0], r, now);
            cell(row[1], r, before);
            Label delta = row[2];
            delta.getStyleClass().removeAll(BETTER, WORSE, INFEASIBLE);
            delta.setTooltip(null);
            if (now == null || before == null) {
                delta.setText("–");
            } else if (r == 0) {
                delta.setText(now.feasible() == before.feasible() ? "same" : now.feasible() ? "now possible"
                        : "no longer possible");
                if (now.feasible() != before.feasible()) {
                    delta.getStyleClass().add(now.feasible() ? BETTER : WORSE);
                }
            } else if (!comparable(r, now) || !comparable(r, before)) {
                // a change from or to an infeasible result is no number: its totals count what it left out
                delta.setText("–");
                delta.setTooltip(new Tooltip("No change is shown: "
                        + (comparable(r, now) ? "the layout before the last edit" : "this layout")
                        + " has no feasible schedule to compare."));
            } else {
                double d = value(r, now) - value(r, before);
                delta.setText(Math.abs(d) < 1e-9 ? "0" : String.format(Locale.ROOT, "%+.1f", d));
                if (Math.abs(d) > 1e-9) {
                    delta.getStyleClass().add(d < 0 ? BETTER : WORSE); // fewer conflicts, less waiting and trip time
                }
            }
        }
    }

    /** True when row {@code r} of {@code s} is a figure of a feasible schedule (conflicts are always a count). */
    private static boolean comparable(int r, Summary s) {
        return r == 1 || (r == 2 ? s.waiting().feasible() : s.trip().feasible());
    }

    private static double value(int r, Summary s) {
        return r == 1 ? s.conflicts() : r == 2 ? s.totalWaitingMin() : s.totalTripMin();
    }

    private static void cell(Label l, int r, Summary s) {
        l.getStyleClass().remove(INFEASIBLE);
        l.setTooltip(null);
        if (s == null) {
            l.setText("–");
            return;
        }
        if (r == 0) {
            l.setText(s.feasible() ? "yes" : s.provedInfeasible() ? "no (proved)" : "not found in time");
            if (!s.feasible()) {
                l.getStyleClass().add(INFEASIBLE);
            }
            return;
        }
        if (!comparable(r, s)) {
            MotorwayEvaluation.Verdict v = r == 2 ? s.waiting() : s.trip();
            l.setText("infeasible (" + v.reason() + ")");
            l.setTooltip(new Tooltip("Even with waiting allowed there is no schedule the checker accepts: "
                    + v.reason() + "."));
            l.getStyleClass().add(INFEASIBLE);
            return;
        }
        l.setText(r == 1 ? String.format(Locale.ROOT, "%.0f", s.conflicts())
                : String.format(Locale.ROOT, "%.1f", value(r, s)));
    }
}
