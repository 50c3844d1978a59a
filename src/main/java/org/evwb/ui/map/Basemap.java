package org.evwb.ui.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.geo.WebMercator;

/**
 * Background geometry from GeoJSON (Polygon, MultiPolygon, LineString, MultiLineString), projected once to Web
 * Mercator world units. Immutable.
 */
final class Basemap {

    /** One ring or line: interleaved world coordinates {@code x0, y0, x1, y1, …} and its bounding box. */
    record Part(boolean polygon, double[] xy, double minX, double minY, double maxX, double maxY) {
        int points() {
            return xy.length / 2;
        }
    }

    static final Basemap EMPTY = new Basemap(List.of());

    private final List<Part> parts;

    Basemap(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    List<Part> parts() {
        return parts;
    }

    /**
     * Reads a GeoJSON FeatureCollection, Feature or bare geometry. Unknown geometry types are skipped; malformed
     * input throws with the {@code source} named.
     */
    static Basemap read(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null) {
            throw new IOException(source + ": empty GeoJSON file");
        }
        List<Part> parts = new ArrayList<>();
        collect(root, parts, source);
        return new Basemap(parts);
    }

    private static void collect(JsonNode node, List<Part> out, String source) throws IOException {
        String type = node.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                for (JsonNode f : node.path("features")) {
                    collect(f, out, source);
                }
            }
            case "Feature" -> {
                JsonNode g = node.path("geometry");
                if (g.isObject()) {
                    collect(g, out, source);
                }
            }
            case "GeometryCollection" -> {
                for (JsonNode g : node.path("geometries")) {
                    collect(g, out, source);
                }
            }
            case "Polygon" -> rings(node.path("coordinates"), true, out, source);
            case "MultiPolygon" -> {
                for (JsonNode poly : node.path("coordinates")) {
                    rings(poly, true, out, source);
                }
            }
            case "LineString" -> out.addAll(parts(node.path("coordinates"), false, source));
            case "MultiLineString" -> rings(node.path("coordinates"), false, out, source);
            default -> {
                // Points and unknown types carry nothing a background draws.
            }
        }
    }

    private static void rings(JsonNode rings, boolean polygon, List<Part> out, String source) throws IOException {
        for (JsonNode ring : rings) {
            out.addAll(parts(ring, polygon, source));
        }
    }

    /**
     * One ring or line, plus a copy shifted by a world width when it crosses the antimeridian: the longitudes are
     * unwrapped first (a jump of more than 180° means "continue on the other side"), so a ring such as Russia's or
     * Fiji's does not draw a line across the whole world.
     */
    private static List<Part> parts(JsonNode coords, boolean polygon, String source) throws IOException {
        if (!coords.isArray()) {
            throw new IOException(source + ": a geometry's \"coordinates\" must be an array of [lon, lat] pairs");
        }
        double[] lon = new double[coords.size()];
        double[] lat = new double[coords.size()];
        int i = 0;
        for (JsonNode c : coords) {
            if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                throw new IOException(source + ": expected a [lon, lat] pair, found " + c);
            }
            double l = c.get(0).asDouble();
            if (i > 0) {
                while (l - lon[i - 1] > 180) {
                    l -= 360;
                }
                while (l - lon[i - 1] < -180) {
                    l += 360;
                }
            }
            lon[i] = l;
            lat[i++] = c.get(1).asDouble();
        }
        List<Part> out = new ArrayList<>(1);
        out.add(part(lon, lat, 0, polygon));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double l : lon) {
            min = Math.min(min, l);
            max = Math.max(max, l);
        }
        if (min < -180) {
            out.add(part(lon, lat, 360, polygon));
        }
        if (max > 180) {
            out.add(part(lon, lat, -360, polygon));
        }
        return out;
    }

    private static Part part(double[] lon, double[] lat, double shiftDeg, boolean polygon) {
        double[] xy = new double[lon.length * 2];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lon.length; i++) {
            double x = WebMercator.x(lon[i] + shiftDeg); // linear, so valid beyond ±180° too
            double y = WebMercator.y(lat[i]);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new Part(polygon, xy, minX, minY, maxX, maxY);
    }
}
