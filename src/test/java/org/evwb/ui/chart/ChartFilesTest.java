package org.evwb.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path dir;

    static JFreeChart chart() {
        XYSeries s = new XYSeries("best energy");
        for (int i = 0; i < 50; i++) {
            s.add(i, -Math.sqrt(i));
        }
        return ChartFactory.createXYLineChart("Annealing trace", "sweep", "energy", new XYSeriesCollection(s));
    }

    @Test
    void pngHasTheRequestedResolution() throws Exception {
        Path f = dir.resolve("c.png");
        ChartFiles.write(chart(), ChartFiles.Format.PNG, f, 400, 250, 2);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(500, img.getHeight());
        // Not a blank image: the chart background and the plot differ somewhere.
        assertTrue(img.getRGB(5, 5) != img.getRGB(400, 250) || img.getRGB(5, 5) != img.getRGB(700, 100));
    }

    @Test
    void svgIsAVectorDocumentOfTheRequestedSizeWithTheTitleText() throws Exception {
        Path f = dir.resolve("c.svg");
        ChartFiles.write(chart(), ChartFiles.Format.SVG, f, 400, 250, 1);
        String svg = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("width='400.0'") && svg.contains("height='250.0'"), svg.substring(0, 300));
        assertTrue(svg.contains("<path") || svg.contains("<line"), "the chart's lines are drawn as vectors");
        assertTrue(svg.contains("Annealing trace"), "text is kept as text");
    }

    @Test
    void pdfIsAPdfDocument() throws Exception {
        Path f = dir.resolve("c.pdf");
        ChartFiles.write(chart(), ChartFiles.Format.PDF, f, 400, 250, 1);
        byte[] b = Files.readAllBytes(f);
        String head = new String(b, 0, 8, StandardCharsets.US_ASCII);
        String tail = new String(b, b.length - 8, 8, StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("%PDF-"), head);
        assertTrue(tail.contains("%%EOF"), tail);
        assertTrue(new String(b, StandardCharsets.ISO_8859_1).contains("Annealing trace"), "title in metadata");
    }

    @Test
    void badSizesAreRefusedAndNothingIsWritten() {
        Path f = dir.resolve("x.png");
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(chart(), ChartFiles.Format.PNG, f, 0, 100, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(chart(), ChartFiles.Format.PNG, f, 100, 100, Double.NaN));
        assertTrue(Files.notExists(f));
    }

    @Test
    void csvQuotesCellsThatNeedIt() {
        String csv = TableExport.toCsv(List.of(List.of("EV", "note"), List.of("V1", "a, b"),
                List.of("V2", "say \"hi\"")));
        assertEquals("EV,note\nV1,\"a, b\"\nV2,\"say \"\"hi\"\"\"\n", csv);
    }
}
