package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.evwb.ui.motorway.MotorwayEvaluation.Summary;

/**
 * The what-if summary: for the current layout and the layout before the last edit — is a conflict-free schedule
 * without waiting possible, how many conflicts the best no-waiting schedule has, and with waiting allowed the least
 * total waiting and its total trip time — with the change between them.
 */
public final class WhatIfPanel extends VBox {

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
        double[] n = values(now);
        double[] b = values(before);
        for (int r = 0; r < ROWS.length; r++) {
            Label[] row = cells.get(r);
            row[0].setText(text(r, now, n[r]));
            row[1].setText(text(r, before, b[r]));
            row[2].setText(now == null || before == null ? "–" : r == 0 ? (now.feasible() == before.feasible()
                    ? "same" : now.feasible() ? "now possible" : "no longer possible") : delta(n[r] - b[r]));
            row[2].getStyleClass().removeAll("whatif-better", "whatif-worse");
            if (now != null && before != null && Math.abs(n[r] - b[r]) > 1e-9) {
                boolean better = r == 0 ? n[r] > b[r] : n[r] < b[r];
                row[2].getStyleClass().add(better ? "whatif-better" : "whatif-worse");
            }
        }
    }

    private static double[] values(Summary s) {
        return s == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}
                : new double[] {s.feasible() ? 1 : 0, s.conflicts(), s.totalWaitingMin(), s.totalTripMin()};
    }

    private static String text(int row, Summary s, double v) {
        if (s == null) {
            return "–";
        }
        if (row == 0) {
            return s.feasible() ? "yes" : s.provedInfeasible() ? "no (proved)" : "not found in time";
        }
        return row == 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String delta(double d) {
        return Math.abs(d) < 1e-9 ? "0" : String.format(Locale.ROOT, "%+.1f", d);
    }
}
