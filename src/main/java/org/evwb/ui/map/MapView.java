package org.evwb.ui.map;

import org.evwb.ui.platform.MapOverlay;
import org.evwb.ui.platform.MapOverlays;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.evwb.core.AppDirs;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.RemoveEntities;
import org.evwb.ui.platform.AppState;

/**
 * The map canvas of the open project: basemap, motorways, stations, sources and vehicles on Web Mercator, with
 * select / add / move / delete tools. It watches {@link AppState}'s project and selection and changes them only
 * through {@code perform} and the selection methods, so every edit undoes and every other view follows.
 */
public final class MapView extends BorderPane implements MapOverlays {

    /** Padding around the content when fitting, in pixels. */
    static final double FIT_PADDING_PX = 40;
    /** Zoom used when fitting a single point. */
    static final double FIT_MAX_ZOOM = 14;
    /** The legend's distance from the map's corner, and the room kept clear beside it when fitting. */
    static final double LEGEND_MARGIN_PX = 8;
    static final double LEGEND_CLEARANCE_PX = 14;

    private final AppState state;
    private final AppDirs dirs;
    private final MapViewport viewport = new MapViewport();
    private final MapCanvas canvas;
    private final MapInteraction interaction;
    private final Map<MapLayer, BooleanProperty> layerVisible = new EnumMap<>(MapLayer.class);
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.SELECT);
    private final ObjectProperty<EntityKind> addKind =
            new SimpleObjectProperty<>(this, "addKind", EntityKind.CHARGING_STATION);
    private final Tooltip hoverTip = new Tooltip();
    private final MapLegend legend = new MapLegend();
    private final MapPickList pickList;
    private Set<MapLayer> visible = EnumSet.allOf(MapLayer.class);
    private ProjectedScene projected = ProjectedScene.EMPTY;
    private Basemap basemap = Basemap.EMPTY;
    private String basemapKey;
    private Map<EntityKind, boolean[]> selectedFlags = Map.of();
    private MapFrame.MovePreview movePreview;
    private MapFrame.RubberBand rubberBand;
    private EntityRef hovered;
    private final MapSettingsStore settingsStore;
    private MapSettings settings = MapSettings.DEFAULT;
    private TileCache tiles;
    private HttpClient http;
    private ExecutorService tileIo;

    /** A map of {@code state}'s project, with preferences and tile cache in the user's folder. */
    private final ObservableList<MapOverlay> overlays = FXCollections.observableArrayList();
    private final javafx.beans.value.ChangeListener<Project> projectListener = (obs, old, p) -> projectChanged(p);
    private final javafx.beans.value.ChangeListener<Number> openListener = (obs, old, n) -> fitToContent();
    private final ListChangeListener<EntityRef> selectionListener = c -> selectionChanged();
    private boolean keepFitted;

    public MapView(AppState state) {
        this(state, AppDirs.fromSystem());
    }

    /** A map of {@code state}'s project, with preferences and tile cache under {@code dirs}. */
    public MapView(AppState state, AppDirs dirs) {
        this.state = Objects.requireNonNull(state);
        this.dirs = Objects.requireNonNull(dirs);
        getStyleClass().add("map-view");
        getStylesheets().add(Objects.requireNonNull(MapView.class.getResource("map.css")).toExternalForm());
        for (MapLayer l : MapLayer.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, l.name(), true);
            p.addListener((obs, o, n) -> layersChanged());
            layerVisible.put(l, p);
        }
        canvas = new MapCanvas(viewport, this::frame);
        interaction = new MapInteraction(this, state);
        pickList = new MapPickList(state::select);
        interaction.install(canvas.canvas());
        hoverTip.getStyleClass().add("map-tooltip");
        hoverTip.setShowDelay(javafx.util.Duration.ZERO);

        StackPane center = new StackPane(canvas, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(LEGEND_MARGIN_PX));
        setCenter(center);
        setTop(new MapToolbar(this).node());

        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                interaction.setSpaceDown(false);
                e.consume();
            }
        });
        state.projectProperty().addListener(projectListener);
        state.openCountProperty().addListener(openListener);
        // A fitted map stays fitted while the window is laid out or resized, until the user pans or zooms.
        canvas.setOnResize(() -> {
            if (keepFitted) {
                fitToContent();
            }
        });
        overlays.addListener((ListChangeListener<MapOverlay>) c -> requestRedraw());
        state.getSelection().addListener(selectionListener);
        settingsStore = MapSettingsStore.in(dirs);
        applySettings(settingsStore.load());
        projectChanged(state.getProject());
        if (state.getProject() != null) {
            fitToContent();
        }
    }

    /**
     * Detaches a map that is going away (a study's own map, when its views are disposed) from the app state, which
     * outlives it (its idle tile threads end by themselves).
     */
    public void dispose() {
        state.projectProperty().removeListener(projectListener);
        state.openCountProperty().removeListener(openListener);
        state.getSelection().removeListener(selectionListener);
    }

    // ---- public controls ----

    public ObjectProperty<MapTool> toolProperty() {
        return tool;
    }

    public MapTool getTool() {
        return tool.get();
    }

    public void setTool(MapTool t) {
        tool.set(Objects.requireNonNull(t));
    }

    /** The kind the add tool places. */
    public ObjectProperty<EntityKind> addKindProperty() {
        return addKind;
    }

    public EntityKind getAddKind() {
        return addKind.get();
    }

    public BooleanProperty layerVisibleProperty(MapLayer layer) {
        return layerVisible.get(layer);
    }

    /**
     * Shows every placed entity and motorway (key {@code F}) in the part of the map the legend leaves free: above it
     * or to its left, whichever shows the content larger. Waits for a size if the map has none yet.
     */
    public void fitToContent() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            canvas.afterNextResize(this::fitToContent);
            return;
        }
        if (projected.hasContent()) {
            double p = FIT_PADDING_PX;
            double minX = projected.minX();
            double minY = projected.minY();
            double maxX = projected.maxX();
            double maxY = projected.maxY();
            double[] box = legendBox();
            double right = Math.max(p, box[0] + LEGEND_MARGIN_PX + LEGEND_CLEARANCE_PX);
            double bottom = Math.max(p, box[1] + LEGEND_MARGIN_PX + LEGEND_CLEARANCE_PX);
            if (box[0] <= 0) {
                viewport.fit(minX, minY, maxX, maxY, p, FIT_MAX_ZOOM);
            } else if (viewport.fitZoom(minX, minY, maxX, maxY, p, p, bottom, p, FIT_MAX_ZOOM)
                    >= viewport.fitZoom(minX, minY, maxX, maxY, p, right, p, p, FIT_MAX_ZOOM)) {
                viewport.fit(minX, minY, maxX, maxY, p, p, bottom, p, FIT_MAX_ZOOM); // above the legend
            } else {
                viewport.fit(minX, minY, maxX, maxY, p, right, p, p, FIT_MAX_ZOOM); // left of it
            }
            keepFitted = true;
            requestRedraw();
        }
    }

    /** The legend's width and height in pixels ({0, 0} when hidden); its preferred size, so also before layout. */
    private double[] legendBox() {
        if (!legend.isVisible()) {
            return new double[] {0, 0};
        }
        legend.applyCss();
        return new double[] {legend.prefWidth(-1), legend.prefHeight(-1)};
    }

    /** The user panned or zoomed: from now on a resize keeps their view instead of fitting again. */
    void userMovedView() {
        keepFitted = false;
    }

    /** Deletes the selected placed entities as one undoable edit (key Delete). */
    public void deleteSelection() {
        delete(state.getSelection());
    }

    /** The map settings in force. */
    public MapSettings settings() {
        return settings;
    }

    /** Uses {@code s} from now on (tile background on or off) without saving it. */
    public void applySettings(MapSettings s) {
        settings = Objects.requireNonNull(s);
        tiles = s.tilesActive() ? new TileCache(s, dirs.tileCache(), httpClient(), tileExecutor(),
                Platform::runLater, this::requestRedraw, 256) : null;
        requestRedraw();
    }

    /** Saves {@code s} in the user's folder and applies it. */
    public void saveSettings(MapSettings s) throws IOException {
        settingsStore.save(s);
        applySettings(s);
    }

    // ---- package API for the tools, the toolbar, tests and the benchmark ----

    MapViewport viewport() {
        return viewport;
    }

    MapCanvas mapCanvas() {
        return canvas;
    }

    Canvas canvasNode() {
        return canvas.canvas();
    }

    ProjectedScene projected() {
        return projected;
    }

    AppState state() {
        return state;
    }

    AppDirs dirs() {
        return dirs;
    }

    TileCache tileCache() {
        return tiles;
    }

    Basemap basemap() {
        return basemap;
    }

    Set<MapLayer> visibleLayers() {
        return visible;
    }

    @Override
    public void addOverlay(MapOverlay overlay) {
        overlays.add(overlay);
    }

    @Override
    public void removeOverlay(MapOverlay overlay) {
        overlays.remove(overlay);
    }

    /** The study overlays drawn over the entities, in order; the map redraws when the list changes. */
    public ObservableList<MapOverlay> overlays() {
        return overlays;
    }

    /** Asks for a redraw at the next pulse (coalesced); for overlays whose data changed. */
    @Override
    public void requestRedraw() {
        canvas.requestRedraw();
    }

    Optional<EntityRef> pick(double x, double y) {
        return MapPicking.pick(projected, viewport, visible, x, y);
    }

    /**
     * What a study overlay draws under the canvas point where the map has no entity (the top-most overlay first);
     * empty when none picks anything.
     */
    Optional<EntityRef> pickOverlay(double x, double y) {
        MapOverlay.Projection at = MapRenderer.projection(viewport);
        for (int i = overlays.size() - 1; i >= 0; i--) {
            Optional<EntityRef> hit = overlays.get(i).pick(x, y, at);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** Every entity drawn under the canvas point, the one {@link #pick} returns first. */
    List<EntityRef> pickAll(double x, double y) {
        return MapPicking.pickAll(projected, viewport, visible, x, y);
    }

    /** Offers the entities stacked under the cursor in a list; the one chosen becomes the selection. */
    void showPickList(List<EntityRef> refs, double screenX, double screenY) {
        pickList.show(canvas.canvas(), refs, projected, screenX, screenY);
    }

    void hidePickList() {
        pickList.hide();
    }

    /**
     * Where a position is drawn on the screen in the current view (e.g. a point an overlay draws), or empty while the
     * map is not showing.
     */
    public Optional<Point2D> screenPointOf(org.evwb.core.geo.GeoPoint p) {
        MapOverlay.Projection at = MapRenderer.projection(viewport);
        Point2D screen = canvas.canvas().localToScreen(at.x(p), at.y(p));
        return Optional.ofNullable(screen);
    }

    /** Where an entity is drawn, in canvas pixels (empty when it is not on the map). */
    Optional<Point2D> canvasPointOf(EntityRef ref) {
        ProjectedScene.KindPoints kp = projected.points(ref.kind());
        int i = kp == null ? -1 : kp.indexOf(ref.id());
        return i < 0 ? Optional.empty()
                : Optional.of(new Point2D(viewport.screenX(kp.x[i]), viewport.screenY(kp.y[i])));
    }

    void setMovePreview(MapFrame.MovePreview p) {
        movePreview = p;
        requestRedraw();
    }

    void setRubberBand(MapFrame.RubberBand rb) {
        rubberBand = rb;
        requestRedraw();
    }

    void delete(List<EntityRef> refs) {
        Project p = state.getProject();
        if (p == null) {
            return;
        }
        List<EntityRef> placed = refs.stream().filter(r -> r.kind().isPlaced() && p.find(r).isPresent()).toList();
        if (!placed.isEmpty()) {
            state.perform(RemoveEntities.of(p, new ArrayList<>(placed)));
        }
    }

    /** Shows the hover tooltip for what lies under the cursor (canvas and screen coordinates). */
    void hover(double x, double y, double screenX, double screenY) {
        EntityRef ref = pick(x, y).orElse(null);
        if (Objects.equals(ref, hovered)) {
            return;
        }
        hovered = ref;
        PlacedEntity e = ref == null ? null : projected.entity(ref);
        if (e == null || getScene() == null || getScene().getWindow() == null) {
            hoverTip.hide();
            return;
        }
        hoverTip.setText(EntityDescriber.describe(e, state.getProject()));
        hoverTip.show(canvas.canvas(), screenX + 14, screenY + 14);
    }

    /** The text the hover tooltip shows now ("" when hidden). */
    String hoverText() {
        return hovered == null ? "" : hoverTip.getText();
    }

    void hideHover() {
        hovered = null;
        hoverTip.hide();
    }

    // ---- reactions ----

    private MapFrame frame() {
        return new MapFrame(projected, basemap, visible, selectedFlags, movePreview, rubberBand, tiles,
                List.copyOf(overlays));
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> deleteSelection();
            case F -> fitToContent();
            case ESCAPE -> {
                interaction.cancel();
                setTool(MapTool.SELECT);
            }
            case SPACE -> interaction.setSpaceDown(true);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void layersChanged() {
        EnumSet<MapLayer> v = EnumSet.noneOf(MapLayer.class);
        layerVisible.forEach((l, p) -> {
            if (p.get()) {
                v.add(l);
            }
        });
        visible = Collections.unmodifiableSet(v);
        requestRedraw();
    }

    private void projectChanged(Project p) {
        projected = new ProjectedScene(p);
        movePreview = null;
        hideHover();
        selectionChanged();
        reloadBasemapIfNeeded(p);
        requestRedraw();
    }

    private void selectionChanged() {
        Map<EntityKind, boolean[]> flags = new EnumMap<>(EntityKind.class);
        for (EntityKind k : ProjectedScene.DRAW_ORDER) {
            flags.put(k, new boolean[projected.points(k).size()]);
        }
        for (EntityRef r : state.getSelection()) {
            ProjectedScene.KindPoints kp = projected.points(r.kind());
            int i = kp == null ? -1 : kp.indexOf(r.id());
            if (i >= 0) {
                flags.get(r.kind())[i] = true;
            }
        }
        selectedFlags = flags;
        requestRedraw();
    }

    private HttpClient httpClient() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    /** Two daemon threads for tile disk reads and downloads; idle threads end, so a closed map leaves none. */
    private ExecutorService tileExecutor() {
        if (tileIo == null) {
            ThreadPoolExecutor ex = new ThreadPoolExecutor(2, 2, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "map-tiles");
                        t.setDaemon(true);
                        return t;
                    });
            ex.allowCoreThreadTimeOut(true);
            tileIo = ex;
        }
        return tileIo;
    }

    private void reloadBasemapIfNeeded(Project p) {
        String field = p == null ? null : p.basemap();
        Path file = state.getProjectFile();
        String key = field + "|" + (field == null ? "" : String.valueOf(file));
        if (key.equals(basemapKey)) {
            return;
        }
        basemapKey = key;
        CompletableFuture.supplyAsync(() -> BasemapLoader.load(field, file)).thenAccept(b -> Platform.runLater(() -> {
            if (key.equals(basemapKey)) {
                basemap = b;
                requestRedraw();
            }
        }));
    }
}
