package org.evwb.ui.platform;

/**
 * The main map as study views see it: a place to draw over the project's entities. A study's views add their
 * overlays when they open and remove them when they are disposed, so nothing of one project is drawn over the next.
 */
public interface MapOverlays {

    void addOverlay(MapOverlay overlay);

    void removeOverlay(MapOverlay overlay);

    /** Draws the map again on the next frame (an overlay's data changed). */
    void requestRedraw();
}
