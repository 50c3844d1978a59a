package org.evwb.core.project.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BadProjectFixtures;
import org.evwb.core.project.MotorwayTrip;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.Vehicle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VehicleCsvImportTest {

    private final VehicleCsvImport importer = new VehicleCsvImport();
    /** Types t1 (24 kWh), motorway m1 with nodes n1, n2, n3 and vehicles v0…v3. */
    private final Project project = BadProjectFixtures.base();

    @Test
    void readsEveryColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("vehicles.csv");
        Files.writeString(f, """
                id,name,typeId,lon,lat,socKWh,speedKmh,targetSocKWh,motorwayId,entryNodeId,exitNodeId,arrivalMin
                a1,First car,t1,19.05,50.21,12.5,90,20,m1,n1,n3,15
                a2,,t1,19.06,50.22,3,,,,,,
                """);
        List<Vehicle> vs = importer.read(f, project);
        assertEquals(List.of(
                new Vehicle("a1", "First car", "t1", new GeoPoint(19.05, 50.21), 12.5, 90, 20.0,
                        new MotorwayTrip("m1", "n1", "n3", 15)),
                new Vehicle("a2", null, "t1", new GeoPoint(19.06, 50.22), 3, 0, null, null)), vs);
    }

    @Test
    void optionalColumnsMayBeAbsentAndOrderIsFree() throws Exception {
        List<Vehicle> vs = read("socKWh,lat,lon,typeId,id\n5,50.1,19.1,t1,x\n\n\n");
        assertEquals(List.of(new Vehicle("x", null, "t1", new GeoPoint(19.1, 50.1), 5, 0, null, null)), vs);
    }

    @Test
    void semicolonSeparatedWithByteOrderMarkIsRead() throws Exception {
        List<Vehicle> vs = read("\uFEFFid;typeId;lon;lat;socKWh\nx;t1;19.1;50.1;5\n");
        assertEquals("x", vs.get(0).id());
    }

    @Test
    void editAddsTheVehiclesAndUndoRemovesThem() throws Exception {
        List<Vehicle> vs = read("id,typeId,lon,lat,socKWh\nx,t1,19.1,50.1,5\ny,t1,19.2,50.1,6\n");
        var edit = VehicleCsvImport.edit(vs);
        Project after = edit.apply(project);
        assertEquals(6, after.fleet().vehicles().size());
        assertEquals(vs, after.fleet().vehicles().subList(4, 6));
        assertEquals(project, edit.revert(after));
    }

    @Test
    void notANumberNamesFileRowAndColumn() {
        StringBuilder csv = new StringBuilder("id,typeId,lon,lat,socKWh\n");
        for (int i = 0; i < 5; i++) {
            csv.append("x").append(i).append(",t1,19.1,50.1,5\n");
        }
        csv.append("x5,t1,19.1,50.1,abc\n"); // row 7: header is row 1
        ProjectFileException e = refused(csv.toString());
        assertEquals("vehicles.csv row 7, column socKWh: \"abc\" is not a number; write a plain number in kWh, "
                + "without units or text", e.problems().get(0).toString());
        assertEquals(1, e.problems().size());
    }

    @Test
    void wrongUnitInHeaderNamesTheExpectedUnit() {
        for (String header : List.of("socWh", "soc%", "SoC [%]", "soc")) {
            ProjectFileException e = refused("id,typeId,lon,lat," + header + "\nx,t1,19,50,5\n");
            Problem p = e.problems().get(0);
            assertEquals("vehicles.csv row 1, column " + header, p.path());
            assertTrue(p.message().contains("expects 'socKWh', in kWh of energy stored"), p.message());
        }
        Problem speed = refused("id,typeId,lon,lat,socKWh,speedMph\nx,t1,19,50,5,30\n").problems().get(0);
        assertTrue(speed.message().contains("expects 'speedKmh', in km/h"), speed.message());
        Problem target = refused("id,typeId,lon,lat,socKWh,targetSoc%\nx,t1,19,50,5,30\n").problems().get(0);
        assertTrue(target.message().contains("'targetSocKWh'"), target.message());
    }

    @Test
    void headerProblems() {
        assertMessage(refused("id,typeId,lon,lat,socKWh,colour\nx,t1,19,50,5,red\n"),
                "vehicles.csv row 1, column colour", "unknown column 'colour'");
        assertMessage(refused("id,typeId,lon,lat\nx,t1,19,50\n"), "vehicles.csv row 1",
                "the column 'socKWh' is missing");
        assertMessage(refused("id,typeId,lon,lat,socKWh,id\nx,t1,19,50,5,y\n"), "vehicles.csv row 1, column id",
                "appears twice");
        assertMessage(refused("id,typeId,lon,lat,socKWh,motorwayId\nx,t1,19,50,5,m1\n"), "vehicles.csv row 1",
                "the column 'entryNodeId' is missing; a trip needs all");
        assertMessage(refused("id,typeId,lon,lat,socKWh\n"), "vehicles.csv row 2", "no data rows");
        assertMessage(refused(""), "vehicles.csv row 1", "the file is empty");
    }

    @Test
    void cellProblemsAreAllReported() {
        ProjectFileException e = refused("""
                id,typeId,lon,lat,socKWh
                ,t1,19,50,5
                b,t1,"19,5",50,5
                c,t1,19,50,NaN
                d,t1,19,50,
                """);
        assertMessage(e, "vehicles.csv row 2, column id", "empty; every row needs its id");
        assertMessage(e, "vehicles.csv row 3, column lon", "uses a decimal comma; write 19.5");
        assertMessage(e, "vehicles.csv row 4, column socKWh", "is not a finite number");
        assertMessage(e, "vehicles.csv row 5, column socKWh", "this column needs a value in every row");
        assertEquals(4, e.problems().size());
    }

    @Test
    void vehiclesAreCheckedAgainstTheProject() {
        ProjectFileException e = refused("""
                id,typeId,lon,lat,socKWh,targetSocKWh,motorwayId,entryNodeId,exitNodeId,arrivalMin
                v0,t1,19,50,5,,,,,
                b,leaf,19,50,5,,,,,
                c,t1,19,50,30,,,,,
                d,t1,50,95,5,,,,,
                e,t1,19,50,-1,,,,,
                f,t1,19,50,5,,m1,n1,n9,10
                g,t1,19,50,5,,m1,n3,n1,10
                h,t1,19,50,5,,m7,n1,n3,10
                i,t1,19,50,5,25,,,,
                j,t1,19,50,5,,m1,n1,,10
                """);
        assertMessage(e, "vehicles.csv row 11, column exitNodeId", "empty; every row needs its exitNodeId when the "
                + "row has a trip");
        assertEquals(1, e.problems().size(), "cell problems first; the project check runs on readable rows");
        ProjectFileException f = refused("""
                id,typeId,lon,lat,socKWh,targetSocKWh,motorwayId,entryNodeId,exitNodeId,arrivalMin
                v0,t1,19,50,5,,,,,
                b,leaf,19,50,5,,,,,
                c,t1,19,50,30,,,,,
                d,t1,50,95,5,,,,,
                e,t1,19,50,-1,,,,,
                f,t1,19,50,5,,m1,n1,n9,10
                g,t1,19,50,5,,m1,n3,n1,10
                h,t1,19,50,5,,m7,n1,n3,10
                i,t1,19,50,5,25,,,,
                """);
        assertMessage(f, "vehicles.csv row 2, column id", "duplicate id \"v0\"");
        assertMessage(f, "vehicles.csv row 3, column typeId", "unknown vehicle type \"leaf\"");
        assertMessage(f, "vehicles.csv row 4, column socKWh", "30 kWh is more than the battery of type \"t1\"");
        assertMessage(f, "vehicles.csv row 5, column lon/lat", "are the columns swapped?");
        assertMessage(f, "vehicles.csv row 6, column socKWh", "-1 is below 0");
        assertMessage(f, "vehicles.csv row 7, column exitNodeId", "has no node \"n9\"");
        assertMessage(f, "vehicles.csv row 8, column exitNodeId", "must come after the entry node");
        assertMessage(f, "vehicles.csv row 9, column motorwayId", "unknown motorway \"m7\"");
        assertMessage(f, "vehicles.csv row 10, column targetSocKWh", "25 kWh is more than the battery");
        assertEquals(9, f.problems().size(), f.getMessage());
        assertTrue(f.getMessage().startsWith("vehicles.csv: 9 problems"), f.getMessage());
    }

    private List<Vehicle> read(String csv) throws ProjectFileException {
        return importer.read(csv.getBytes(StandardCharsets.UTF_8), "vehicles.csv", project);
    }

    private ProjectFileException refused(String csv) {
        return assertThrows(ProjectFileException.class, () -> read(csv));
    }

    static void assertMessage(ProjectFileException e, String path, String fragment) {
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.message().contains(fragment)),
                () -> "expected " + path + ": …" + fragment + "…, got:\n" + e.problems().stream()
                        .map(Problem::toString).collect(Collectors.joining("\n")));
    }
}
