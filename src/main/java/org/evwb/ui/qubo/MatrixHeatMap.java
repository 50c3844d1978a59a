package org.evwb.ui.qubo;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.evwb.core.qubo.Qubo;
import org.evwb.ui.project.EntityField;

/**
 * The QUBO matrix (upper triangle, diagonal = linear terms) drawn on a canvas with a diverging colour scale and a
 * legend. Wheel zooms about the cursor, dragging pans, double-click (or Fit) shows the whole matrix. Each redraw
 * aggregates the visible part into at most one block per screen pixel ({@link BlockGrid}), so thousands of variables
 * draw as fast as a hundred. Hovering names the variables and the coefficient with its provenance.
 */
public final class MatrixHeatMap extends BorderPane {

    /** Largest zoom: pixels per variable. */
    public static final double MAX_CELL_PX = 48;

    private static final Color OUTSIDE = Color.web("#e5e7eb");
    private static final Color INSIDE = Color.web("#ffffff");
    private static final Color BORDER = Color.web("#9ca3af");
    private static final double LEGEND_W = 78;

    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane(canvas);
    private final Canvas legend = new Canvas(LEGEND_W, 220);
    private final Label hover = new Label(" ");
    private Qubo qubo;
    private DivergingScale scale = new DivergingScale(1);
    private double pxPerVar = 1;
    private double originX;
    private double originY;
    private boolean fitted = true;
    private BlockGrid grid;
    private double dragX;
    private double dragY;
    private double lastDrawMillis;

