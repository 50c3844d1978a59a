package org.evwb.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.project.Entity;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Vehicle;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing through the real window: property editor, table cells, linked selection, delete and undo. */
@ExtendWith(ApplicationExtension.class)
class EditingTest {

    private static final EntityRef EV1 = new EntityRef(EntityKind.VEHICLE, "EV1");
    private static final EntityRef EV2 = new EntityRef(EntityKind.VEHICLE, "EV2");

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
        state = wb.window.state();
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private double soc(String id) {
        return state.getProject().find(Vehicle.class, id).orElseThrow().socKWh();
    }

    private void focusTable(FxRobot robot) {
        robot.interact(() -> wb.window.tables().table(EntityKind.VEHICLE).table().requestFocus());
    }

    @Test
    void anEditInThePropertyEditorIsUndoneAndRedone(FxRobot robot) {
        robot.interact(() -> state.select(EV1));
        TextField soc = robot.lookup("#prop-socKWh").queryAs(TextField.class);
        assertEquals("20", soc.getText());

        robot.doubleClickOn(soc).eraseText(4).write("25").type(KeyCode.ENTER);
        assertEquals(25, soc("EV1"));
        assertEquals("Change SoC (kWh) of vehicle EV1", state.undoLabelProperty().get());

        focusTable(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(20, soc("EV1"));
        assertEquals("20", robot.lookup("#prop-socKWh").queryAs(TextField.class).getText());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(25, soc("EV1"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(25, soc("EV1"), "Ctrl+Shift+Z redoes too");
    }

    @Test
    void outOfRangeAndNaNAreRefusedWithTheFieldAndRangeAndTheValueReverts(FxRobot robot) {
        robot.interact(() -> state.select(EV1));
        TextField soc = robot.lookup("#prop-socKWh").queryAs(TextField.class);
        robot.doubleClickOn(soc).eraseText(4).write("-3").type(KeyCode.ENTER);
        String msg = wb.window.properties().message();
        assertTrue(msg.contains("SoC (kWh)") && msg.contains("at least 0 kWh"), msg);
        assertTrue(robot.lookup(".property-error").tryQuery().isPresent());
        assertEquals("20", soc.getText());
        assertEquals(20, soc("EV1"));
        assertFalse(state.canUndoProperty().get());

        TextField lat = robot.lookup("#prop-position-lat").queryAs(TextField.class);
        robot.doubleClickOn(lat).eraseText(12).write("NaN").type(KeyCode.ENTER);
        msg = wb.window.properties().message();
        assertTrue(msg.contains("Latitude (°)") && msg.contains("between -90 and 90"), msg);
        assertEquals("50.26", lat.getText());
        assertFalse(state.isDirty());
    }

    @Test
    void anEditInATableCellIsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> state.select(EV2));
        TableView<?> table = robot.lookup("#table-vehicles").queryAs(TableView.class);
        Node cell = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "col-socKWh".equals(c.getTableColumn().getId()) && "30".equals(c.getText())).query();
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("35").type(KeyCode.ENTER);
        assertEquals(35, soc("EV2"));
        assertEquals("Change SoC (kWh) of vehicle EV2", state.undoLabelProperty().get());

        focusTable(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(30, soc("EV2"));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(35, soc("EV2"));
    }

    private static final EntityRef CS2 = new EntityRef(EntityKind.CHARGING_STATION, "CS2");

    private double chainage(String id) {
        return state.getProject().find(org.evwb.core.project.ChargingStation.class, id).orElseThrow().chainageKm();
    }

    @Test
    void theEditorRefusesWhatTheValidatorRefusesAndTheMessageGoesWithUndo(FxRobot robot) {
        robot.interact(() -> state.select(CS2));
        TextField km = robot.lookup("#prop-chainageKm").queryAs(TextField.class);
        assertEquals("3.5", km.getText());

        // in range for the field (≥ 0) but beyond the end of the 20 km motorway: the file load refuses it, so must the editor
        robot.doubleClickOn(km).eraseText(6).write("999").type(KeyCode.ENTER);
        String msg = wb.window.properties().message();
        assertTrue(msg.contains("Chainage (km)") && msg.contains("beyond the end of motorway \"M1\"")
                && msg.contains("20 km"), msg);
        assertEquals(3.5, chainage("CS2"));
        assertEquals("3.5", robot.lookup("#prop-chainageKm").queryAs(TextField.class).getText(), "the field reverts");
        assertFalse(state.canUndoProperty().get(), "nothing was performed");
        assertTrue(new org.evwb.core.project.ProjectValidator().validate(state.getProject()).isEmpty());

        // the next good edit clears the message
        km = robot.lookup("#prop-chainageKm").queryAs(TextField.class);
        robot.doubleClickOn(km).eraseText(6).write("12").type(KeyCode.ENTER);
        assertEquals(12, chainage("CS2"));
        assertEquals("", wb.window.properties().message());

        // a refused edit, then undo (of the good one): the message goes
        km = robot.lookup("#prop-chainageKm").queryAs(TextField.class);
        robot.doubleClickOn(km).eraseText(6).write("20.5").type(KeyCode.ENTER);
        assertTrue(wb.window.properties().message().contains("beyond the end"), wb.window.properties().message());
        robot.interact(state::undo);
        assertEquals(3.5, chainage("CS2"));
        assertEquals("", wb.window.properties().message());
        assertTrue(robot.lookup(".property-error").tryQuery().isEmpty());
    }

    @Test
    void aCrossEntityRuleIsKeptByTableCellsToo(FxRobot robot) {
        robot.interact(() -> state.select(EV2));
        TableView<?> table = robot.lookup("#table-vehicles").queryAs(TableView.class);
        Node cell = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "col-socKWh".equals(c.getTableColumn().getId()) && "30".equals(c.getText())).query();
        robot.doubleClickOn(cell);
        // 70 kWh is a valid SoC on its own, but more than type T1's 60 kWh battery
        robot.push(KeyCode.CONTROL, KeyCode.A).write("70").type(KeyCode.ENTER);
        assertEquals(30, soc("EV2"));
        assertFalse(state.canUndoProperty().get());
        String msg = robot.lookup(".status-error").queryAs(Label.class).getText();
        assertTrue(msg.contains("Vehicle EV2, SoC (kWh)") && msg.contains("more than the battery of type \"T1\""), msg);

        Node again = robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "col-socKWh".equals(c.getTableColumn().getId()) && "30".equals(c.getText())).query();
        robot.doubleClickOn(again);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("55").type(KeyCode.ENTER);
        assertEquals(55, soc("EV2"));
        assertEquals("", robot.lookup(".status-error").queryAs(Label.class).getText(), "a good edit clears it");
    }

    @Test
    void selectionIsLinkedBothWays(FxRobot robot) {
        robot.interact(() -> wb.window.tables().showKind(EntityKind.VEHICLE));
        TableView<?> vehicles = robot.lookup("#table-vehicles").queryAs(TableView.class);
        Node row = robot.from(vehicles).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "EV2".equals(c.getText())).query();
        robot.clickOn(row);
        assertEquals(List.of(EV2), state.getSelection());
        assertEquals("Vehicle EV2", robot.lookup(".property-heading").queryAs(Label.class).getText());
        assertEquals("30", robot.lookup("#prop-socKWh").queryAs(TextField.class).getText());

        EntityRef cs2 = new EntityRef(EntityKind.CHARGING_STATION, "CS2");
        robot.interact(() -> state.select(cs2));
        TableView<?> stations = robot.lookup("#table-chargingStations").queryAs(TableView.class);
        assertEquals("CS2", ((Entity) stations.getSelectionModel().getSelectedItem()).id());
        assertEquals(1, stations.getSelectionModel().getSelectedItems().size());
        assertTrue(vehicles.getSelectionModel().getSelectedItems().isEmpty());
        assertEquals(List.of(cs2), state.getSelection(), "the echo from the table did not change the selection");
        assertTrue(stations.isVisible(), "the table of the selected kind comes to the front");
    }

    @Test
    void deleteRemovesTheSelectionAndUndoPutsItBackInPlace(FxRobot robot) {
        robot.interact(() -> state.select(EV2));
        focusTable(robot);
        robot.type(KeyCode.DELETE);
        assertEquals(List.of("EV1", "EV3"), ids());
        assertTrue(state.getSelection().isEmpty(), "the deleted entity is no longer selected");
        assertEquals("Delete vehicle EV2", state.undoLabelProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of("EV1", "EV2", "EV3"), ids());
        assertEquals(3, robot.lookup("#table-vehicles").queryAs(TableView.class).getItems().size());
    }

    @Test
    void deletingAVehicleTypeInUseIsRefusedNamingTheVehicles(FxRobot robot) {
        robot.interact(() -> state.select(new EntityRef(EntityKind.VEHICLE_TYPE, "T1")));
        robot.interact(() -> menuItem(robot, "menu-delete").fire()); // Edit ▸ Delete
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup(".error-dialog .content").queryAs(Label.class).getText();
        assertTrue(text.contains("vehicle EV1 is of vehicle type T1"), text);
        assertTrue(text.contains("vehicle EV3"), text);
        assertEquals(1, state.getProject().fleet().vehicleTypes().size());
        assertFalse(state.isDirty());
    }

    private List<String> ids() {
        return state.getProject().fleet().vehicles().stream().map(Vehicle::id).toList();
    }

    /** A menu item of the window's menu bar by its id. */
    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
