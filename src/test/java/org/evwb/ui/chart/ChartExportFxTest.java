package org.evwb.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export menu on a real chart viewer and table, with the file questions answered by a fake. */
@ExtendWith(ApplicationExtension.class)
class ChartExportFxTest {

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ChartViewer viewer;
    private TableView<String[]> table;

    static final class FakeDialogs implements ExportDialogs {
        final List<Path> answers = new ArrayList<>();
        double scale = 2;
        final List<Exception> failures = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String d) {
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }

        @Override
        public Optional<Double> choosePngScale(Window owner, int widthPx, int heightPx) {
            return Optional.of(scale);
        }

        @Override
        public void exportFailed(Window owner, Path file, Exception cause) {
            failures.add(cause);
        }
    }

    @Start
    void start(Stage stage) {
        viewer = new ChartViewer(org.evwb.core.chart.ChartFilesTest.chart());
        viewer.setPrefSize(500, 300);
        new ChartExport(dialogs).install(viewer, "trace");
        table = new TableView<>(FXCollections.observableArrayList(new String[] {"V1", "12.5"},
                new String[] {"V2", "7, approx"}));
        TableColumn<String[], String> id = new TableColumn<>("Vehicle");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()[0]));
        TableColumn<String[], String> soc = new TableColumn<>("SoC [kWh]");
        soc.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()[1]));
        table.getColumns().add(id);
        table.getColumns().add(soc);
        new TableExport(dialogs).install(table, "vehicles");
        stage.setScene(new Scene(new VBox(viewer, table), 520, 520));
        stage.show();
    }

    private MenuItem item(String text) {
        return viewer.getContextMenu().getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void theViewerMenuHasResetZoomAndOurExportActionsOnly() {
        List<String> texts = viewer.getContextMenu().getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null).toList();
        assertEquals(List.of("Reset zoom", "Export PNG…", "Export SVG…", "Export PDF…", "Copy image"), texts);
    }

    @Test
    void menuActionsWriteEachFormat(FxRobot robot) throws Exception {
        Path png = dir.resolve("t.png");
        Path svg = dir.resolve("t.svg");
        Path pdf = dir.resolve("t.pdf");
        dialogs.answers.addAll(List.of(png, svg, pdf));
        robot.interact(() -> List.of("Export PNG…", "Export SVG…", "Export PDF…").forEach(t -> item(t).fire()));
        assertEquals(List.of(), dialogs.failures);
        var img = ImageIO.read(png.toFile());
        assertEquals(Math.round(viewer.getWidth() * 2), img.getWidth());
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"));
    }

    @Test
    void cancellingTheFileQuestionWritesNothing(FxRobot robot) {
        robot.interact(() -> item("Export SVG…").fire());
        assertEquals(List.of(), dialogs.failures);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("cancel")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFailedWriteIsReportedNotThrown(FxRobot robot) throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.createDirectories(blocker.resolve("t.svg")); // a folder where the file should go
        dialogs.answers.add(blocker.resolve("t.svg"));
        robot.interact(() -> item("Export SVG…").fire());
        assertEquals(1, dialogs.failures.size());
    }

    @Test
    void tableExportsEveryRowWithItsHeaders(FxRobot robot) throws Exception {
        Path csv = dir.resolve("v.csv");
        dialogs.answers.add(csv);
        robot.interact(() -> table.getContextMenu().getItems().get(0).fire());
        // quoted only where RFC 4180 needs it (the shared CsvWriter)
        assertEquals("Vehicle,SoC [kWh]\nV1,12.5\nV2,\"7, approx\"\n", Files.readString(csv));
    }
}
