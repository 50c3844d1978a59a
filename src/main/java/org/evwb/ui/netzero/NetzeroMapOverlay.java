package org.evwb.ui.netzero;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.evwb.core.geo.Chainage;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.MotorwayNode;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroStation;
import org.evwb.core.study.netzero.RenewableSource;
import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.platform.MapOverlays;

/**
 * The netzero instance over the main map: every EV as a dot in its role's colour (supplier green, demander red,
 * neither grey) at its vehicle's position, or on the road at its chainage for a drawn fleet; each charging station
 * with its prosumer count (suppliers / demanders); each wind and PV source with its output in the solved hour. The
 * selected EV is ringed, and the selected station's prosumers are joined to it by dashed lines; a click on a dot picks
 * its EV ({@link #pick}) into the one selection, drawn fleets included. Positions are worked
 * out once per instance ({@link #update}), so a frame only projects and draws.
 */
public final class NetzeroMapOverlay implements MapOverlay {

    static final Color SUPPLIER = Color.rgb(46, 125, 50);
    static final Color DEMANDER = Color.rgb(198, 40, 40);
    static final Color NEITHER = Color.rgb(120, 120, 120);
    private static final Font FONT = Font.font(11);
    /** How far from a dot's centre a click still picks it (the dot is 8 px across). */
    static final double PICK_PX = 6;

    /** One EV as drawn. */
    record Dot(String id, GeoPoint at, NetzeroEv.Role role, int station) { }

    /** One station as drawn, with its prosumers' counts. */
    record StationMark(String id, GeoPoint at, int evs, int suppliers, int demanders) { }

    /** What a frame draws: worked out once per instance. */
    record Picture(List<Dot> dots, List<StationMark> stations, List<RenewableSource> sources) {
        static final Picture EMPTY = new Picture(List.of(), List.of(), List.of());
    }

    private final MapOverlays map;
    private final Supplier<String> selectedEv;
    private final Supplier<Integer> selectedStation;
    private Picture picture = Picture.EMPTY;
    private NetzeroInstance drawn;

    /**
     * @param selectedEv      the id of the EV the fleet view shows (null: none)
     * @param selectedStation the index of the station whose prosumers are shown (-1: none)
     */
    public NetzeroMapOverlay(MapOverlays map, Supplier<String> selectedEv, Supplier<Integer> selectedStation) {
        this.map = map;
        this.selectedEv = selectedEv;
        this.selectedStation = selectedStation;
        map.addOverlay(this);
    }

    /** Shows another instance of {@code project} (null: nothing); the same one again only redraws (a selection). */
    public void update(Project project, NetzeroInstance in) {
        if (in != drawn || in == null) {
            drawn = in;
            picture = in == null || project == null ? Picture.EMPTY : picture(project, in);
        }
        map.requestRedraw();
    }

    /** The selection changed: draw again. */
    public void redraw() {
        map.requestRedraw();
    }

    Picture picture() {
        return picture;
    }

    void detach() {
        map.removeOverlay(this);
        map.requestRedraw();
    }

