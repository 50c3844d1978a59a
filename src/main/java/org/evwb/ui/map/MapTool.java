package org.evwb.ui.map;

/** What a left click on the map does. */
public enum MapTool {
    /** Click selects, Ctrl+click toggles, drag on empty space selects a rectangle, drag on a selection moves it. */
    SELECT,
    /** Click places a new entity of the chosen kind. */
    ADD,
    /** Click deletes the entity under the cursor. */
    DELETE
}
