package org.evwb.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.study.exchange.EdgeTasks;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.FlowType;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.Participant;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.LatestRunFollower;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.StudyContext;

/**
 * The matched pairs of one exchange run — buyer, seller, energy, flow type, each side's utility and the pair's gain —
 * linked to the shared selection: selecting a row selects both participants (on the map, in the tables, in the
 * property editor); selecting a participant anywhere selects its row. Below, every base station's edge-computing task
 * with its Theorem 1 bounds. Both tables export as CSV (right-click). Shows the active exchange run, or the one chosen
 * with the runs panel's Show.
 */
public final class MatchedPairsView extends BorderPane {

    /** One matched pair; indices are participant indices of the run's instance. Utilities in ¤, energy in kWh. */
    public record PairRow(int buyerIndex, int sellerIndex, String buyer, String seller, double energyKWh,
                          FlowType flow, double buyerUtility, double sellerUtility, double gain) { }

    private final AppState state;
    private final TableView<PairRow> pairs = new TableView<>();
    private final TableView<EdgeTasks.EdgeTask> tasks = SweepView.recordTable(EdgeTasks.EdgeTask.class);
    private final Label title = new Label("No exchange run yet: run a solver (Run ▸ Run solver…, or Comparison in "
            + "the teaching tab) and its matched pairs appear here.");
    private final Label rule = new Label();
    private RunEntry shown;
    private ExchangeInstance instance;
    private boolean syncing;

