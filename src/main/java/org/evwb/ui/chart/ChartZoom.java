package org.evwb.ui.chart;

import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.fx.interaction.ScrollHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * How a workbench chart zooms: Ctrl+wheel (Cmd+wheel on a Mac) or a drag box zooms, a double-click or the context
 * menu's "Reset zoom" shows all data again. The plain wheel is left to the page, so a chart inside a scrolling view
 * no longer swallows the wheel and zooms itself onto an empty range while the user only meant to scroll past it.
 */
public final class ChartZoom {

    /** The id of the chart canvas's wheel handler, which this replaces. */
    static final String SCROLL_HANDLER = "scroll";

    private ChartZoom() {
    }

    /** Gives {@code viewer} the workbench's zoom behaviour and returns the "Reset zoom" menu item for its menu. */
    public static MenuItem install(ChartViewer viewer) {
        ChartCanvas canvas = viewer.getCanvas();
        MouseHandlerFX wheel = canvas.getMouseHandler(SCROLL_HANDLER);
        if (wheel != null) {
            canvas.removeAuxiliaryMouseHandler(wheel);
        }
        canvas.addAuxiliaryMouseHandler(new ModifiedWheel(SCROLL_HANDLER));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset(viewer.getChart());
                e.consume();
            }
        });
        MenuItem item = new MenuItem("Reset zoom");
        item.getStyleClass().add("chart-reset-zoom");
        item.setOnAction(e -> reset(viewer.getChart()));
        return item;
    }

    /** Shows all of the chart's data again: every value axis back on its automatic range. */
    public static void reset(JFreeChart chart) {
        if (chart != null) {
            reset(chart.getPlot());
        }
    }

    private static void reset(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot c) {
            autoRange(c.getDomainAxis());
            c.getSubplots().forEach(ChartZoom::reset);
        } else if (plot instanceof CombinedRangeXYPlot c) {
            autoRange(c.getRangeAxis());
            c.getSubplots().forEach(ChartZoom::reset);
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                autoRange(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                autoRange(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                autoRange(cat.getRangeAxis(i));
            }
        }
    }

    private static void autoRange(ValueAxis axis) {
        if (axis != null) {
            axis.setAutoRange(true);
        }
    }

    /** JFreeChart's wheel zoom, but only with Ctrl (or the platform's shortcut key) held; then the page keeps still. */
    private static final class ModifiedWheel extends ScrollHandlerFX {
        ModifiedWheel(String id) {
            super(id);
        }

        @Override
        public void handleScroll(ChartCanvas canvas, ScrollEvent e) {
            if (e.isControlDown() || e.isShortcutDown()) {
                super.handleScroll(canvas, e);
                e.consume();
            }
        }
    }
}
