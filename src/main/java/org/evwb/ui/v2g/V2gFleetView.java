package org.evwb.ui.v2g;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The fleet's SoC over the night: the band (min and max over the EVs per slot, shaded, with the median) and each
 * EV's trajectory; the EV table beside it. Selecting an EV in the table, clicking its trajectory or selecting the
 * vehicle anywhere else (map, entity tables) highlights it here and selects it everywhere. Chart and table export
 * through the platform (right-click: PNG, SVG, PDF; CSV).
 */
public final class V2gFleetView extends BorderPane {

    /** One EV of the run shown. */
    public record EvRow(int index, String ev, double initialKWh, double targetKWh, double finalKWh,
                        double chargedKWh, double dischargedKWh) { }

    /** Trajectories drawn at most; the band always covers every EV. */
    static final int MAX_TRAJECTORIES = 120;

    private final AppState state;
    private final TableView<EvRow> table = new TableView<>();
    private final Label title = new Label("No v2g run yet: run a solver (Run ▸ Run solver…) and the fleet's SoC "
            + "appears here.");
    private final XYSeriesCollection band = new XYSeriesCollection();
    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    private final ChartViewer viewer;
    private V2gInstance instance;
    private boolean syncing;
    private int highlighted = -1;

    public V2gFleetView(StudyContext ctx) {
        state = ctx.state();
        setId("v2g-fleet");
        title.setId("v2g-fleet-title");
        title.setWrapText(true);
        table.setId("v2g-ev-table");
        NumberAxis x = new NumberAxis("Time [h]");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("SoC [kWh]");
        XYDifferenceRenderer bandRenderer = new XYDifferenceRenderer(new Color(120, 160, 220, 90),
                new Color(120, 160, 220, 90), false);
        bandRenderer.setSeriesPaint(0, new Color(60, 90, 160));
        bandRenderer.setSeriesPaint(1, new Color(60, 90, 160));
        XYPlot plot = new XYPlot(band, x, y, bandRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        viewer = new ChartViewer(new JFreeChart("Fleet SoC band and trajectories", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
        viewer.setId("v2g-soc-chart");
        ctx.chartExport().install(viewer, "v2g-soc-band");
        ctx.tableExport().install(table, "v2g-evs");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof XYItemEntity item && item.getDataset() == lines) {
                    selectEv(seriesEv(item.getSeriesIndex()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
            }
        });
        columns();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                selectEv(row.index());
            }
        });
        ctx.subscriptions().listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> selectionChanged());
        SplitPane split = new SplitPane(viewer, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(title);
        setCenter(split);
    }

    /** The EV whose trajectory is series {@code s} of the lines (the median is series 0). */
    private int seriesEv(int s) {
        if (s <= 0 || s >= lines.getSeriesCount()) {
            return -1;
        }
        return indexOf((String) lines.getSeries(s).getKey());
    }

    private int indexOf(String id) {
        for (int i = 0; instance != null && i < instance.evCount(); i++) {
            if (instance.evs().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    void show(V2gInstance in, V2gSchedule s, String label) {
        instance = in;
        int n = in.slotCount();
        double[][] soc = new double[in.evCount()][];
        for (int i = 0; i < in.evCount(); i++) {
            soc[i] = s.socKWh(in, i);
        }
        XYSeries lo = new XYSeries("min SoC", false);
        XYSeries hi = new XYSeries("max SoC", false);
        XYSeries median = new XYSeries("median SoC", false);
        for (int k = 0; k <= n; k++) {
            double h = hour(in, k);
            double[] col = new double[in.evCount()];
            for (int i = 0; i < col.length; i++) {
                col[i] = k == 0 ? in.evs().get(i).initialKWh() : soc[i][k - 1];
            }
            Arrays.sort(col);
            if (col.length > 0) {
                hi.add(h, col[col.length - 1]);
                lo.add(h, col[0]);
                median.add(h, col[col.length / 2]);
            }
        }
        band.removeAllSeries();
        band.addSeries(hi);
        band.addSeries(lo);
        lines.removeAllSeries();
        lines.addSeries(median);
        List<EvRow> rows = new ArrayList<>();
        for (int i = 0; i < in.evCount(); i++) {
            double charged = 0;
            double given = 0;
            for (double mu : s.energyKWh()[i]) {
                charged += Math.max(0, mu);
                given += Math.max(0, -mu);
            }
            var ev = in.evs().get(i);
            rows.add(new EvRow(i, ev.id(), ev.initialKWh(), ev.targetKWh(), n == 0 ? ev.initialKWh() : soc[i][n - 1],
                    charged, given));
            if (i < MAX_TRAJECTORIES) {
                XYSeries t = new XYSeries(ev.id(), false);
                t.add(hour(in, 0), ev.initialKWh());
                for (int k = 0; k < n; k++) {
                    t.add(hour(in, k + 1), soc[i][k]);
                }
                lines.addSeries(t);
            }
        }
        lineRenderer.setDefaultSeriesVisibleInLegend(false);
        lineRenderer.setSeriesVisibleInLegend(0, true);
        restyle();
        syncing = true;
        table.setItems(FXCollections.observableArrayList(rows));
        syncing = false;
        title.setText(String.format(Locale.ROOT, "%s — %d EVs, level L%d, %d slots%s", label, in.evCount(),
                in.level(), n, in.evCount() > MAX_TRAJECTORIES ? "; trajectories of the first " + MAX_TRAJECTORIES
                        + " EVs (the band covers all)" : ""));
        selectionChanged();
    }

    private static double hour(V2gInstance in, int k) {
        return k < in.slotCount() ? in.slots().get(k).startMin() / 60.0
                : in.slots().get(in.slotCount() - 1).startMin() / 60.0 + in.slotMinutes() / 60.0;
    }

    private void restyle() {
        lineRenderer.setSeriesPaint(0, new Color(20, 40, 110));
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        for (int s = 1; s < lines.getSeriesCount(); s++) {
            boolean on = indexOf((String) lines.getSeries(s).getKey()) == highlighted;
            lineRenderer.setSeriesPaint(s, on ? new Color(220, 40, 30) : new Color(150, 150, 150, 110));
            lineRenderer.setSeriesStroke(s, new BasicStroke(on ? 3f : 0.8f));
        }
    }

    private void selectEv(int i) {
        if (instance == null || i < 0) {
            return;
        }
        state.select(new EntityRef(EntityKind.VEHICLE, instance.evs().get(i).id()));
    }

    /** The vehicle selected anywhere: its row selected, its trajectory highlighted. */
    private void selectionChanged() {
        if (instance == null) {
            return;
        }
        int hit = -1;
        for (EntityRef r : state.getSelection()) {
            if (r.kind() == EntityKind.VEHICLE && indexOf(r.id()) >= 0) {
                hit = indexOf(r.id());
                break;
            }
        }
        highlighted = hit;
        restyle();
        syncing = true;
        try {
            if (hit < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                for (EvRow row : table.getItems()) {
                    if (row.index() == hit) {
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The EV highlighted (index in the run's instance), or −1. */
    public int highlighted() {
        return highlighted;
    }

    public TableView<EvRow> table() {
        return table;
    }

    public ChartViewer chart() {
        return viewer;
    }

    /** Trajectory series drawn (the median not counted). */
    public int trajectories() {
        return Math.max(0, lines.getSeriesCount() - 1);
    }

    public Label title() {
        return title;
    }

    private void columns() {
        table.getColumns().add(text("EV", EvRow::ev));
        table.getColumns().add(number("Initial SoC [kWh]", EvRow::initialKWh));
        table.getColumns().add(number("Target [kWh]", EvRow::targetKWh));
        table.getColumns().add(number("Final SoC [kWh]", EvRow::finalKWh));
        table.getColumns().add(number("Charged [kWh]", EvRow::chargedKWh));
        table.getColumns().add(number("Discharged [kWh]", EvRow::dischargedKWh));
    }

    static <R> TableColumn<R, String> text(String name, Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    static <R> TableColumn<R, String> number(String name, Function<R, Double> f) {
        TableColumn<R, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%.1f",
                f.apply(x.getValue()))));
        return c;
    }
}