    public MatrixHeatMap() {
        getStyleClass().add("qubo-heat-map");
        canvas.getStyleClass().add("qubo-heat-canvas");
        canvas.setId("qubo-heat-canvas");
        canvasPane.getStyleClass().add("qubo-heat-pane");
        canvasPane.setMinSize(120, 120);
        canvasPane.setPrefSize(420, 420);
        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> resized());
        canvas.heightProperty().addListener((o, a, b) -> resized());
        hover.getStyleClass().add("qubo-hover");
        hover.setId("qubo-hover");
        hover.setMaxWidth(Double.MAX_VALUE);
        Button fit = new Button("Fit");
        fit.setId("qubo-heat-fit");
        fit.setOnAction(e -> fit());
        HBox bottom = new HBox(6, fit, hover);
        HBox.setHgrow(hover, Priority.ALWAYS);
        bottom.getStyleClass().add("qubo-heat-bar");
        setCenter(canvasPane);
        setRight(legend);
        setBottom(bottom);

        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            pan(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            showHover(e.getX(), e.getY());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                fit();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> showHover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setText(" "));
    }

    /** Shows a QUBO (null clears the view), fitted to the canvas. */
    public void setQubo(Qubo q) {
        this.qubo = q;
        this.scale = new DivergingScale(q == null ? 1 : Math.max(q.maxAbsCoefficient(), Double.MIN_NORMAL));
        hover.setText(" ");
        fit();
        drawLegend();
    }

    /** Shows the whole matrix. */
    public void fit() {
        fitted = true;
        int n = qubo == null ? 0 : qubo.numVariables();
        double side = Math.min(canvas.getWidth(), canvas.getHeight());
        pxPerVar = n == 0 || side <= 0 ? 1 : side / n;
        originX = 0;
        originY = 0;
        redraw();
    }

    /** Zooms by {@code factor} keeping the matrix point under canvas point (x, y) in place. */
    public void zoom(double factor, double x, double y) {
        if (qubo == null || qubo.numVariables() == 0) {
            return;
        }
        double minPx = Math.min(canvas.getWidth(), canvas.getHeight()) / qubo.numVariables();
        double next = Math.max(minPx, Math.min(MAX_CELL_PX, pxPerVar * factor));
        double mx = originX + x / pxPerVar;
        double my = originY + y / pxPerVar;
        pxPerVar = next;
        originX = mx - x / pxPerVar;
        originY = my - y / pxPerVar;
        fitted = false;
        clampOrigin();
        redraw();
    }

    /** Moves the view by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        originX -= dx / pxPerVar;
        originY -= dy / pxPerVar;
        fitted = false;
        clampOrigin();
        redraw();
    }

    /** Canvas point at the centre of matrix cell (row, col); for tests and for pointing at a coefficient. */
    public Point2D cellCentre(int row, int col) {
        return new Point2D((col + 0.5 - originX) * pxPerVar, (row + 0.5 - originY) * pxPerVar);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The text of the hover bar. */
    public String hoverText() {
        return hover.getText();
    }

    /** The blocks of the last redraw (null before the first QUBO). */
    public BlockGrid lastGrid() {
        return grid;
    }

    /** How long the last redraw took (aggregation and painting), for the benchmark figures. */
    public double lastDrawMillis() {
        return lastDrawMillis;
    }

    public double pixelsPerVariable() {
        return pxPerVar;
    }

    private void resized() {
        if (fitted) {
            fit();
        } else {
            redraw();
        }
    }

    private void clampOrigin() {
        int n = qubo.numVariables();
        double visW = canvas.getWidth() / pxPerVar;
        double visH = canvas.getHeight() / pxPerVar;
        originX = Math.max(-visW / 2, Math.min(n - visW / 2, originX));
        originY = Math.max(-visH / 2, Math.min(n - visH / 2, originY));
    }

    /** Redraws now (FX thread). */
    public void redraw() {
        long t0 = System.nanoTime();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(OUTSIDE);
        gc.fillRect(0, 0, w, h);
        if (qubo == null || qubo.numVariables() == 0 || w <= 0 || h <= 0) {
            grid = null;
            gc.setFill(Color.web("#6b7280"));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(qubo == null ? "Open a QUBO to see its matrix" : "This QUBO has no variables", w / 2, h / 2);
            return;
        }
        int n = qubo.numVariables();
        double mx0 = -originX * pxPerVar;
        double my0 = -originY * pxPerVar;
        gc.setFill(INSIDE);
        gc.fillRect(mx0, my0, n * pxPerVar, n * pxPerVar);
        int c0 = clamp((int) Math.floor(originX), n);
        int c1 = clamp((int) Math.ceil(originX + w / pxPerVar), n);
        int r0 = clamp((int) Math.floor(originY), n);
        int r1 = clamp((int) Math.ceil(originY + h / pxPerVar), n);
        if (c1 > c0 && r1 > r0) {
            int cols = (int) Math.min(c1 - c0, Math.max(1, Math.ceil((c1 - c0) * pxPerVar)));
            int rows = (int) Math.min(r1 - r0, Math.max(1, Math.ceil((r1 - r0) * pxPerVar)));
            grid = BlockGrid.of(qubo, r0, r1, c0, c1, rows, cols);
            int[] argb = new int[rows * cols];
            for (int k = 0; k < argb.length; k++) {
                argb[k] = grid.counts()[k] == 0 ? 0 : scale.argb(grid.values()[k]);
            }
            WritableImage img = new WritableImage(cols, rows);
            img.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), argb, 0, cols);
            gc.setImageSmoothing(false);
            gc.drawImage(img, (c0 - originX) * pxPerVar, (r0 - originY) * pxPerVar, (c1 - c0) * pxPerVar,
                    (r1 - r0) * pxPerVar);
        }
        gc.setStroke(BORDER);
        gc.setLineWidth(1);
        gc.strokeRect(mx0 + 0.5, my0 + 0.5, n * pxPerVar - 1, n * pxPerVar - 1);
        lastDrawMillis = (System.nanoTime() - t0) / 1e6;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n, v));
    }

    private void showHover(double x, double y) {
        if (qubo == null || grid == null) {
            return;
        }
        int n = qubo.numVariables();
        double mx = originX + x / pxPerVar;
        double my = originY + y / pxPerVar;
        if (mx < 0 || my < 0 || mx >= n || my >= n) {
            hover.setText(" ");
            return;
        }
        int col = (int) mx;
        int row = (int) my;
        if (grid.oneCellPerBlock() || pxPerVar >= 1) {
            hover.setText(row > col ? qubo.label(row) + " · " + qubo.label(col)
                    + " (below the diagonal: the matrix is upper-triangular; see row " + col + ", column " + row + ")"
                    : CellInfo.of(qubo, row, col).describe());
            return;
        }
        if (row < grid.r0() || row >= grid.r1() || col < grid.c0() || col >= grid.c1()) {
            return;
        }
        int br = grid.blockRowOf(row);
        int bc = grid.blockColOf(col);
        int rEnd = br + 1 < grid.rows() ? grid.firstRow(br + 1) - 1 : grid.r1() - 1;
        int cEnd = bc + 1 < grid.cols() ? grid.firstCol(bc + 1) - 1 : grid.c1() - 1;
        int count = grid.count(br, bc);
        hover.setText("rows " + qubo.label(grid.firstRow(br)) + "…" + qubo.label(rEnd) + " × columns "
                + qubo.label(grid.firstCol(bc)) + "…" + qubo.label(cEnd) + ": " + (count == 0 ? "no coefficients"
                : count + (count == 1 ? " coefficient" : " coefficients") + ", strongest q = "
                + EntityField.formatNumber(grid.value(br, bc))) + "   (zoom in for single cells)");
    }

    private void drawLegend() {
        GraphicsContext gc = legend.getGraphicsContext2D();
        double w = legend.getWidth();
        double h = legend.getHeight();
        gc.clearRect(0, 0, w, h);
        double top = 18;
        double bottom = h - 18;
        double barX = 8;
        double barW = 16;
        for (double y = top; y < bottom; y++) {
            double t = 1 - 2 * (y - top) / (bottom - top); // +max at the top, −max at the bottom
            gc.setFill(scale.color(t * scale.maxAbs()));
            gc.fillRect(barX, y, barW, 1.5);
        }
        gc.setStroke(BORDER);
        gc.strokeRect(barX + 0.5, top + 0.5, barW, bottom - top);
        gc.setFill(Color.web("#374151"));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double m = qubo == null ? 0 : scale.maxAbs();
        gc.fillText("+" + threeDigits(m), barX + barW + 4, top);
        gc.fillText("0", barX + barW + 4, (top + bottom) / 2);
        gc.fillText("−" + threeDigits(m), barX + barW + 4, bottom);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("q", barX + 2, 0);
    }

    private static String threeDigits(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
