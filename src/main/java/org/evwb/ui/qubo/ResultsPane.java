package org.evwb.ui.qubo;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;

/**
 * The last two results side by side, so two samplers on the same QUBO compare at a glance (oldest left). A new
 * result replaces the older unpinned one; pinning one keeps it (one pin at a time, so there is always a free slot).
 */
public final class ResultsPane extends HBox {

    private final ChartExport chartExport;
    private final TableExport tableExport;
    private final List<ResultCard> cards = new ArrayList<>();
    private final Label placeholder = new Label("Run a sampler to see its samples here. The last two results stay "
            + "side by side; pin one to keep it while you try others.");

    public ResultsPane(ChartExport chartExport, TableExport tableExport) {
        this.chartExport = chartExport;
        this.tableExport = tableExport;
        setId("qubo-results");
        getStyleClass().add("qubo-results");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        refresh();
    }

    /** Shows a new result beside the kept one. */
    public ResultCard add(QuboResult result) {
        ResultCard card = new ResultCard(result, chartExport, tableExport);
        card.pinButton().selectedProperty().addListener((o, was, now) -> {
            if (now) {
                cards.stream().filter(c -> c != card).forEach(c -> c.pinButton().setSelected(false));
            }
        });
        if (cards.size() >= 2) {
            ResultCard drop = cards.stream().filter(c -> !c.isPinned()).findFirst().orElse(cards.get(0));
            cards.remove(drop);
        }
        cards.add(card);
        refresh();
        return card;
    }

    /** Removes every result (a new QUBO was opened). */
    public void clear() {
        cards.clear();
        refresh();
    }

    /** The results shown, oldest first. */
    public List<ResultCard> cards() {
        return List.copyOf(cards);
    }

    private void refresh() {
        if (cards.isEmpty()) {
            getChildren().setAll(placeholder);
            return;
        }
        getChildren().setAll(cards);
        for (ResultCard c : cards) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefWidth(cards.size() == 1 ? 900 : 450);
        }
    }
}
