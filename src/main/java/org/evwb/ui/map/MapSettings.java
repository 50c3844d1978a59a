package org.evwb.ui.map;

/**
 * The user's map preferences: an optional XYZ tile background ({@code {z}}, {@code {x}}, {@code {y}} in the URL
 * template). Off by default; the map never needs it.
 */
public record MapSettings(boolean tilesEnabled, String tileUrlTemplate) {

    public static final MapSettings DEFAULT = new MapSettings(false, "");

    public MapSettings {
        tileUrlTemplate = tileUrlTemplate == null ? "" : tileUrlTemplate.trim();
    }

    /** Null when the template is usable, else what is wrong with it and how to fix it. */
    public String templateProblem() {
        if (!tileUrlTemplate.startsWith("http://") && !tileUrlTemplate.startsWith("https://")) {
            return "the tile URL must start with http:// or https://";
        }
        for (String p : new String[] {"{z}", "{x}", "{y}"}) {
            if (!tileUrlTemplate.contains(p)) {
                return "the tile URL must contain " + p + ", e.g. https://tile.example/{z}/{x}/{y}.png";
            }
        }
        return null;
    }

    /** True when tiles should be shown: switched on and with a usable template. */
    public boolean tilesActive() {
        return tilesEnabled && templateProblem() == null;
    }

    /** The URL of one tile. */
    public String tileUrl(int z, int x, int y) {
        return tileUrlTemplate.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
                .replace("{y}", Integer.toString(y));
    }
}
