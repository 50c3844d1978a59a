package org.evwb.ui.motorway;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.ConflictMatrix;
import org.evwb.core.study.motorway.ConflictMatrix.CellKind;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Subscriptions;

/**
 * The paper's 3-D conflict matrix (§3.2, Figs. 4–5) one slice at a time: a slice per charger (GCM) or station (SCM),
 * cells coloured as in Fig. 4 (orange unreachable, black time conflict, green no conflict; grey: two modes of one
 * EMV). Scroll zooms, drag pans, hovering names the row and column; the selected EMV's rows and columns are outlined.
 * Below: the matrix sizes before and after dropping unreachable instances, and the SCM verdicts of the shown schedule
 * under the paper's pairwise rule and the exact capacity rule.
 */
public final class ConflictMatrixView extends BorderPane {

    static final Color UNREACHABLE = Color.web("#F28E2B");
    static final Color TIME_CONFLICT = Color.web("#111111");
    static final Color NO_CONFLICT = Color.web("#59A14F");
    static final Color SAME_EMV = Color.web("#D0D0D0");
    private static final double LABEL_PX = 70;

    private final AppState state;
    private final ToggleButton gcmButton = new ToggleButton("GCM (per charger)");
    private final ToggleButton scmButton = new ToggleButton("SCM (per station)");
    private final ComboBox<String> slice = new ComboBox<>();
    private final Canvas canvas = new Canvas(600, 500);
    private final Label hover = new Label(" ");
    private final Label sizes = new Label();
    private final Label verdicts = new Label();
    private MotorwayEvaluation evaluation;
    private double cellPx = 14;
    private double offsetX;
    private double offsetY;
    private double dragX;
    private double dragY;

