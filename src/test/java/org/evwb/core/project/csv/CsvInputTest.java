package org.evwb.core.project.csv;

import static org.evwb.core.project.csv.VehicleCsvImportTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BadProjectFixtures;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.Vehicle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a CSV import must refuse rather than read as wrong data (text that is not UTF-8, two columns that differ only
 * in case, absurd row counts), and the import's behaviour at scale: many rows give the same vehicles and the same
 * problems as row-by-row adding would, in one step; a stop breaks it off with nothing returned.
 */
class CsvInputTest {

    private final VehicleCsvImport vehicles = new VehicleCsvImport();
    private final TimeSeriesCsvImport series = new TimeSeriesCsvImport();
    /** Types t1 (24 kWh), motorway m1 with nodes n1, n2, n3, vehicles v0…v3 and the series "solar". */
    private final Project project = BadProjectFixtures.base();

    @Test
    void latin1BytesAreRefusedWithRowAndCharacterNotReadAsReplacementCharacters() {
        byte[] latin1 = "id,name,typeId,lon,lat,socKWh\nx1,Kraków car,t1,19.1,50.1,5\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> vehicles.read(latin1, "fleet.csv", project));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("fleet.csv row 2", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("character 8: byte 0xF3 is not UTF-8 text"),
                e.getMessage());
        assertTrue(e.getMessage().contains("save it as UTF-8"), e.getMessage());
    }

    @Test
    void utf16IsRefusedWithSaveAsUtf8() {
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            byte[] bytes = "id,typeId,lon,lat,socKWh\nx1,t1,19.1,50.1,5\n".getBytes(cs);
            ProjectFileException e = assertThrows(ProjectFileException.class,
                    () -> vehicles.read(bytes, "fleet.csv", project), cs.name());
            assertMessage(e, "fleet.csv row 1", "UTF-16");
            assertMessage(e, "fleet.csv row 1", "save it as UTF-8");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        List<Vehicle> vs = vehicles.read("\uFEFFid,name,typeId,lon,lat,socKWh\nx1,Kraków,t1,19.1,50.1,5\n"
                .getBytes(StandardCharsets.UTF_8), "fleet.csv", project);
        assertEquals("x1", vs.get(0).id());
        assertEquals("Kraków", vs.get(0).name());
    }

    @Test
    void seriesColumnsThatDifferOnlyInCaseAreRefusedNotReadAsTheFirstTwice() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> series.read(
                "price,Price\n0.1,9\n0.2,8\n".getBytes(StandardCharsets.UTF_8), "prices.csv", project,
                TimeSeriesCsvImport.Options.everyMinutes(15, "")));
        assertMessage(e, "prices.csv row 1, column Price", "'price' (column 1) and 'Price' (column 2) differ only in "
                + "case");
    }

    @Test
    void vehicleColumnsThatDifferOnlyInCaseNameBoth() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> vehicles.read(
                "id,typeId,lon,lat,socKWh,SOCKWH\nx,t1,19,50,5,7\n".getBytes(StandardCharsets.UTF_8), "fleet.csv",
                project));
        assertMessage(e, "fleet.csv row 1, column SOCKWH", "'socKWh' (column 5) and 'SOCKWH' (column 6) differ only "
                + "in case");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.csv");
        StringBuilder b = new StringBuilder(2 * CsvTable.MAX_ROWS + 64).append("id,typeId,lon,lat,socKWh\n");
        for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
            b.append("x\n");
        }
        Files.writeString(f, b);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> vehicles.read(f, project));
        assertEquals(1, e.problems().size());
        assertEquals("huge.csv row " + (CsvTable.MAX_ROWS + 2), e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("more than 1,000,000 rows of data"), e.getMessage());
    }

    @Test
    void manyRowsGiveTheSameVehiclesAndProblemsAsAddingThemOneByOne(@TempDir Path dir) throws Exception {
        int n = 30_000;
        StringBuilder csv = new StringBuilder("id,typeId,lon,lat,socKWh\n");
        List<Vehicle> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double soc = i % 24;
            csv.append("w").append(i).append(",t1,19.").append(i % 100).append(",50.1,").append(soc).append('\n');
            expected.add(new Vehicle("w" + i, null, "t1", new GeoPoint(Double.parseDouble("19." + (i % 100)), 50.1),
                    soc, 0, null, null));
        }
        Path f = dir.resolve("many.csv");
        Files.writeString(f, csv);
        List<Vehicle> read = vehicles.read(f, project);
        assertEquals(expected, read);
        Project after = VehicleCsvImport.edit(read).apply(project);
        Project oneByOne = project;
        for (Vehicle v : expected.subList(0, 50)) {
            oneByOne = oneByOne.insert(v, -1);
        }
        assertEquals(oneByOne.fleet().vehicles(), after.fleet().vehicles().subList(0, 54));
        assertEquals(4 + n, after.entities(EntityKind.VEHICLE).size());
        assertTrue(new ProjectValidator().validate(after).isEmpty());
        assertEquals(project, VehicleCsvImport.edit(read).revert(after));

        // a duplicate id and an over-full battery deep in the file are found at their rows
        String bad = csv.toString().replace("\nw29000,", "\nw12,")
                .replace("\nw29001,t1,19.1,50.1," + (29001 % 24) + ".0\n", "\nw29001,t1,19.1,50.1,99\n");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> vehicles.read(bad.getBytes(StandardCharsets.UTF_8), "many.csv", project));
        assertMessage(e, "many.csv row 29002, column id", "duplicate id \"w12\"");
        assertMessage(e, "many.csv row 29003, column socKWh", "99 kWh is more than the battery");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void addingIsRefusedWholeForAnIdInUseOrGivenTwice() {
        Vehicle v0 = project.fleet().vehicles().get(0);
        Vehicle fresh = new Vehicle("fresh", null, "t1", new GeoPoint(19, 50), 1, 0, null, null);
        assertThrows(IllegalArgumentException.class, () -> project.appendAll(List.<Entity>of(fresh, v0)));
        assertThrows(IllegalArgumentException.class, () -> project.appendAll(List.<Entity>of(fresh, fresh)));
        assertThrows(IllegalArgumentException.class, () -> project.removeAll(List.of(fresh.ref())));
    }

    @Test
    void aStopBreaksTheImportOffAndReportsProgressBefore(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("id,typeId,lon,lat,socKWh\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("w").append(i).append(",t1,19.1,50.1,5\n");
        }
        Path f = dir.resolve("stop.csv");
        Files.writeString(f, csv);
        AtomicInteger reports = new AtomicInteger();
        List<Double> fractions = new ArrayList<>();
        ImportProgress stopAfterThree = new ImportProgress() {
            @Override
            public void report(double fraction, String text) {
                reports.incrementAndGet();
                fractions.add(fraction);
            }

            @Override
            public boolean stopRequested() {
                return reports.get() >= 3;
            }
        };
        assertThrows(CancellationException.class, () -> vehicles.read(f, project, stopAfterThree));
        assertEquals(3, reports.get());

        fractions.clear();
        ImportProgress watch = new ImportProgress() {
            @Override
            public void report(double fraction, String text) {
                fractions.add(fraction);
            }

            @Override
            public boolean stopRequested() {
                return false;
            }
        };
        assertEquals(20_000, vehicles.read(f, project, watch).size());
        assertTrue(fractions.stream().anyMatch(x -> x > 0 && x < 1), fractions.toString());
    }
}
