package org.evwb.ui.motorway;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.platform.MapOverlays;

/**
 * Draws over the map, per EMV of the schedule on show (the one the Gantt chart shows, see
 * {@link MotorwayController#shownProperty()}): its entry node (filled circle), its exit node (ring) and a dashed line
 * from the entry to the station it charges at, in the EMV's Gantt colour; the selected EMV thicker. A caption in the
 * map's lower left corner names the schedule ("EMV lines: Run: motorway / cpsat · seed 1").
 */
public final class MotorwayMapOverlay implements MapOverlay {

    private static final Font CAPTION_FONT = Font.font(12);

    private final AppState state;
    private final MapOverlays map;
    private MotorwayController.Shown shown;

    public MotorwayMapOverlay(AppState state, MotorwayController controller, MapOverlays map) {
        this.state = state;
        this.map = map;
        controller.shownProperty().addListener((o, a, b) -> {
            shown = b;
            map.requestRedraw();
        });
        shown = controller.shown();
        map.addOverlay(this);
    }

    /** Takes the overlay off the map (the views are going away). */
    void detach() {
        map.removeOverlay(this);
        map.requestRedraw();
    }

    /** The schedule drawn now, or null when none is (nothing on show, or a what-if of a layout since changed). */
    public MotorwaySchedule drawnSchedule() {
        MotorwayController.Shown s = drawable();
        return s == null ? null : s.schedule();
    }

    /** The caption naming the schedule drawn, or null when none is. */
    public String caption() {
        MotorwayController.Shown s = drawable();
        return s == null ? null : "EMV lines: " + s.source();
    }

    private MotorwayController.Shown drawable() {
        MotorwayController.Shown s = shown;
        if (s == null || state.getProject() == null) {
            return null;
        }
        // a what-if schedule belongs to the layout it evaluated; a run names its own instance and stays drawable
        return s.run() == null && s.project() != state.getProject() ? null : s;
    }

    @Override
    public void draw(GraphicsContext gc, Projection at) {
        MotorwayController.Shown s = drawable();
        if (s == null) {
            return;
        }
        Motorway mw = s.instance().motorway();
        for (Emv e : s.instance().emvs()) {
            java.awt.Color awt = GanttView.emvColour(e.index());
            Color c = Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue());
            boolean selected = state.isSelected(new EntityRef(EntityKind.VEHICLE, e.vehicleId()));
            GeoPoint in = mw.node(e.entryNodeId()).map(MotorwayNode::position).orElse(null);
            GeoPoint out = mw.node(e.exitNodeId()).map(MotorwayNode::position).orElse(null);
            Assignment a = s.schedule().assignments().stream().filter(x -> x.vehicleId().equals(e.vehicleId()))
                    .findFirst().orElse(null);
            GeoPoint st = a == null ? null : state.getProject().find(ChargingStation.class, a.stationId())
                    .map(ChargingStation::position).orElse(null);
            gc.setStroke(c);
            gc.setLineWidth(selected ? 4 : 2);
            if (in != null && st != null) {
                gc.setLineDashes(6, 4);
                gc.strokeLine(at.x(in), at.y(in), at.x(st), at.y(st));
                gc.setLineDashes();
            }
            double r = selected ? 7 : 5;
            if (in != null) {
                gc.setFill(c);
                gc.fillOval(at.x(in) - r, at.y(in) - r - 8, 2 * r, 2 * r);
            }
            if (out != null) {
                gc.strokeOval(at.x(out) - r, at.y(out) - r + 8, 2 * r, 2 * r);
            }
        }
        drawCaption(gc, caption());
    }

    /** The caption on a light box in the lower left corner, so it reads on any basemap. */
    private static void drawCaption(GraphicsContext gc, String text) {
        Text measure = new Text(text);
        measure.setFont(CAPTION_FONT);
        double w = measure.getLayoutBounds().getWidth();
        double h = measure.getLayoutBounds().getHeight();
        double x = 8;
        double y = gc.getCanvas().getHeight() - 8 - h;
        gc.setFill(Color.rgb(255, 255, 255, 0.85));
        gc.fillRect(x - 4, y - 3, w + 8, h + 6);
        gc.setFill(Color.rgb(33, 33, 33));
        gc.setFont(CAPTION_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, x, y);
    }
}
