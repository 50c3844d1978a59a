package org.evwb.ui.motorway;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.platform.MapOverlays;

/**
 * Draws over the map, per EMV of the latest what-if schedule: its entry node (filled circle), its exit node (ring)
 * and a dashed line from the entry to the station it charges at, in the EMV's Gantt colour; the selected EMV thicker.
 */
public final class MotorwayMapOverlay implements MapOverlay {

    private final AppState state;
    private final MapOverlays map;
    private MotorwayEvaluation evaluation;

    public MotorwayMapOverlay(AppState state, MotorwayController controller, MapOverlays map) {
        this.state = state;
        this.map = map;
        controller.evaluationProperty().addListener((o, a, b) -> {
            evaluation = b;
            map.requestRedraw();
        });
        evaluation = controller.evaluation();
        map.addOverlay(this);
    }

    /** Takes the overlay off the map (the views are going away). */
    void detach() {
        map.removeOverlay(this);
        map.requestRedraw();
    }

    @Override
    public void draw(GraphicsContext gc, Projection at) {
        MotorwayEvaluation ev = evaluation;
        if (ev == null || ev.project() != state.getProject()) {
            return; // the schedule belongs to a layout that has since changed
        }
        Motorway mw = ev.instance().motorway();
        for (Emv e : ev.instance().emvs()) {
            java.awt.Color awt = GanttView.emvColour(e.index());
            Color c = Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue());
            boolean selected = state.isSelected(new EntityRef(EntityKind.VEHICLE, e.vehicleId()));
            GeoPoint in = mw.node(e.entryNodeId()).map(MotorwayNode::position).orElse(null);
            GeoPoint out = mw.node(e.exitNodeId()).map(MotorwayNode::position).orElse(null);
            Assignment a = ev.noWait().assignments().stream().filter(x -> x.vehicleId().equals(e.vehicleId()))
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
    }
}
