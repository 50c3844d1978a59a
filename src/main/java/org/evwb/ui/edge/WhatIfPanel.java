package org.evwb.ui.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.evwb.core.Figures;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The planner's what-if: edit a server's battery or panel (or anything else) in the property editor, or set its panel
 * here (the same undoable edit), and the server is solved again in the background with the chosen heuristic and the LP bound; the new figures stand
 * beside the previous layout's, per server and in total (revenue, bound, gap, tasks run and dropped), as a table and
 * a bar chart, both exportable.
 */
public final class WhatIfPanel extends VBox {

    /** One line of the comparison: a measure of a server (or of the whole layout) now and before the last edit. */
    public record Row(String server, String measure, String now, String before, String change) { }

    private final EdgeController controller;
    private final ChoiceBox<String> heuristic = new ChoiceBox<>();
    private final ChoiceBox<String> panelServer = new ChoiceBox<>();
    private final Spinner<Double> panel = new Spinner<>();
    private final TableView<Row> table = new TableView<>();
    private final DefaultCategoryDataset bars = new DefaultCategoryDataset();
    private final Label status = new Label();
    private final ChartViewer viewer;

    public WhatIfPanel(EdgeController controller, ChartExport chartExport, TableExport tableExport) {
        super(8);
        this.controller = controller;
        getStyleClass().add("edge-whatif");
        setPadding(new Insets(8));
        heuristic.setId("edge-whatif-heuristic");
        heuristic.getItems().setAll(controller.heuristics());
        heuristic.setValue(controller.heuristic());
        heuristic.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                controller.setHeuristic(b);
            }
        });
        panelServer.setId("edge-whatif-panel-server");
        panel.setId("edge-whatif-panel");
        panel.setEditable(true);
        panel.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1000, 2, 0.5));
        panel.setPrefWidth(90);
        panelServer.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                controller.setFocusServer(b);
                showPanel(b);
            }
        });
        controller.focusProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(panelServer.getValue()) && panelServer.getItems().contains(b)) {
                panelServer.setValue(b);
            }
        });
        Button apply = new Button("Set panel size");
        apply.setId("edge-whatif-panel-apply");
        apply.setOnAction(e -> applyPanel());
        Button show = new Button("Show the what-if schedule");
        show.setId("edge-whatif-show");
        show.setOnAction(e -> controller.showWhatIf());
        FlowPane bar = new FlowPane(8, 4, new Label("Heuristic:"), heuristic, new Label("Server:"),
                panelServer, new Label("panel [kWp]:"), panel, apply, show);
        bar.getStyleClass().add("edge-toolbar");
        Label title = new Label("What-if: the chosen server (or the edge server selected on the map or in the "
                + "tables) is solved again after every edit — its battery or panel (kWp) in the property editor or "
                + "here, its solar series, the task recipe — with the LP bound beside; the previous layout's figures "
                + "stay beside the new ones. Edits are undoable (Edit ▸ Undo).");
        title.setWrapText(true);
        title.getStyleClass().add("edge-whatif-title");
        table.setId("edge-whatif-table");
        table.getColumns().add(col("Server", Row::server));
        table.getColumns().add(col("Measure", Row::measure));
        table.getColumns().add(col("This layout", Row::now));
        table.getColumns().add(col("Before the last edit", Row::before));
        table.getColumns().add(col("Change", Row::change));
        table.setPrefHeight(300);
        tableExport.install(table, "edge-what-if");
        JFreeChart chart = ChartFactory.createBarChart("Revenue per server: this layout and before the last edit",
                null, "revenue [¤]", bars, PlotOrientation.VERTICAL, true, true, false);
        viewer = new ChartViewer(chart);
        viewer.setId("edge-whatif-chart");
        viewer.setPrefSize(700, 280);
        viewer.setMinHeight(240);
        chartExport.install(viewer, "edge-what-if");
        status.setId("edge-whatif-status");
        status.textProperty().bind(controller.statusProperty());
        getChildren().addAll(title, bar, status, table, viewer);
        controller.evaluationProperty().addListener((o, a, b) -> show());
        controller.previousProperty().addListener((o, a, b) -> show());
        show();
    }

    private void applyPanel() {
        String id = panelServer.getValue();
        Double v = panel.getValue();
        if (id != null && v != null) {
            controller.setPanelKwp(id, v);
        }
    }

    private void showPanel(String serverId) {
        Double kwp = controller.panelKwp(serverId);
        panel.getValueFactory().setValue(kwp == null ? org.evwb.core.study.edge.EdgeParameters.DEFAULT_SERIES_KWP
                : kwp);
    }

    private void show() {
        WhatIfResult now = controller.evaluation();
        WhatIfResult before = controller.previous();
        String keep = controller.focusServer();
        List<String> ids = controller.serverIds();
        if (!panelServer.getItems().equals(ids)) {
            panelServer.getItems().setAll(ids);
        }
        if (keep != null && ids.contains(keep)) {
            panelServer.setValue(keep);
            showPanel(keep);
        }
        List<Row> rows = new ArrayList<>();
        bars.clear();
        if (now != null) {
            for (WhatIfResult.Server s : now.servers()) {
                WhatIfResult.Server b = before == null ? null : before.server(s.model().id());
                String name = s.model().name();
                rows.add(new Row(name, "Battery", s.battery(), b == null ? "–" : b.battery(), ""));
                rows.add(new Row(name, "Panel", s.panel(), b == null ? "–" : b.panel(), ""));
                add(rows, name, "Revenue [¤]", s, b, WhatIfResult.Server::revenue, 3);
                add(rows, name, "LP bound [¤]", s, b, WhatIfResult.Server::bound, 3);
                add(rows, name, "Gap to the bound [%]", s, b, x -> 100 * x.gap(), 2);
                add(rows, name, "Tasks run", s, b, x -> x.tasksRun(), 0);
                add(rows, name, "Tasks dropped", s, b, x -> x.tasksDropped(), 0);
                bars.setValue(s.revenue(), "this layout", name);
                if (b != null) {
                    bars.setValue(b.revenue(), "before the last edit", name);
                }
            }
            if (!now.complete()) {
                rows.add(new Row("All servers", "Servers evaluated", now.servers().size() + " of "
                        + now.serverCount(), "", "select a server to evaluate it"));
            } else {
                // a "before" that lacked some server's figures has no total to compare with
                WhatIfResult b = before != null && before.complete() ? before : null;
                total(rows, "Revenue [¤]", now, b, WhatIfResult::revenue, 3);
                total(rows, "LP bound [¤]", now, b, WhatIfResult::bound, 3);
                total(rows, "Gap to the bound [%]", now, b, r -> 100 * r.gap(), 2);
                total(rows, "Tasks run", now, b, r -> r.tasksRun(), 0);
            }
        }
        table.getItems().setAll(rows);
    }

    private static void add(List<Row> rows, String name, String measure, WhatIfResult.Server now,
                            WhatIfResult.Server before, ToDoubleFunction<WhatIfResult.Server> f, int decimals) {
        double a = f.applyAsDouble(now);
        Double b = before == null ? null : f.applyAsDouble(before);
        rows.add(new Row(name, measure, num(a, decimals), b == null ? "–" : num(b, decimals), change(a, b,
                decimals)));
    }

    private static void total(List<Row> rows, String measure, WhatIfResult now, WhatIfResult before,
                              ToDoubleFunction<WhatIfResult> f, int decimals) {
        double a = f.applyAsDouble(now);
        Double b = before == null ? null : f.applyAsDouble(before);
        rows.add(new Row("All servers", measure, num(a, decimals), b == null ? "–" : num(b, decimals),
                change(a, b, decimals)));
    }

    private static String change(double now, Double before, int decimals) {
        if (before == null || Double.isNaN(now) || Double.isNaN(before)) {
            return "";
        }
        double d = now - before;
        return (d > 0 ? "+" : "") + num(d, decimals);
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? Figures.NOT_A_NUMBER : Figures.fixed(v, decimals);
    }

    private static TableColumn<Row, String> col(String title, Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The comparison's rows. */
    public List<Row> rows() {
        return List.copyOf(table.getItems());
    }

    /** The row of a measure of a server (by its name, or "All servers"), or null. */
    public Row row(String server, String measure) {
        return table.getItems().stream().filter(r -> r.server().equals(server) && r.measure().equals(measure))
                .findFirst().orElse(null);
    }

    public TableView<Row> table() {
        return table;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    ChoiceBox<String> heuristicChoice() {
        return heuristic;
    }

}
