package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Project;
import org.evwb.core.project.TimeSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.evwb.ui.platform.AppState;

/** File ▸ Import through the real window: good files add one undoable edit, bad files change nothing. */
@ExtendWith(ApplicationExtension.class)
class CsvImportTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        var sample = wb.services.samples().list().stream()
                .filter(s -> s.fileName().equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void vehiclesAreAddedAsOneUndoableEditAndSelected(FxRobot robot) throws Exception {
        Path csv = home.resolve("fleet.csv");
        Files.writeString(csv, "id,name,typeId,lon,lat,socKWh\nX1,first,T1,19.1,50.2,10\nX2,second,T1,19.2,50.3,12.5\n");
        wb.files.toImport.add(csv);
        int[] added = new int[1];
        robot.interact(() -> added[0] = wb.window.imports().importVehicles());
        AppState state = wb.window.state();
        assertEquals(2, added[0]);
        assertEquals(5, state.getProject().entities(EntityKind.VEHICLE).size());
        assertEquals(2, state.getSelection().size());
        robot.interact(state::undo);
        assertEquals(3, state.getProject().entities(EntityKind.VEHICLE).size());
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingRowAndColumn(FxRobot robot) throws Exception {
        Path csv = home.resolve("bad.csv");
        Files.writeString(csv, "id,typeId,lon,lat,socKWh\nX1,T1,19.1,50.2,10\nX2,T1,19.2,50.3,abc\n");
        wb.files.toImport.add(csv);
        Project before = wb.window.state().getProject();
        robot.interact(() -> wb.window.imports().importVehicles());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, wb.window.state().getProject(), "nothing was added");
        ListView<?> problems = robot.lookup(".problem-list").queryAs(ListView.class);
        String first = problems.getItems().get(0).toString();
        assertTrue(first.contains("row 3") && first.contains("socKWh") && first.contains("abc"), first);
        robot.interact(() -> ((Stage) problems.getScene().getWindow()).close());
    }

    @Test
    void timeSeriesUseTheSlotLengthTheUserGives(FxRobot robot) throws Exception {
        Path csv = home.resolve("prices.csv");
        Files.writeString(csv, "price [¤/kWh],demand [kW]\n0.20,100\n0.25,120\n0.22,90\n");
        wb.files.toImport.add(csv);
        wb.files.slotMinutes.add(30.0);
        robot.interact(() -> wb.window.imports().importTimeSeries());
        var series = wb.window.state().getProject().timeSeries();
        TimeSeries price = series.stream().filter(s -> s.id().equals("price")).findFirst().orElseThrow();
        assertEquals(30.0, price.slotMinutes());
        assertEquals(3, price.size());
        assertEquals(0.25, price.values().get(1));
        assertEquals("¤/kWh", price.unit());
    }
}
