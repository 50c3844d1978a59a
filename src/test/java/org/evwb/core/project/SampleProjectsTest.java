package org.evwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evwb.core.geo.Geo;
import org.evwb.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample project loads, validates, has a description and something on the map; each holds what it promises. */
class SampleProjectsTest {

    private final ProjectIO io = new ProjectIO();

    static Path repo() {
        String prop = System.getProperty("evwb.repo");
        return prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(repo().resolve("sample-projects"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(ProjectIO.EXTENSION)).sorted().toList().stream();
        }
    }

    @Test
    void oneSamplePerStudyAndACombinedOne() throws IOException {
        Set<String> names = samples().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("motorway-a4.evwb.json", "motorway-a4-busy.evwb.json", "motorway-fig7.evwb.json",
                "exchange-london.evwb.json", "exchange-classroom.evwb.json", "edge-solar-day.evwb.json",
                "edge-small.evwb.json",
                "v2g-fleet.evwb.json", "netzero-highway.evwb.json", "combined.evwb.json"), names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void loadsWithDescriptionAndPlacedEntities(Path file, @TempDir Path dir) throws Exception {
        Project p = io.load(file);
        assertFalse(p.description().isBlank(), "description");
        assertFalse(p.description().contains("\n"), "a one-line description");
        assertFalse(p.name().isBlank(), "name");
        assertTrue(p.placedEntities().findAny().isPresent(), "something on the map");
        assertFalse(p.studies().isEmpty(), "a study set up");
        Path copy = dir.resolve(file.getFileName());
        io.save(p, copy);
        assertEquals(p, io.load(copy), "saves and reloads unchanged");
    }

    @Test
    void a4() throws Exception {
        Project p = load("motorway-a4");
        Motorway a4 = p.infrastructure().motorways().get(0);
        assertEquals(18, a4.nodes().size());
        assertEquals(104, a4.lengthKm());
        assertTrue(Geo.haversineKm(a4.nodes().get(0).position(), new GeoPoint(19.02, 50.26)) < 5, "starts in Katowice");
        assertTrue(Geo.haversineKm(a4.nodes().get(17).position(), new GeoPoint(19.94, 50.06)) < 5, "ends in Kraków");
        List<ChargingStation> cs = p.infrastructure().chargingStations();
        assertEquals(4, cs.size());
        for (ChargingStation s : cs) {
            assertEquals("a4", s.motorwayId());
            assertEquals(2, s.chargers().size());
            assertTrue(s.chainageKm() > 0 && s.chainageKm() < 104);
        }
        assertEquals(Set.of(16.0, 24.0), p.fleet().vehicleTypes().stream().map(VehicleType::batteryCapacityKWh)
                .collect(Collectors.toSet()));
        for (VehicleType t : p.fleet().vehicleTypes()) {
            List<DrivingMode> modes = t.drivingModes();
            assertEquals(6, modes.size(), t.id());
            for (int k = 0; k < modes.size(); k++) {
                double c = modes.get(k).consumptionWhPerKm();
                assertTrue(c >= 80 && c <= 250, t.id() + " consumption " + c);
                if (k > 0) {
                    assertTrue(c > modes.get(k - 1).consumptionWhPerKm(), "consumption rises with speed");
                }
            }
        }
        assertEquals(5, p.fleet().vehicles().size());
        assertTrue(p.fleet().vehicles().stream().allMatch(v -> v.trip() != null));
    }

    @Test
    void london() throws Exception {
        Project p = load("exchange-london");
        GeoPoint centre = new GeoPoint(-0.1276, 51.5072);
        assertEquals(5, p.infrastructure().baseStations().size());
        for (BaseStation b : p.infrastructure().baseStations()) {
            assertEquals(100, b.batteryCapacityKWh());
            assertTrue(b.bbuLoad() >= 0 && b.bbuLoad() <= 1);
        }
        assertEquals(60, p.fleet().vehicleTypes().get(0).batteryCapacityKWh());
        assertEquals(1000, p.fleet().vehicleTypes().get(0).massKg());
        List<Vehicle> evs = p.fleet().vehicles();
        assertEquals(150, evs.size());
        for (PlacedEntity e : p.placedEntities().toList()) {
            double dx = Geo.haversineKm(centre, new GeoPoint(e.position().lonDeg(), centre.latDeg()));
            double dy = Geo.haversineKm(centre, new GeoPoint(centre.lonDeg(), e.position().latDeg()));
            assertTrue(dx <= 1.26 && dy <= 1.26, e.id() + " inside the 2.5 km square");
        }
        for (Vehicle v : evs) {
            assertTrue(v.speedKmh() >= 20 && v.speedKmh() <= 50, v.id());
            assertTrue(v.socKWh() >= 6 && v.socKWh() <= 60, v.id() + " SoC 10–100 %");
        }
    }

    @Test
    void edgeDay() throws Exception {
        Project p = load("edge-solar-day");
        List<EdgeServer> es = p.infrastructure().edgeServers();
        assertEquals(2, es.size());
        assertEquals(Set.of(BatteryKind.FINITE, BatteryKind.NONE), es.stream().map(EdgeServer::batteryKind)
                .collect(Collectors.toSet()));
        for (EdgeServer e : es) {
            assertEquals(64, e.cores());
            assertEquals(2000, e.maxPowerW());
            assertEquals(500, e.staticPowerW());
        }
        TimeSeries solar = p.find(TimeSeries.class, es.get(0).solarSeriesId()).orElseThrow();
        assertEquals(1440, solar.size());
        assertEquals(1, solar.slotMinutes());
        double max = solar.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertTrue(max > 1900 && max <= 2000, "peak " + max);
        assertEquals(0, solar.values().get(0), "dark at midnight");
        GeneratorRecipe g = p.generators().get(0);
        assertEquals("edge-tasks", g.generator());
        assertEquals(100000, ((Number) g.parameters().get("tasksPerDay")).intValue());
    }

    @Test
    void v2g() throws Exception {
        Project p = load("v2g-fleet");
        assertEquals(50, p.fleet().vehicles().size());
        assertEquals(100, p.fleet().vehicleTypes().get(0).batteryCapacityKWh());
        assertTrue(p.fleet().vehicles().stream().allMatch(v -> v.targetSocKWh() != null
                && v.targetSocKWh() > v.socKWh() && v.socKWh() >= 10));
        for (TimeSeries ts : p.timeSeries()) {
            assertEquals(48, ts.size());
            assertEquals(15, ts.slotMinutes());
            assertEquals(18 * 60, ts.startMin());
        }
        double[] price = p.find(TimeSeries.class, "price").orElseThrow().toArray();
        int peak = argMax(price);
        int trough = argMax(java.util.Arrays.stream(price).map(x -> -x).toArray());
        assertTrue(peak < 16, "evening peak before 22:00, slot " + peak);
        assertTrue(trough > 24 && trough < 48, "night trough after midnight, slot " + trough);
        assertEquals(1, p.infrastructure().chargingStations().size());
    }

    @Test
    void netzero() throws Exception {
        Project p = load("netzero-highway");
        assertEquals(20, p.infrastructure().motorways().get(0).lengthKm());
        assertFalse(p.infrastructure().chargingStations().isEmpty());
        assertFalse(p.infrastructure().windSources().isEmpty());
        assertFalse(p.infrastructure().pvSources().isEmpty());
        VehicleType car = p.find(VehicleType.class, "car").orElseThrow();
        VehicleType bus = p.find(VehicleType.class, "bus").orElseThrow();
        VehicleType lorry = p.find(VehicleType.class, "lorry").orElseThrow();
        assertEquals(List.of(1619.0, 2375.0, 3556.0), List.of(car.massKg(), bus.massKg(), lorry.massKg()));
        assertEquals(List.of(40.0, 320.0, 112.0), List.of(car.batteryCapacityKWh(), bus.batteryCapacityKWh(),
                lorry.batteryCapacityKWh()));
        assertEquals(List.of(0.28, 0.6, 0.8), List.of(car.dragCoefficient(), bus.dragCoefficient(),
                lorry.dragCoefficient()));
        int n = p.fleet().vehicles().size();
        assertTrue(n >= 50 && n <= 70, "about 60 vehicles: " + n);
    }

    @Test
    void combinedHasEveryKind() throws Exception {
        Project p = load("combined");
        for (EntityKind k : EntityKind.values()) {
            assertFalse(p.entities(k).isEmpty(), k.toString());
        }
        assertEquals(Set.of("motorway", "exchange", "edge", "v2g", "netzero"),
                p.studies().stream().map(StudyConfig::study).collect(Collectors.toSet()));
    }

    private Project load(String name) throws ProjectFileException {
        return io.load(repo().resolve("sample-projects").resolve(name + ProjectIO.EXTENSION));
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
