package org.evwb.core.study.netzero.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.SpeedProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported FCD (XML and CSV): profiles computed by hand, and malformed files refused naming the line and field. */
class FcdImportTest {

    private final NetzeroStudy study = new NetzeroStudy();

    @TempDir
    Path dir;

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <fcd-export>
              <timestep time="0.00">
                <vehicle id="a" speed="10.00" pos="0.00"/>
              </timestep>
              <timestep time="10.00">
                <vehicle id="a" speed="10.00" pos="100.00"/>
                <vehicle id="b" speed="20.00" pos="5.00"/>
              </timestep>
              <timestep time="20.00">
                <vehicle id="a" speed="0.00" pos="150.00"/>
                <vehicle id="b" speed="20.00" pos="205.00"/>
              </timestep>
              <timestep time="40.00">
                <vehicle id="a" speed="5.00" pos="200.00"/>
              </timestep>
            </fcd-export>
            """;

    private Map<String, FcdTrace> xml(String s) throws Exception {
        return new FcdReader().readXml(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "t.xml",
                RunContext.of(0));
    }

    @Test
    void segmentSpeedsAreLengthOverTimeIncludingStops() throws Exception {
        Map<String, FcdTrace> t = xml(XML);
        assertEquals(2, t.size());
        assertEquals(200, t.get("a").coveredM(), 1e-9);
        // a: 0–100 m in 10 s (36 km/h), 100–200 m in 30 s (12 km/h)
        SpeedProfile p = FcdProfiles.profile(t.get("a"), 0.2, 0.1, "t");
        assertEquals(36, p.speedKmh()[0], 1e-9);
        assertEquals(12, p.speedKmh()[1], 1e-9);
        assertEquals(36, p.entryKmh(), 1e-9);
        // a route twice the trace drives it again: 4 segments 36, 12, 36, 12
        SpeedProfile twice = FcdProfiles.profile(t.get("a"), 0.4, 0.1, "t");
        assertEquals(java.util.List.of(36.0, 12.0, 36.0, 12.0), java.util.Arrays.stream(twice.speedKmh())
                .map(v -> Math.round(v * 1e9) / 1e9).boxed().toList());
        assertTrue(twice.source().contains("repeated"), twice.source());
        assertEquals(0.4, twice.lengthKm(), 1e-12);
    }

    @Test
    void csvInSumosXml2csvLayoutReadsTheSameAsXml() throws Exception {
        String csv = "timestep_time;vehicle_id;vehicle_speed;vehicle_pos\n0;a;10;0\n10;a;10;100\n10;b;20;5\n"
                + "20;a;0;150\n20;b;20;205\n40;a;5;200\n";
        Map<String, FcdTrace> c = new FcdReader().readCsv(new StringReader(csv), "t.csv", RunContext.of(0));
        assertEquals(xml(XML), c);
    }

    @Test
    void malformedRowsAreNamedAndTheFileRefusedWhole() {
        String csv = "id,time,speed,pos\na,0,10,0\na,10,fast,100\nb,5,-3,0\na,0,10,120\nc,1,1\n";
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new FcdReader().readCsv(new StringReader(csv), "bad.csv", RunContext.of(0)));
        String m = e.problems().toString();
        assertTrue(m.contains("row 3") && m.contains("\"fast\" is not a number"), m);
        assertTrue(m.contains("row 4") && m.contains("speed -3.0 m/s is negative"), m);
        assertTrue(m.contains("row 5") && m.contains("does not follow"), m);
        assertTrue(m.contains("row 6") && m.contains("has 3 fields"), m);
        ProjectFileException h = assertThrows(ProjectFileException.class, () -> new FcdReader().readCsv(
                new StringReader("vehicle,t\n"), "h.csv", RunContext.of(0)));
        assertTrue(h.problems().toString().contains("lacks the column(s)"), h.problems().toString());
        ProjectFileException x = assertThrows(ProjectFileException.class, () -> xml("<routes><vehicle/></routes>"));
        assertTrue(x.problems().toString().contains("not a SUMO FCD file"), x.problems().toString());
        ProjectFileException broken = assertThrows(ProjectFileException.class,
                () -> xml("<fcd-export>\n<timestep time=\"0\">\n<vehicle id=\"a\" speed=\"1\" pos=\"0\">\n"));
        assertTrue(broken.problems().toString().contains("not well-formed XML"), broken.problems().toString());
    }

    NetzeroParameters fleet(int n) {
        Map<String, Object> o = new HashMap<>();
        o.put("fleetSize", n);
        o.put("routeMeanKm", 0.2);
        o.put("routeVarianceKm2", 0.001);
        return study.parameters().withOverrides(o);
    }

    @Test
    void anFcdFileWithUnknownVehicleIdsIsRefusedNamingTheIdAndLine() throws Exception {
        Path f = dir.resolve("foreign.xml");
        Files.writeString(f, XML);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new FcdImport(study).read(SumoIntegrationTest.sample(), fleet(5), f, RunContext.of(0)));
        String m = e.problems().toString();
        assertTrue(e.source().contains("foreign.xml"), e.source());
        assertTrue(m.contains("line 4") && m.contains("vehicle id \"a\" is not in the fleet"), m);
        assertTrue(m.contains("line 8") && m.contains("\"b\""), m);
    }

    @Test
    void anImportedFileFeedsItsEvsAndTheOthersKeepTheBuiltInProfile() throws Exception {
        NetzeroParameters p = fleet(5);
        NetzeroInstance base = study.buildInstanceWith(SumoIntegrationTest.sample(), p, null, null);
        String id = base.evs().get(2).id();
        Path f = dir.resolve("one.xml");
        Files.writeString(f, XML.replace("\"a\"", "\"" + id + "\"").replaceAll("<vehicle id=\"b\"[^>]*>", ""));
        FcdImport.Result r = new FcdImport(study).read(SumoIntegrationTest.sample(), p, f, RunContext.of(0));
        assertEquals(1, r.traced());
        assertEquals(5, r.vehicles());
        NetzeroEv ev = r.instance().evs().get(2);
        assertTrue(ev.profile().source().startsWith("one.xml"), ev.profile().source());
        assertTrue(ev.consumptionKWh() != base.evs().get(2).consumptionKWh());
        assertEquals(base.evs().get(0), r.instance().evs().get(0));
    }
}
