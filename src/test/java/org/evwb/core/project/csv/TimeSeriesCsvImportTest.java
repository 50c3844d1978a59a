package org.evwb.core.project.csv;

import static org.evwb.core.project.csv.VehicleCsvImportTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evwb.core.project.BadProjectFixtures;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.junit.jupiter.api.Test;

class TimeSeriesCsvImportTest {

    private final TimeSeriesCsvImport importer = new TimeSeriesCsvImport();
    /** Already has a series "solar". */
    private final Project project = BadProjectFixtures.base();
    private final TimeSeriesCsvImport.Options quarterHours = new TimeSeriesCsvImport.Options(15, 1080, "kWh");

    @Test
    void columnPerSeriesWithUnitsInTheHeader() throws Exception {
        List<TimeSeries> ts = read("price [¤/kWh],residual\n0.1,100\n0.25,-20.5\n0.3,0\n", quarterHours);
        assertEquals(List.of(
                new TimeSeries("price", null, "¤/kWh", 1080, 15, List.of(0.1, 0.25, 0.3)),
                new TimeSeries("residual", null, "kWh", 1080, 15, List.of(100.0, -20.5, 0.0))), ts);
    }

    @Test
    void rowPerSeriesWithSlotMinutesAndValues() throws Exception {
        List<TimeSeries> ts = read("id,unit,slotMinutes,values,startMin\nprice,¤/kWh,15,\"0.1;0.2;0.3\",1080\n"
                + "load,kW,60,1 2 3 4,\n", null);
        assertEquals(List.of(new TimeSeries("price", null, "¤/kWh", 1080, 15, List.of(0.1, 0.2, 0.3)),
                new TimeSeries("load", null, "kW", 0, 60, List.of(1.0, 2.0, 3.0, 4.0))), ts);
        Project after = TimeSeriesCsvImport.edit(ts).apply(project);
        assertEquals(3, after.timeSeries().size());
    }

    @Test
    void badValuesNameRowAndColumn() {
        ProjectFileException e = refused("price,load\n1,2\n3,x\n5,6\n", quarterHours);
        assertEquals("prices.csv row 3, column load: \"x\" is not a number; write a plain number in kWh, without "
                + "units or text", e.problems().get(0).toString());
        assertMessage(refused("id,slotMinutes,values\np,15,1;2;abc\n", null), "prices.csv row 2, column values",
                "value 3, \"abc\", is not a finite number");
        assertMessage(refused("id,slotMinutes,values\np,15,\n", null), "prices.csv row 2, column values", "empty");
    }

    @Test
    void wrongUnitForSlotLengthIsRefused() {
        assertMessage(refused("id,slotSeconds,values\np,900,1;2\n", null), "prices.csv row 1, column slotSeconds",
                "expects 'slotMinutes', in minutes per slot");
    }

    @Test
    void seriesAreCheckedAgainstTheProject() {
        assertMessage(refused("id,slotMinutes,values\nsolar,15,1;2\n", null), "prices.csv row 2, column id",
                "duplicate id \"solar\"");
        assertMessage(refused("id,slotMinutes,values\np,0,1;2\n", null), "prices.csv row 2, column slotMinutes",
                "0 is below or equal to 0");
        assertMessage(refused("solar,x\n1,2\n", quarterHours), "prices.csv row 1, column solar",
                "duplicate id \"solar\"");
    }

    @Test
    void columnLayoutNeedsTheSlotLength() {
        assertMessage(refused("price\n1\n", null), "prices.csv row 1", "needs the slot length");
    }

    private List<TimeSeries> read(String csv, TimeSeriesCsvImport.Options o) throws ProjectFileException {
        return importer.read(csv.getBytes(StandardCharsets.UTF_8), "prices.csv", project, o);
    }

    private ProjectFileException refused(String csv, TimeSeriesCsvImport.Options o) {
        return assertThrows(ProjectFileException.class, () -> read(csv, o));
    }
}
