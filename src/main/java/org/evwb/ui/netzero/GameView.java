package org.evwb.ui.netzero;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.evwb.core.study.netzero.NetzeroGame;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The incentive game of the fleet view's instance (Table IV, Propositions 1–2): per vehicle type the payoff matrix
 * (Coop / Non-Coop when fewer than N_TH cooperate, either when N_TH or more do, with the type's mean U_i) and how many
 * of its EVs each proposition admits, as a table (CSV) and bars (PNG/SVG/PDF). Cheap (one pass over the fleet), so it
 * is worked out on the FX thread when the instance changes.
 */
public final class GameView extends BorderPane {

    private final TableView<NetzeroGame.TypeRow> table = new TableView<>();
    private final DefaultCategoryDataset counts = new DefaultCategoryDataset();
    private final Label summary = new Label();
    private NetzeroGame game;

    public GameView(StudyContext ctx) {
        getStyleClass().add("netzero-game");
        summary.setId("netzero-game-summary");
        summary.setWrapText(true);
        table.setId("netzero-game-table");
        table.getColumns().add(column("type", r -> r.typeId() + " (" + r.category() + ")"));
        table.getColumns().add(column("EVs", r -> Integer.toString(r.evs())));
        table.getColumns().add(column("with S_i (players)", r -> Integer.toString(r.players())));
        table.getColumns().add(column("Coop, N_Coop < N_TH: mean U_i", r -> fmt(r.coopBelow())));
        table.getColumns().add(column("Non-Coop, N_Coop < N_TH: −RC", r -> fmt(r.nonCoopBelow())));
        table.getColumns().add(column("either, N_Coop ≥ N_TH: −RC/N_Coop", r -> fmt(r.above())));
        table.getColumns().add(column("Prop. 1 admits", r -> Long.toString(r.proposition1())));
        table.getColumns().add(column("Prop. 2 admits", r -> Long.toString(r.proposition2())));
        table.getColumns().add(column("Coop weakly dominant", r -> Long.toString(r.coopWeaklyDominant())));
        table.setPrefHeight(160);
        ctx.tableExport().install(table, "netzero-game");
        ChartViewer bars = new ChartViewer(ChartFactory.createBarChart("EVs each proposition admits, per type", "",
                "EVs", counts, PlotOrientation.VERTICAL, true, true, false));
        bars.setId("netzero-game-chart");
        bars.setPrefSize(520, 300);
        ctx.chartExport().install(bars, "netzero-game-propositions");
        setTop(summary);
        setCenter(table);
        setBottom(bars);
    }

    private static TableColumn<NetzeroGame.TypeRow, String> column(String title,
            java.util.function.Function<NetzeroGame.TypeRow, String> f) {
        TableColumn<NetzeroGame.TypeRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Shows the game of {@code in} (null: clears it). */
    public void show(NetzeroInstance in) {
        counts.clear();
        if (in == null) {
            game = null;
            table.getItems().clear();
            summary.setText("No netzero instance");
            return;
        }
        game = NetzeroGame.of(in);
        List<NetzeroGame.TypeRow> rows = game.byType(in);
        table.getItems().setAll(rows);
        for (NetzeroGame.TypeRow r : rows) {
            counts.addValue(r.players(), "with a surplus", r.typeId());
            counts.addValue(r.proposition1(), "Proposition 1 (U_i ≥ 0)", r.typeId());
            counts.addValue(r.proposition2(), "Proposition 2 (U_i ≥ RC − RC/N_Coop)", r.typeId());
        }
        summary.setText(String.format(Locale.ROOT, "RC %.2f ¤, N_TH %d, N_Coop %d (%s): Proposition 1 admits %d of "
                        + "%d EVs with a surplus, Proposition 2 %d", game.roadCharge(), game.threshold(),
                game.cooperating(), game.thresholdReached() ? "the threshold is reached, RC is shared"
                        : "below the threshold", game.proposition1Count(), game.suppliers(),
                game.proposition2Count()));
    }

    public NetzeroGame game() {
        return game;
    }

    public TableView<NetzeroGame.TypeRow> table() {
        return table;
    }

    public String summaryText() {
        return summary.getText();
    }
}
