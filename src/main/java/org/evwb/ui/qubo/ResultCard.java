package org.evwb.ui.qubo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.project.EntityField;
import org.jfree.chart.fx.ChartViewer;

/**
 * One result of the workbench: a sampler run (its samples decoded through the QUBO's provenance, an energy
 * histogram, and what the sampler reports — the full histogram for exact, bound and proof for cpsat, P(feasible) and
 * P(optimal) for QAOA) or the QAOA p-sweep (probability per energy level for p = 1…5 side by side, paper 002
 * Fig. 13). Every chart and table gets the window's export menu.
 */
public final class ResultCard extends VBox {

    /** Distinct samples listed at most (the histogram and the CSV still count them all through the counts). */
    public static final int MAX_ROWS = 2_000;

    private final QuboResult result;
    private final ToggleButton pin = new ToggleButton("Pin");
    private final List<ChartViewer> charts = new ArrayList<>();
    private TableView<?> table;

    public ResultCard(QuboResult result, ChartExport chartExport, TableExport tableExport) {
        this.result = result;
        getStyleClass().add("qubo-result");
        setMinHeight(240); // a table header, a few rows and a readable chart even when the pane is small
        pin.getStyleClass().add("qubo-pin");
        pin.setTooltip(new Tooltip("Keep this result while new runs replace the other one"));
        Label title = new Label(result.title());
        title.getStyleClass().add("qubo-result-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, pin);
        head.getStyleClass().add("qubo-row");
        getChildren().add(head);
        String base = baseName(result);
        if (result.qaoaSweep()) {
            buildSweep(chartExport, tableExport, base);
        } else {
            buildSingle(chartExport, tableExport, base);
        }
    }

    private void buildSingle(ChartExport chartExport, TableExport tableExport, String base) {
        SampleSet set = result.sets().get(0);
        Label summary = line(summary(set), "qubo-result-summary");
        Label info = line(infoText(set.info(), result.source().qubo().numVariables()), "qubo-result-info");
        TableView<SampleRow> t = sampleTable(set);
        tableExport.install(t, base + "-samples");
        table = t;
        ChartViewer chart;
        if (set.info() instanceof SamplerInfo.Exact ex && ex.histogram() != null) {
            chart = QuboCharts.histogram("all " + ex.statesEnumerated() + " states by energy", ex.histogram(),
                    "states");
        } else if (set.info() instanceof SamplerInfo.Qaoa q && q.histogram() != null) {
            chart = QuboCharts.histogram("probability per energy level, p = " + q.layers(), q.histogram(),
                    "probability");
        } else {
            chart = QuboCharts.histogram("reads by energy", QuboCharts.fromSamples(set.samples()), "reads");
        }
        chartExport.install(chart, base + "-histogram");
        charts.add(chart);
        HBox body = new HBox(6, t, chart);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(summary, info, body);
    }

    private void buildSweep(ChartExport chartExport, TableExport tableExport, String base) {
        getChildren().add(line("QAOA p = 1…" + result.sets().size() + " on the same QUBO and seed; total "
                + seconds(result.wallSeconds()), "qubo-result-summary"));
        double maxProb = 0;
        double minE = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        for (SampleSet s : result.sets()) {
            EnergyHistogram h = ((SamplerInfo.Qaoa) s.info()).histogram();
            for (int k = 0; k < h.size(); k++) {
                maxProb = Math.max(maxProb, h.weights()[k]);
                minE = Math.min(minE, h.energies()[k]);
                maxE = Math.max(maxE, h.energies()[k] + h.binWidth());
            }
        }
        HBox row = new HBox(4);
        row.getStyleClass().add("qubo-sweep-charts");
        for (SampleSet s : result.sets()) {
            SamplerInfo.Qaoa q = (SamplerInfo.Qaoa) s.info();
            ChartViewer c = QuboCharts.histogram(String.format(Locale.ROOT, "p = %d: P(opt) %.3f, P(feas) %.3f",
                    q.layers(), q.probabilityOptimal(), q.probabilityFeasible()), q.histogram(), "probability");
            // One scale for all five, so the bars compare across p.
            var plot = c.getChart().getXYPlot();
            plot.getRangeAxis().setRange(0, Math.max(1e-9, maxProb * 1.05));
            double pad = Math.max(0.5, 0.04 * (maxE - minE));
            plot.getDomainAxis().setRange(minE - pad, maxE + pad);
            c.getStyleClass().add("qubo-qaoa-chart");
            c.setPrefSize(230, 210);
            chartExport.install(c, base + "-qaoa-p" + q.layers());
            charts.add(c);
            HBox.setHgrow(c, Priority.ALWAYS);
            row.getChildren().add(c);
        }
        TableView<SampleSet> t = new TableView<>(FXCollections.observableArrayList(result.sets()));
        t.getStyleClass().add("qubo-sweep-table");
        t.getColumns().add(column("p", s -> Integer.toString(qaoa(s).layers())));
        t.getColumns().add(column("⟨E⟩", s -> num(qaoa(s).expectedEnergy())));
        t.getColumns().add(column("Min energy", s -> num(qaoa(s).minEnergy())));
        t.getColumns().add(column("P(optimal)", s -> String.format(Locale.ROOT, "%.6f",
                qaoa(s).probabilityOptimal())));
        t.getColumns().add(column("P(feasible)", s -> String.format(Locale.ROOT, "%.6f",
                qaoa(s).probabilityFeasible())));
        t.getColumns().add(column("Evaluations", s -> Integer.toString(qaoa(s).evaluations())));
        t.getColumns().add(column("Best shot", s -> num(s.bestEnergy())));
        t.getColumns().add(column("Seconds", s -> String.format(Locale.ROOT, "%.3f", s.timings().totalSeconds())));
        t.setPrefHeight(170);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tableExport.install(t, base + "-qaoa-sweep");
        table = t;
        VBox.setVgrow(row, Priority.ALWAYS);
        getChildren().addAll(row, t);
    }

    private static SamplerInfo.Qaoa qaoa(SampleSet s) {
        return (SamplerInfo.Qaoa) s.info();
    }

    private TableView<SampleRow> sampleTable(SampleSet set) {
        List<SampleRow> rows = new ArrayList<>();
        List<Sample> samples = set.samples();
        for (int k = 0; k < Math.min(MAX_ROWS, samples.size()); k++) {
            rows.add(new SampleRow(k + 1, samples.get(k), result.source().qubo()));
        }
        TableView<SampleRow> t = new TableView<>(FXCollections.observableArrayList(rows));
        t.getStyleClass().add("qubo-sample-table");
        t.getColumns().add(column("#", r -> Integer.toString(r.rank())));
        t.getColumns().add(column("Energy", r -> num(r.sample().energy())));
        if (result.source().maxCut()) {
            t.getColumns().add(column("Cut", r -> num(-r.sample().energy())));
        }
        t.getColumns().add(column("Count", r -> Long.toString(r.sample().occurrences())));
        if (result.source().qubo().hasConstraints()) {
            t.getColumns().add(column("Objective", r -> num(r.decoded().objective())));
            t.getColumns().add(column("Broken constraints", SampleRow::brokenText));
        }
        t.getColumns().add(column("Bit string (x0 … x" + (result.source().qubo().numVariables() - 1) + ")",
                r -> r.sample().bitString()));
        t.setPlaceholder(new Label("no samples (the run stopped before its first read)"));
        t.setPrefSize(380, 200);
        return t;
    }

    private static <R> TableColumn<R, String> column(String name, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private String summary(SampleSet set) {
        StringBuilder sb = new StringBuilder("best energy ").append(num(set.bestEnergy()));
        if (result.source().maxCut() && !set.samples().isEmpty()) {
            sb.append(" (cut ").append(num(-set.bestEnergy())).append(')');
        }
        sb.append(" · ").append(set.samples().size()).append(" distinct of ").append(set.totalOccurrences())
                .append(set.info() instanceof SamplerInfo.Qaoa ? " shots" : " reads");
        if (set.samples().size() > MAX_ROWS) {
            sb.append(" (first ").append(MAX_ROWS).append(" listed)");
        }
        sb.append(" · ").append(seconds(set.timings().totalSeconds()));
        return sb.toString();
    }

    /** What the sampler reports, in a line a lecturer can read out. */
    static String infoText(SamplerInfo info, int n) {
        if (info instanceof SamplerInfo.Exact e) {
            return (e.complete() ? "all 2^" + n + " = " + e.statesEnumerated() + " states enumerated"
                    : "stopped after " + e.statesEnumerated() + " of 2^" + n + " states (time limit)")
                    + " · ground energy " + num(e.groundEnergy()) + " · " + e.groundStates()
                    + (e.groundStates() == 1 ? " ground state" : " ground states");
        }
        if (info instanceof SamplerInfo.CpSat c) {
            return "CP-SAT " + c.status() + " · " + (c.optimal() ? "optimality proved" : "optimality NOT proved")
                    + " · bound " + num(c.bound()) + " · gap " + num(c.bestEnergy() - c.bound())
                    + (c.integerModel() ? "" : " · floating-point objective (proof to rounding)");
        }
        if (info instanceof SamplerInfo.Qaoa q) {
            return String.format(Locale.ROOT, "p = %d · ⟨E⟩ = %s · min energy %s · P(optimal) = %.4f · "
                    + "P(feasible) = %.4f · %d evaluations", q.layers(), num(q.expectedEnergy()),
                    num(q.minEnergy()), q.probabilityOptimal(), q.probabilityFeasible(), q.evaluations());
        }
        if (info instanceof SamplerInfo.Anneal a) {
            return String.format(Locale.ROOT, "β %.4g → %.4g · %d sweeps · %d reads completed%s", a.betaHot(),
                    a.betaCold(), a.sweeps(), a.readsCompleted(), a.stoppedEarly() ? " · stopped early" : "");
        }
        if (info instanceof SamplerInfo.Tabu t) {
            return "tenure " + t.tenure() + " · " + t.restarts() + " restarts · " + t.iterations() + " iterations"
                    + (t.stoppedEarly() ? " · stopped early" : "");
        }
        if (info instanceof SamplerInfo.Random r) {
            return r.reads() + " uniform random bit strings";
        }
        return info == null ? "" : info.toString();
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return Math.abs(v) >= 1e-4 || v == 0 ? EntityField.formatNumber(Math.round(v * 1e9) / 1e9)
                : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    private static String baseName(QuboResult r) {
        String t = r.source().title() + "-" + (r.qaoaSweep() ? "qaoa-sweep" : r.requests().get(0).samplerId())
                + "-seed" + r.requests().get(0).seed();
        return t.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    public QuboResult result() {
        return result;
    }

    public ToggleButton pinButton() {
        return pin;
    }

    public boolean isPinned() {
        return pin.isSelected();
    }

    /** The charts of this card, left to right (one histogram, or five for the p-sweep). */
    public List<ChartViewer> charts() {
        return List.copyOf(charts);
    }

    /** The sample table (or, for the p-sweep, the per-p summary table). */
    public TableView<?> table() {
        return table;
    }
}