    public MatchedPairsView(StudyContext ctx) {
        this.state = ctx.state();
        getStyleClass().add("exchange-pairs");
        getStylesheets().add(MatchedPairsView.class.getResource("exchange.css").toExternalForm());
        columns();
        pairs.setId("pairs-table");
        tasks.setId("pairs-edge-tasks");
        title.setId("pairs-title");
        title.getStyleClass().add("teaching-status");
        title.setWrapText(true);
        rule.setId("pairs-rule-note");
        rule.getStyleClass().add("chart-caption");
        rule.setWrapText(true);
        ctx.tableExport().install(pairs, "exchange-pairs");
        ctx.tableExport().install(tasks, "exchange-edge-tasks");
        Label tasksTitle = new Label("Edge computing: each base station's task with Theorem 1's bounds "
                + "(lowerBoundSeconds ≤ taskSeconds ≤ upperBoundSeconds; checked by the study's checker)");
        tasksTitle.getStyleClass().add("chart-caption");
        tasksTitle.setWrapText(true);
        SplitPane split = new SplitPane(pairs, new VBox(4, tasksTitle, tasks));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        setTop(new VBox(4, title, rule));
        setCenter(split);
        pairs.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> rowSelected(row));
        ctx.subscriptions().listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> selectionChanged());
        LatestRunFollower.start(ctx, ExchangeStudy.ID, this::show, () -> shown);
    }

    /**
     * Shows a finished exchange run with a matching; false (nothing changes) for any other run.
     */
    public boolean show(RunEntry run) {
        RunResult<?, ?> r = run == null ? null : run.result();
        if (r == null || !ExchangeStudy.ID.equals(r.studyId())) {
            return false;
        }
        var matching = r.solutionAs(Matching.class);
        var in = r.instanceAs(ExchangeInstance.class);
        if (matching.isEmpty() || in.isEmpty()) {
            return false;
        }
        shown = run;
        instance = in.get();
        List<PairRow> rows = new ArrayList<>();
        for (Matching.Pair p : matching.get().pairs()) {
            int[] bs = instance.slots(p);
            if (bs == null) {
                continue;   // not a buyer–seller pair of this instance: the checker has reported it
            }
            Participant b = instance.participants().get(p.buyer());
            Participant s = instance.participants().get(p.seller());
            rows.add(new PairRow(p.buyer(), p.seller(), b.id(), s.id(), instance.tradeKWh(p.buyer()),
                    FlowType.of(s.kind(), b.kind()), instance.buyerUtility(bs[0], bs[1]),
                    instance.sellerUtility(bs[0], bs[1]), instance.gain(bs[0], bs[1])));
        }
        syncing = true;
        pairs.setItems(FXCollections.observableArrayList(rows));
        syncing = false;
        List<EdgeTasks.EdgeTask> t = matching.get().edgeTasks() != null ? matching.get().edgeTasks()
                : EdgeTasks.of(instance);
        tasks.setItems(FXCollections.observableArrayList(t));
        var report = r.report();
        long outside = t.stream().filter(x -> !x.withinBounds(1e-9)).count();
        title.setText(String.format(Locale.ROOT, "%s · seed %d · %s — %d matched pairs, social welfare %.2f; "
                        + "%d edge tasks, %s", report.solver(), report.seed(),
                report.feasible() ? "feasible (checked)" : "INFEASIBLE (" + report.violations().size()
                        + " violations)", rows.size(), instance.socialWelfare(matching.get().pairs().stream()
                        .filter(p -> instance.slots(p) != null).toList()), t.size(),
                outside == 0 ? "all within Theorem 1's bounds" : outside + " OUTSIDE Theorem 1's bounds"));
        title.getStyleClass().remove("status-error");
        if (!report.feasible()) {
            title.getStyleClass().add("status-error");
        }
        rule.setText(RuleNote.of(instance.params()));
        selectionChanged();
        return true;
    }



    private EntityRef ref(int participant) {
        Participant p = instance.participants().get(participant);
        return new EntityRef(p.isEv() ? EntityKind.VEHICLE : EntityKind.BASE_STATION, p.id());
    }

    private void rowSelected(PairRow row) {
        if (syncing || row == null || instance == null) {
            return;
        }
        syncing = true;
        try {
            state.select(List.of(ref(row.buyerIndex()), ref(row.sellerIndex())));
        } finally {
            syncing = false;
        }
    }

    /** A participant selected anywhere selects the row of its pair (the first selected one that is in a pair). */
    private void selectionChanged() {
        if (syncing || instance == null) {
            return;
        }
        syncing = true;
        try {
            PairRow hit = null;
            for (EntityRef sel : state.getSelection()) {
                for (PairRow row : pairs.getItems()) {
                    if (sel.equals(ref(row.buyerIndex())) || sel.equals(ref(row.sellerIndex()))) {
                        hit = row;
                        break;
                    }
                }
                if (hit != null) {
                    break;
                }
            }
            if (hit == null) {
                pairs.getSelectionModel().clearSelection();
            } else {
                pairs.getSelectionModel().select(hit);
                pairs.scrollTo(hit);
            }
        } finally {
            syncing = false;
        }
    }

    public TableView<PairRow> table() {
        return pairs;
    }

    public TableView<EdgeTasks.EdgeTask> edgeTasks() {
        return tasks;
    }

    public Label title() {
        return title;
    }

    /** The run shown, or null. */
    public RunEntry shown() {
        return shown;
    }

    private void columns() {
        pairs.getColumns().add(text("Buyer", PairRow::buyer));
        pairs.getColumns().add(text("Seller", PairRow::seller));
        pairs.getColumns().add(number("Energy [kWh]", PairRow::energyKWh));
        pairs.getColumns().add(text("Flow", r -> r.flow().name()));
        pairs.getColumns().add(number("U_i buyer [¤]", PairRow::buyerUtility));
        pairs.getColumns().add(number("U_j seller [¤]", PairRow::sellerUtility));
        pairs.getColumns().add(number("Gain [¤]", PairRow::gain));
    }

    private static TableColumn<PairRow, String> text(String name, Function<PairRow, String> f) {
        TableColumn<PairRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    /** Full precision in the cell's value (what CSV export writes), three decimals on screen. */
    private static TableColumn<PairRow, Double> number(String name, Function<PairRow, Double> f) {
        TableColumn<PairRow, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%.3f", v));
            }
        });
        return c;
    }
}
