package org.evwb.ui.map;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A canvas that fills its pane and redraws at most once per pulse: changes only mark the map dirty
 * ({@link #requestRedraw()}), and an animation timer, running while the pane is in a scene, draws on the next pulse.
 * A burst of mouse events therefore costs one frame, not one frame each.
 */
final class MapCanvas extends Pane {

    private final Canvas canvas = new Canvas();
    private final MapViewport viewport;
    private final MapRenderer renderer = new MapRenderer();
    private final Supplier<MapFrame> frames;
    private final AnimationTimer timer;
    private boolean dirty = true;
    private Runnable onResize = () -> { };
    private Runnable afterResize;
    private long framesDrawn;

    MapCanvas(MapViewport viewport, Supplier<MapFrame> frames) {
        this.viewport = viewport;
        this.frames = frames;
        getStyleClass().add("map-canvas");
        canvas.setManaged(false);
        canvas.setFocusTraversable(true);
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    redrawNow();
                }
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
                requestRedraw();
            }
        });
    }

    Canvas canvas() {
        return canvas;
    }

    MapRenderer renderer() {
        return renderer;
    }

    /** Frames drawn so far (the benchmark and tests use it to see coalescing). */
    long framesDrawn() {
        return framesDrawn;
    }

    /** Runs after every layout that changes the canvas size. */
    void setOnResize(Runnable r) {
        onResize = r;
    }

    /** Runs once after the next layout that gives the canvas a real size (for fit-to-content on open). */
    void afterNextResize(Runnable r) {
        afterResize = r;
        if (getWidth() > 0 && getHeight() > 0) {
            runAfterResize();
        }
    }

    /** Marks the map for redrawing on the next pulse. */
    void requestRedraw() {
        dirty = true;
    }

    /** Draws now, synchronously (the pulse timer calls this; so does the benchmark). */
    void redrawNow() {
        dirty = false;
        framesDrawn++;
        renderer.draw(canvas.getGraphicsContext2D(), viewport, frames.get());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.setSize(w, h);
            requestRedraw();
            onResize.run();
        }
        if (w > 0 && h > 0) {
            runAfterResize();
        }
    }

    private void runAfterResize() {
        Runnable r = afterResize;
        afterResize = null;
        if (r != null) {
            r.run();
        }
    }
}