    public ConflictMatrixView(AppState state, MotorwayController controller, Subscriptions subscriptions) {
        this.state = state;
        getStyleClass().add("motorway-matrix");
        ToggleGroup g = new ToggleGroup();
        gcmButton.setToggleGroup(g);
        scmButton.setToggleGroup(g);
        gcmButton.setSelected(true);
        gcmButton.setId("matrix-gcm");
        scmButton.setId("matrix-scm");
        g.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                fillSlices();
            }
        });
        slice.setId("matrix-slice");
        slice.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> redraw());
        hover.setId("matrix-hover");
        hover.getStyleClass().add("matrix-hover");
        sizes.setId("matrix-sizes");
        verdicts.setId("matrix-verdicts");
        sizes.setWrapText(true);
        verdicts.setWrapText(true);
        HBox top = new HBox(8, gcmButton, scmButton, new Label("Slice:"), slice);
        top.getStyleClass().add("motorway-toolbar");
        top.setPadding(new Insets(4));
        Pane holder = new Pane(canvas);
        holder.setMinSize(100, 100);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        canvas.setOnScroll(e -> zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY()));
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            offsetX += e.getX() - dragX;
            offsetY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
        canvas.setOnMouseMoved(e -> hover.setText(describe(e.getX(), e.getY())));
        VBox bottom = new VBox(4, hover, legend(), sizes, verdicts);
        bottom.setPadding(new Insets(4));
        setTop(top);
        setCenter(holder);
        setBottom(bottom);
        controller.evaluationProperty().addListener((o, a, b) -> setEvaluation(b));
        subscriptions.listen(state.getSelection(), (ListChangeListener<EntityRef>) c -> redraw());
        setEvaluation(controller.evaluation());
    }

    private static HBox legend() {
        HBox h = new HBox(12);
        h.getStyleClass().add("matrix-legend");
        h.getChildren().addAll(swatch(UNREACHABLE, "unreachable"), swatch(TIME_CONFLICT, "time conflict"),
                swatch(NO_CONFLICT, "no conflict"), swatch(SAME_EMV, "same EMV (one-hot)"));
        return h;
    }

    private static HBox swatch(Color c, String text) {
        return new HBox(4, new Rectangle(12, 12, c), new Label(text));
    }

    void setEvaluation(MotorwayEvaluation ev) {
        evaluation = ev;
        fillSlices();
        verdicts.setText(ev == null ? "" : verdictText(ev));
    }

    /** The shown matrix (GCM or SCM), or null. */
    public ConflictMatrix matrix() {
        if (evaluation == null) {
            return null;
        }
        return scmButton.isSelected() ? evaluation.scm() : evaluation.gcm();
    }

    public ComboBox<String> sliceChooser() {
        return slice;
    }

    public Canvas canvas() {
        return canvas;
    }

    public Label hoverLabel() {
        return hover;
    }

    public Label sizesLabel() {
        return sizes;
    }

    public Label verdictsLabel() {
        return verdicts;
    }

    private void fillSlices() {
        ConflictMatrix m = matrix();
        int keep = Math.max(0, slice.getSelectionModel().getSelectedIndex());
        slice.getItems().setAll(m == null ? List.of() : m.points().stream().map(p -> p.charger() < 0
                ? "station " + p.label() + " (b = " + p.capacity() + ")" : "charger " + p.label()).toList());
        if (!slice.getItems().isEmpty()) {
            slice.getSelectionModel().select(Math.min(keep, slice.getItems().size() - 1));
        }
        sizes.setText(m == null ? "No matrix: open a project with a motorway." : String.format(Locale.ROOT,
                "%s: %d rows (EMV, mode) × %d slices. Cells before dropping unreachable instances: %,d; after: %,d. "
                        + "Variables before: %d; after: %d. Time-conflict pairs: %d.",
                m.model() == MotorwayParameters.ChargingPointModel.CHARGER ? "GCM" : "SCM", m.rows().size(),
                m.points().size(), m.cellsBefore(), m.cellsAfter(), m.variablesBefore(), m.variablesAfter(),
                m.timeConflictPairs()));
        redraw();
    }

    /** The shown schedule judged as a station schedule under both SCM rules (paper Fig. 7 is where they differ). */
    static String verdictText(MotorwayEvaluation ev) {
        MotorwayChecker checker = new MotorwayChecker();
        MotorwaySchedule s = ev.noWait();
        MotorwayInstance in = ev.instance();
        StringBuilder sb = new StringBuilder("SCM verdicts of the what-if schedule:");
        for (MotorwayParameters.StationRule r : MotorwayParameters.StationRule.values()) {
            MotorwayInstance asStation = in.with(in.parameters().withModel(MotorwayParameters.ChargingPointModel
                    .STATION).withStationRule(r));
            long bad = checker.check(asStation, s).stream().map(Violation::constraint)
                    .filter(MotorwayChecker.CONFLICT_KINDS::contains).count();
            sb.append(r == MotorwayParameters.StationRule.PAPER_PAIRWISE ? "  paper pairwise rule: "
                    : "  exact capacity rule: ").append(bad == 0 ? "accepted" : "rejected (" + bad + " violations)")
                    .append(';');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private void zoom(double factor, double x, double y) {
        double next = Math.max(2, Math.min(80, cellPx * factor));
        double f = next / cellPx;
        offsetX = x - LABEL_PX - (x - LABEL_PX - offsetX) * f;
        offsetY = y - LABEL_PX - (y - LABEL_PX - offsetY) * f;
        cellPx = next;
        redraw();
    }

    /** Row/column index under a canvas point, or −1. */
    private int index(double px, double offset, int n) {
        int i = (int) Math.floor((px - LABEL_PX - offset) / cellPx);
        return px < LABEL_PX || i < 0 || i >= n ? -1 : i;
    }

    /** What the hover label says for a canvas point. */
    String describe(double x, double y) {
        ConflictMatrix m = matrix();
        int c = slice.getSelectionModel().getSelectedIndex();
        if (m == null || c < 0) {
            return " ";
        }
        int n = m.rows().size();
        int col = index(x, offsetX, n);
        int row = index(y, offsetY, n);
        if (row < 0 || col < 0) {
            return " ";
        }
        CellKind k = m.slices().get(c)[row][col];
        String point = m.points().get(c).label();
        return m.rows().get(row).label() + "  ×  " + m.rows().get(col).label() + "  at " + point + ": "
                + k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String selectedVehicle() {
        return state.getSelection().stream().filter(r -> r.kind() == EntityKind.VEHICLE).map(EntityRef::id)
                .findFirst().orElse(null);
    }

    void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ConflictMatrix m = matrix();
        int c = slice.getSelectionModel().getSelectedIndex();
        if (m == null || c < 0 || c >= m.slices().size()) {
            return;
        }
        CellKind[][] cells = m.slices().get(c);
        int n = m.rows().size();
        String sel = selectedVehicle();
        int selEmv = sel == null || evaluation == null ? -1 : evaluation.instance().emvs().stream()
                .filter(e -> e.vehicleId().equals(sel)).mapToInt(MotorwayInstance.Emv::index).findFirst().orElse(-1);
        gc.save();
        gc.beginPath();
        gc.rect(LABEL_PX, LABEL_PX, canvas.getWidth() - LABEL_PX, canvas.getHeight() - LABEL_PX);
        gc.clip();
        for (int u = 0; u < n; u++) {
            double y = LABEL_PX + offsetY + u * cellPx;
            if (y + cellPx < LABEL_PX || y > canvas.getHeight()) {
                continue;
            }
            for (int w = 0; w < n; w++) {
                double x = LABEL_PX + offsetX + w * cellPx;
                if (x + cellPx < LABEL_PX || x > canvas.getWidth()) {
                    continue;
                }
                gc.setFill(switch (cells[u][w]) {
                    case UNREACHABLE -> UNREACHABLE;
                    case TIME_CONFLICT -> TIME_CONFLICT;
                    case NO_CONFLICT -> NO_CONFLICT;
                    case SAME_EMV -> SAME_EMV;
                });
                gc.fillRect(x, y, cellPx - (cellPx > 5 ? 1 : 0), cellPx - (cellPx > 5 ? 1 : 0));
            }
        }
        if (selEmv >= 0) {
            gc.setStroke(Color.web("#1565C0"));
            gc.setLineWidth(2);
            for (int u = 0; u < n; u++) {
                if (m.rows().get(u).emv() == selEmv) {
                    double p = u * cellPx;
                    gc.strokeRect(LABEL_PX + offsetX, LABEL_PX + offsetY + p, n * cellPx, cellPx);
                    gc.strokeRect(LABEL_PX + offsetX + p, LABEL_PX + offsetY, cellPx, n * cellPx);
                }
            }
        }
        gc.restore();
        gc.setFill(Color.BLACK);
        if (cellPx >= 9) {
            gc.setFont(javafx.scene.text.Font.font(Math.min(11, cellPx - 2)));
            for (int u = 0; u < n; u++) {
                String t = evaluation.instance().emvs().get(m.rows().get(u).emv()).vehicleId() + " m"
                        + (m.rows().get(u).mode() + 1);
                double y = LABEL_PX + offsetY + u * cellPx + cellPx - 2;
                if (y > LABEL_PX && y < canvas.getHeight()) {
                    gc.fillText(t, 2, y);
                }
                double x = LABEL_PX + offsetX + u * cellPx + 1;
                if (x > LABEL_PX && x < canvas.getWidth()) {
                    gc.save();
                    gc.translate(x + cellPx - 3, LABEL_PX - 2);
                    gc.rotate(-90);
                    gc.fillText(t, 0, 0);
                    gc.restore();
                }
            }
        }
    }

    /** Canvas point at the centre of cell (row, col) of the shown slice (for tests). */
    public javafx.geometry.Point2D cellCentre(int row, int col) {
        return new javafx.geometry.Point2D(LABEL_PX + offsetX + (col + 0.5) * cellPx,
                LABEL_PX + offsetY + (row + 0.5) * cellPx);
    }
}
