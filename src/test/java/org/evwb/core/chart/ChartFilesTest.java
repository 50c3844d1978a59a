package org.evwb.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ChartFilesTest {

    @TempDir
    Path dir;

    public static JFreeChart chart() {
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
        org.w3c.dom.Element root = parse(f).getDocumentElement();
        assertEquals(400, Double.parseDouble(root.getAttribute("width")), 0, svg.substring(0, 300));
        assertEquals(250, Double.parseDouble(root.getAttribute("height")), 0, svg.substring(0, 300));
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
        try (PDDocument doc = Loader.loadPDF(b)) { // the info dictionary may sit in a compressed object stream
            assertEquals("Annealing trace", doc.getDocumentInformation().getTitle(), "title in metadata");
        }
    }

    @Test
    void pdfKeepsTextAsTextWithEveryCharacterTheChartsUse() throws Exception {
        // the penalty sweep's "§", em dashes in titles, degrees and squared units in axis labels, a currency sign
        // (the range axis label is rotated, which the PDF bridge draws as outlines: the figures go in the others)
        JFreeChart chart = ChartFactory.createXYLineChart("Penalty sweep — § 4.2", "temperature (°C), cost (¤ per m²)",
                "energy", new XYSeriesCollection(new XYSeries("best energy")));
        Path f = dir.resolve("c.pdf");
        ChartFiles.write(chart, ChartFiles.Format.PDF, f, 400, 250, 1);
        try (PDDocument doc = Loader.loadPDF(f.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("Penalty sweep", "—", "§ 4.2", "°C", "¤", "m²")) {
                assertTrue(text.contains(s), "\"" + s + "\" is not text in the PDF: " + text);
            }
            assertEquals("Penalty sweep — § 4.2", doc.getDocumentInformation().getTitle());
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void svgParsesAsXmlAndKeepsTheTitleAndNonAsciiText() throws Exception {
        JFreeChart chart = ChartFactory.createXYLineChart("Fig. 4 — CO₂ § 2", "EVs", "kg",
                new XYSeriesCollection(new XYSeries("qubo")));
        Path f = dir.resolve("c.svg");
        ChartFiles.write(chart, ChartFiles.Format.SVG, f, 400, 250, 1);
        org.w3c.dom.Document doc = parse(f);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Fig. 4 — CO₂ § 2"),
                doc.getDocumentElement().getTextContent());
    }

    /** An exported SVG as XML; no DOCTYPE, so that no reader goes to fetch a DTD. */
    private static org.w3c.dom.Document parse(Path f) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(f.toFile());
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
}
