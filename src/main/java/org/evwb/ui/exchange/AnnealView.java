package org.evwb.ui.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.evwb.core.AppDirs;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.ExchangeQuboModel;
import org.evwb.core.study.exchange.teaching.TeachingAnneal;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.map.MapView;

/**
 * The same instance annealed: one read of the real simulated annealer on the exchange QUBO, its energy per sweep in
 * a live chart, and the current or best-so-far state drawn on the map as the temperature falls — pairs in blue,
 * pairs that break "one partner each" in red with the over-matched participants ringed.
 */
public final class AnnealView extends BorderPane {

    private final TaskExecutor executor;
    private final ChartExport chartExport;
    private final MapView map;
    private final ExchangeOverlay overlay;
    private final Spinner<Double> penaltyFactor = new Spinner<>(0.01, 100, 1.01, 0.1);
    private final Spinner<Integer> sweeps = new Spinner<>(10, 100_000, 1000, 100);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1, 1);
    private final CheckBox slow = new CheckBox("Slow motion");
    private final RadioButton showCurrent = new RadioButton("Current");
    private final RadioButton showBest = new RadioButton("Best so far");
    private final Button start = new Button("Anneal");
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label();
    private final Label detail = new Label();
    private final VBox chartBox = new VBox();
    private ExchangeSession session;
    private LiveChart chart;
    private BackgroundTask<TeachingAnneal.Result> task;
    private TeachingAnneal.Snapshot current;
    private TeachingAnneal.Snapshot best;

    public AnnealView(AppState state, AppDirs dirs, TaskExecutor executor, ChartExport chartExport) {
        this.executor = executor;
        this.chartExport = chartExport;
        getStyleClass().add("anneal-view");
        map = new MapView(state, dirs);
        overlay = new ExchangeOverlay(map);
        map.overlays().add(overlay);
        penaltyFactor.setEditable(true);
        penaltyFactor.setPrefWidth(90);
        penaltyFactor.setTooltip(new Tooltip("Penalty P as a multiple of the largest pair gain (1.01 = study default)"));
        sweeps.setEditable(true);
        sweeps.setPrefWidth(100);
        seed.setEditable(true);
        seed.setPrefWidth(90);
        slow.setSelected(true);
        slow.setTooltip(new Tooltip("Pause between checkpoints so a small instance can be watched cooling"));
        ToggleGroup show = new ToggleGroup();
        showCurrent.setToggleGroup(show);
        showBest.setToggleGroup(show);
        showCurrent.setSelected(true);
        show.selectedToggleProperty().addListener((o, a, b) -> redraw());
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        cancel.setDisable(true);
        penaltyFactor.setId("anneal-penalty");
        sweeps.setId("anneal-sweeps");
        seed.setId("anneal-seed");
        slow.setId("anneal-slow");
        start.setId("anneal-start");
        cancel.setId("anneal-cancel");
        status.setId("anneal-status");
        detail.setId("anneal-detail");
        showBest.setId("anneal-show-best");
        status.getStyleClass().add("teaching-status");
        detail.getStyleClass().add("chart-caption");
        detail.setWrapText(true);
        // a flow pane, not a tool bar: a tool bar hides what does not fit in an overflow menu
        FlowPane bar = new FlowPane(6, 4, new Label("P ×"), penaltyFactor, new Label("Sweeps"), sweeps,
                new Label("Seed"), seed, slow, start, cancel, new Label("Map shows"), showCurrent, showBest, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("teaching-toolbar");
        chartBox.getChildren().add(new Label("Press Anneal to watch the energy fall."));
        VBox right = new VBox(6, chartBox, detail);
        right.setPrefWidth(380);
        SplitPane split = new SplitPane(map, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        setTop(bar);
        setCenter(split);
    }

    public void setSession(ExchangeSession s) {
        cancel();
        session = s;
        current = null;
        best = null;
        redraw();
        start.setDisable(s == null);
        status.setText(s == null ? "No exchange instance" : s.instance().acceptablePairCount()
                + " QUBO variables (one per acceptable pair)");
    }

    /** Starts annealing the open instance on the task executor. */
    public BackgroundTask<TeachingAnneal.Result> start() {
        if (session == null) {
            return null;
        }
        cancel();
        ExchangeQuboModel model = ExchangeQuboModel.of(session.instance(),
                penaltyFactor.getValue() * session.instance().maxAbsGain());
        TeachingAnneal.Settings settings = new TeachingAnneal.Settings(sweeps.getValue(), 40,
                slow.isSelected() ? TeachingAnneal.Settings.CLASSROOM.pauseMillis() : 0);
        chart = new LiveChart("sweep", "QUBO energy");
        chartExport.install(chart.viewer(), "exchange-anneal-energy");
        chart.viewer().setPrefHeight(320);
        chartBox.getChildren().setAll(chart.node());
        LiveChart live = chart;
        current = null;
        best = null;
        redraw();
        if (model.variables() == 0) {
            status.setText("No acceptable pairs: nothing to anneal");
            return null;
        }
        BackgroundTask<TeachingAnneal.Result> t = BackgroundTask.of("annealing the exchange QUBO",
                        ctx -> new TeachingAnneal(model).run(settings, ctx, (cur, bst) ->
                                Platform.runLater(() -> show(cur, bst))))
                .seed(seed.getValue())
                .onEvent(live::offer);
        task = t;
        t.onSuccess(r -> finished(live, r, model))
                .onFailure(x -> {
                    live.stop();
                    status.setText("Anneal failed: " + x.getMessage());
                    running(false);
                })
                .onCancelled(() -> {
                    live.stop();
                    status.setText("Anneal cancelled");
                    running(false);
                });
        live.start();
        running(true);
        status.setText("Annealing " + model.variables() + " variables, " + model.terms().couplerCount()
                + " couplers, P = " + fmt(model.terms().penalty()));
        t.executeWith(executor);
        return t;
    }

    public void cancel() {
        if (task != null && !task.isDone()) { // also before the executor has picked it up
            task.cancel();
        }
    }

    public LiveChart chart() {
        return chart;
    }

    public ExchangeOverlay overlay() {
        return overlay;
    }

    public MapView map() {
        return map;
    }

    public TeachingAnneal.Snapshot best() {
        return best;
    }

    private void running(boolean on) {
        start.setDisable(on || session == null);
        cancel.setDisable(!on);
    }

    private void finished(LiveChart live, TeachingAnneal.Result r, ExchangeQuboModel model) {
        live.stop();
        running(false);
        if (r.best() != null) {
            show(r.snapshots().get(r.snapshots().size() - 1), r.best());
            status.setText("Done: best energy " + fmt(r.best().energy()) + (r.best().decoded().feasible()
                    ? ", a matching" : ", breaks " + r.best().decoded().brokenConstraints() + " constraint(s)"));
        }
    }

    private void show(TeachingAnneal.Snapshot cur, TeachingAnneal.Snapshot bst) {
        current = cur;
        best = bst;
        redraw();
    }

    private void redraw() {
        TeachingAnneal.Snapshot s = showBest.isSelected() ? best : current;
        if (s == null || session == null) {
            overlay.setModel(OverlayModel.EMPTY);
            detail.setText("");
            return;
        }
        overlay.setModel(model(session, s.decoded()));
        var d = s.decoded();
        detail.setText(String.format(Locale.ROOT, "%s at sweep %d (β = %.4g): energy %s, %d pairs, %s",
                s == best ? "Best so far" : "Current", s.sweep(), s.beta(), fmt(s.energy()), d.pairs().size(),
                d.feasible() ? "a matching, SW " + fmt(d.socialWelfare())
                        : d.brokenConstraints() + " one-partner constraint(s) broken (red)"));
    }

    /** Pairs in blue, pairs breaking a one-partner constraint in red, over-matched participants ringed red. */
    static OverlayModel model(ExchangeSession session, ExchangeQuboModel.Decoded d) {
        Set<Matching.Pair> broken = new HashSet<>(d.brokenPairs());
        List<OverlayModel.Line> lines = new ArrayList<>();
        for (Matching.Pair p : d.pairs()) {
            lines.add(new OverlayModel.Line(p.buyer(), p.seller(), session.position(p.buyer()),
                    session.position(p.seller()), broken.contains(p) ? OverlayModel.Style.BROKEN
                    : OverlayModel.Style.MATCHED, false));
        }
        List<OverlayModel.Ring> rings = d.overMatched().stream().map(k -> new OverlayModel.Ring(k,
                session.position(k), OverlayModel.Style.BROKEN)).toList();
        return new OverlayModel(lines, rings);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
