package org.evwb.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapTest {

    @Test
    void shippedWorldBasemapLoadsAndCoversEurope() {
        Basemap b = BasemapLoader.load(null, null);
        assertTrue(b.parts().size() > 500, "countries with their islands: " + b.parts().size());
        double fx = WebMercator.x(8.68);
        double fy = WebMercator.y(50.11); // Frankfurt
        assertTrue(b.parts().stream().anyMatch(p -> p.polygon() && p.minX() <= fx && p.maxX() >= fx
                && p.minY() <= fy && p.maxY() >= fy), "some country's box contains Frankfurt");
    }

    @Test
    void projectFieldNamesAFileBesideTheProject(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("roads.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0],[10,0]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon",
                   "coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}""");
        Basemap b = BasemapLoader.load("roads.geojson", dir.resolve("p.evwb.json"));
        assertEquals(2, b.parts().size());
        Basemap.Part line = b.parts().get(0);
        assertTrue(!line.polygon() && line.points() == 2);
        assertEquals(0.5, line.xy()[0], 1e-12, "lon 0 is the middle of the world");
        assertEquals(WebMercator.x(10), line.maxX(), 1e-12);
    }

    @Test
    void ringAcrossTheAntimeridianIsUnwrappedAndRepeatedOnTheOtherSide() throws IOException {
        Basemap b = Basemap.read(new ByteArrayInputStream(("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[179,60],[-179,60],[-179,62],[179,62],[179,60]]]}").getBytes(StandardCharsets.UTF_8)), "t");
        assertEquals(2, b.parts().size(), "the ring and its copy one world to the left");
        for (Basemap.Part p : b.parts()) {
            double widthDeg = (p.maxX() - p.minX()) * 360;
            assertEquals(2, widthDeg, 1e-9, "2 degrees wide, not 358");
        }
    }

    @Test
    void missingOrBrokenBasemapGivesEmptyMapNotAnError(@TempDir Path dir) throws IOException {
        assertSame(Basemap.EMPTY, BasemapLoader.load("no-such-basemap", dir.resolve("p.evwb.json")));
        Files.writeString(dir.resolve("bad.geojson"), "{\"type\":\"LineString\",\"coordinates\":[[0,\"x\"]]}");
        assertSame(Basemap.EMPTY, BasemapLoader.load("bad.geojson", dir.resolve("p.evwb.json")));
        IOException e = assertThrows(IOException.class, () -> Basemap.read(new ByteArrayInputStream(
                "{\"type\":\"LineString\",\"coordinates\":[[0,\"x\"]]}".getBytes(StandardCharsets.UTF_8)),
                "test.geojson"));
        assertTrue(e.getMessage().startsWith("test.geojson"), e.getMessage());
    }
}
