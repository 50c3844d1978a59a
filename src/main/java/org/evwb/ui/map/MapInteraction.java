package org.evwb.ui.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.geo.WebMercator;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityFactory;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.ui.platform.AppState;

/**
 * The mouse on the map: panning (right or middle drag, or Space + left drag), wheel zoom around the cursor, and the
 * tools (select with click / Ctrl+click / rubber band / drag-to-move, add, delete). Edits go through
 * {@link AppState#perform} so they undo; a move is previewed live and committed as one edit on release.
 */
final class MapInteraction {

    /** Pixels the mouse may travel and still count as a click. */
    static final double CLICK_SLOP_PX = 4;

    private enum Gesture { NONE, PAN, RUBBER, MOVE, CLICK }

    private final MapView view;
    private final AppState state;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private boolean spaceDown;
    private EntityRef pressedOn;
    /** Everything under the cursor when the press hit more than one entity (offered in a list on a click). */
    private List<EntityRef> stacked = List.of();
    private List<EntityRef> movingRefs = List.of();
    private Map<EntityKind, boolean[]> movingFlags = Map.of();

    MapInteraction(MapView view, AppState state) {
        this.view = view;
        this.state = state;
    }

    void install(Canvas c) {
        c.setOnMousePressed(this::pressed);
        c.setOnMouseDragged(this::dragged);
        c.setOnMouseReleased(this::released);
        c.setOnScroll(this::scrolled);
        c.setOnMouseMoved(e -> view.hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        c.setOnMouseExited(e -> view.hideHover());
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    /** Abandons a gesture in progress (Esc). */
    void cancel() {
        gesture = Gesture.NONE;
        view.setMovePreview(null);
        view.setRubberBand(null);
    }

    private void pressed(MouseEvent e) {
        view.canvasNode().requestFocus();
        view.hideHover();
        view.hidePickList();
        stacked = List.of();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        pressedOn = null;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || state.getProject() == null) {
            gesture = Gesture.NONE;
            return;
        }
        if (view.getTool() != MapTool.SELECT) {
            gesture = Gesture.CLICK;
            return;
        }
        List<EntityRef> hits = view.pickAll(e.getX(), e.getY());
        if (hits.isEmpty()) {
            // no entity of the project here: perhaps something a study overlay draws (a drawn fleet's EV)
            EntityRef drawn = view.pickOverlay(e.getX(), e.getY()).orElse(null);
            if (drawn != null) {
                if (e.isShortcutDown()) {
                    state.toggleSelected(drawn);
                } else {
                    state.select(drawn);
                }
                gesture = Gesture.NONE;
                return;
            }
            gesture = Gesture.RUBBER;
            return;
        }
        pressedOn = hits.get(0);
        stacked = hits.size() > 1 ? hits : List.of();
        if (e.isShortcutDown()) {
            state.toggleSelected(pressedOn);
            gesture = Gesture.NONE;
            return;
        }
        if (!state.isSelected(pressedOn)) {
            state.select(pressedOn);
        }
        gesture = Gesture.MOVE;
        prepareMove();
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        moved |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP_PX;
        switch (gesture) {
            case PAN -> {
                view.viewport().panPixels(dx, dy);
                view.userMovedView();
                view.requestRedraw();
            }
            case RUBBER -> view.setRubberBand(new MapFrame.RubberBand(pressX, pressY, e.getX(), e.getY()));
            case MOVE -> {
                if (moved) {
                    view.setMovePreview(preview(e.getX(), e.getY()));
                }
            }
            default -> {
                // Clicks ignore the drag.
            }
        }
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        switch (g) {
            case RUBBER -> {
                view.setRubberBand(null);
                if (!moved) {
                    if (!e.isShortcutDown()) {
                        state.clearSelection();
                    }
                    return;
                }
                MapViewport vp = view.viewport();
                List<EntityRef> inside = MapPicking.inRect(view.projected(), view.visibleLayers(),
                        vp.worldX(Math.min(pressX, e.getX())), vp.worldY(Math.min(pressY, e.getY())),
                        vp.worldX(Math.max(pressX, e.getX())), vp.worldY(Math.max(pressY, e.getY())));
                if (e.isShortcutDown()) {
                    Set<EntityRef> union = new LinkedHashSet<>(state.getSelection());
                    union.addAll(inside);
                    state.select(union);
                } else {
                    state.select(inside);
                }
            }
            case MOVE -> {
                view.setMovePreview(null);
                if (moved) {
                    commitMove(e.getX(), e.getY());
                } else if (!stacked.isEmpty()) {
                    state.select(pressedOn);
                    view.showPickList(stacked, e.getScreenX(), e.getScreenY()); // which of the stacked ones?
                } else if (pressedOn != null && state.getSelection().size() > 1) {
                    state.select(pressedOn); // a plain click on one of several selected keeps only it
                }
            }
            case CLICK -> {
                if (!moved) {
                    click(e.getX(), e.getY());
                }
            }
            default -> {
                // Pan ends by itself.
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (delta == 0) {
            return;
        }
        // A usual wheel notch is 40 "pixels": 2^(40/80) ≈ 1.41 per notch, two notches double the scale.
        view.viewport().zoomAt(e.getX(), e.getY(), Math.pow(2, delta / 80));
        view.userMovedView();
        view.requestRedraw();
        e.consume();
    }

    private void click(double x, double y) {
        Project p = state.getProject();
        if (view.getTool() == MapTool.ADD) {
            place(p, view.getAddKind(), view.viewport().worldX(x), view.viewport().worldY(y));
        } else if (view.getTool() == MapTool.DELETE) {
            view.pick(x, y).ifPresent(ref -> view.delete(List.of(ref)));
        }
    }

    /** Adds a new entity at a world point (a charging station near a motorway snaps onto it) and selects it. */
    void place(Project p, EntityKind kind, double wx, double wy) {
        AddEntities edit = EntityFactory.addAt(p, kind, toGeo(wx, wy));
        List<org.evwb.core.project.Entity> added = new ArrayList<>(edit.entities());
        PlacedEntity e = (PlacedEntity) added.get(added.size() - 1);
        if (e instanceof ChargingStation cs) {
            e = snapped(cs, wx, wy);
            added.set(added.size() - 1, e);
        }
        state.perform(new AddEntities(added));
        state.select(e.ref());
    }

    private void prepareMove() {
        ProjectedScene scene = view.projected();
        movingRefs = new ArrayList<>();
        movingFlags = new EnumMap<>(EntityKind.class);
        for (EntityKind k : ProjectedScene.DRAW_ORDER) {
            movingFlags.put(k, new boolean[scene.points(k).size()]);
        }
        for (EntityRef r : state.getSelection()) {
            ProjectedScene.KindPoints kp = scene.points(r.kind());
            int i = kp == null ? -1 : kp.indexOf(r.id());
            if (i >= 0 && view.visibleLayers().contains(MapLayer.of(r.kind()))) {
                movingFlags.get(r.kind())[i] = true;
                movingRefs.add(r);
            }
        }
    }

    private MapFrame.MovePreview preview(double x, double y) {
        MapViewport vp = view.viewport();
        double dxw = (x - pressX) / vp.scale();
        double dyw = (y - pressY) / vp.scale();
        ProjectedScene.KindPoints cs = view.projected().points(EntityKind.CHARGING_STATION);
        Map<Integer, double[]> snapped = new HashMap<>();
        boolean[] flags = movingFlags.get(EntityKind.CHARGING_STATION);
        for (int i = 0; flags != null && i < flags.length; i++) {
            if (flags[i]) {
                int idx = i;
                MapPicking.snapToMotorway(view.projected(), vp, cs.x[i] + dxw, cs.y[i] + dyw)
                        .ifPresent(s -> snapped.put(idx, new double[] {s.worldX(), s.worldY(), s.chainageKm()}));
            }
        }
        return new MapFrame.MovePreview(movingFlags, dxw, dyw, snapped);
    }

    private void commitMove(double x, double y) {
        MapViewport vp = view.viewport();
        double dxw = (x - pressX) / vp.scale();
        double dyw = (y - pressY) / vp.scale();
        ProjectedScene scene = view.projected();
        List<ReplaceEntities.Change> changes = new ArrayList<>();
        for (EntityRef r : movingRefs) {
            ProjectedScene.KindPoints kp = scene.points(r.kind());
            int i = kp.indexOf(r.id());
            if (i < 0) {
                continue;
            }
            PlacedEntity before = kp.entities[i];
            double wx = kp.x[i] + dxw;
            double wy = kp.y[i] + dyw;
            PlacedEntity after = before instanceof ChargingStation cs ? snapped(cs, wx, wy)
                    : before.withPosition(toGeo(wx, wy));
            changes.add(new ReplaceEntities.Change(before, after));
        }
        if (!changes.isEmpty()) {
            String label = changes.size() == 1
                    ? "Move " + changes.get(0).before().kind().label().toLowerCase() + " "
                    + changes.get(0).before().id()
                    : "Move " + changes.size() + " entities";
            state.perform(new ReplaceEntities(label, changes));
        }
    }

    /** The station at a world point: on the motorway within snapping distance, or off every motorway. */
    private ChargingStation snapped(ChargingStation cs, double wx, double wy) {
        return MapPicking.snapToMotorway(view.projected(), view.viewport(), wx, wy)
                .map(s -> cs.onMotorway(s.motorway().id(), s.chainageKm(), s.onLine()))
                .orElseGet(() -> cs.onMotorway(null, null, toGeo(wx, wy)));
    }

    private static GeoPoint toGeo(double wx, double wy) {
        double x = Math.max(0, Math.min(1, wx));
        double y = Math.max(0, Math.min(1, wy));
        return WebMercator.toGeo(x, y);
    }
}