    static Picture picture(Project project, NetzeroInstance in) {
        List<MotorwayNode> nodes = project.infrastructure().motorways().isEmpty() ? List.of()
                : project.infrastructure().motorways().get(0).nodes();
        List<GeoPoint> line = nodes.stream().map(MotorwayNode::position).toList();
        double[] km = nodes.stream().mapToDouble(MotorwayNode::chainageKm).toArray();
        java.util.Map<String, GeoPoint> vehicles = new java.util.HashMap<>();
        if (in.parameters().fleetSize() == 0) {
            for (Vehicle v : project.fleet().vehicles()) {
                if (v.position() != null) {
                    vehicles.put(v.id(), v.position());
                }
            }
        }
        List<Dot> dots = new java.util.ArrayList<>();
        int n = in.stations().size();
        int[] evs = new int[n];
        int[] sup = new int[n];
        int[] dem = new int[n];
        for (NetzeroEv ev : in.evs()) {
            GeoPoint at = vehicles.get(ev.id());
            if (at == null && !line.isEmpty() && Double.isFinite(ev.chainageKm())) {
                at = Chainage.pointAt(ev.chainageKm(), line, km);
            }
            if (at != null) {
                dots.add(new Dot(ev.id(), at, ev.role(), ev.station()));
            }
            if (ev.station() >= 0) {
                evs[ev.station()]++;
                sup[ev.station()] += ev.role() == NetzeroEv.Role.SUPPLIER ? 1 : 0;
                dem[ev.station()] += ev.role() == NetzeroEv.Role.DEMANDER ? 1 : 0;
            }
        }
        List<StationMark> marks = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            NetzeroStation s = in.stations().get(k);
            GeoPoint at = s.position() != null ? s.position()
                    : line.isEmpty() ? null : Chainage.pointAt(s.chainageKm(), line, km);
            marks.add(new StationMark(s.id(), at, evs[k], sup[k], dem[k]));
        }
        return new Picture(List.copyOf(dots), List.copyOf(marks), in.sources());
    }

    /**
     * The EV whose dot lies under ({@code x}, {@code y}), the nearest within {@value #PICK_PX} px: a vehicle of the
     * project or an EV of a drawn fleet (not an entity of the project, so only this overlay can pick it), as a
     * vehicle ref the fleet view follows like any selection.
     */
    @Override
    public Optional<EntityRef> pick(double x, double y, Projection at) {
        Dot best = null;
        double bestD = PICK_PX * PICK_PX;
        for (Dot d : picture.dots()) {
            double dx = at.x(d.at()) - x;
            double dy = at.y(d.at()) - y;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD) {
                bestD = d2;
                best = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new EntityRef(EntityKind.VEHICLE, best.id()));
    }

    static Color colour(NetzeroEv.Role role) {
        return switch (role) {
            case SUPPLIER -> SUPPLIER;
            case DEMANDER -> DEMANDER;
            case NEITHER -> NEITHER;
        };
    }

    @Override
    public void draw(GraphicsContext gc, Projection at) {
        Picture p = picture;
        if (p.dots().isEmpty() && p.stations().isEmpty()) {
            return;
        }
        int station = selectedStation.get();
        StationMark chosen = station >= 0 && station < p.stations().size() ? p.stations().get(station) : null;
        if (chosen != null && chosen.at() != null) {
            gc.setLineDashes(4, 4);
            gc.setLineWidth(1);
            for (Dot d : p.dots()) {
                if (d.station() == station) {
                    gc.setStroke(colour(d.role()));
                    gc.strokeLine(at.x(d.at()), at.y(d.at()), at.x(chosen.at()), at.y(chosen.at()));
                }
            }
            gc.setLineDashes();
        }
        String ev = selectedEv.get();
        for (Dot d : p.dots()) {
            double x = at.x(d.at());
            double y = at.y(d.at());
            gc.setFill(colour(d.role()));
            gc.fillOval(x - 4, y - 4, 8, 8);
            if (d.id().equals(ev)) {
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(2);
                gc.strokeOval(x - 8, y - 8, 16, 16);
            }
        }
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < p.stations().size(); k++) {
            StationMark s = p.stations().get(k);
            if (s.at() == null) {
                continue;
            }
            double x = at.x(s.at());
            double y = at.y(s.at());
            gc.setStroke(Color.rgb(21, 101, 192));
            gc.setLineWidth(k == station ? 4 : 2);
            gc.strokeRect(x - 7, y - 7, 14, 14);
            label(gc, String.format(Locale.ROOT, "%s: %d EVs (%d S / %d D)", s.id(), s.evs(), s.suppliers(),
                    s.demanders()), x + 10, y - 8);
        }
        for (RenewableSource r : p.sources()) {
            if (r.position() != null) {
                label(gc, String.format(Locale.ROOT, "%s %.2f kWh", r.id(), r.outputKWh()), at.x(r.position()) + 10,
                        at.y(r.position()) + 14);
            }
        }
    }

    private static void label(GraphicsContext gc, String text, double x, double y) {
        gc.setFill(Color.rgb(255, 255, 255, 0.8));
        gc.fillRect(x - 2, y - 13, text.length() * 6.2 + 4, 15);
        gc.setFill(Color.rgb(33, 33, 33));
        gc.fillText(text, x, y);
    }
}
