package org.evwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;

/** Reads reports back the way a person would: PDF pages rendered and their text extracted; HTML parsed as XML. */
final class ReportContent {

    private ReportContent() {
    }

    /** The PDF's text; asserts every page renders to an image that is not blank. */
    static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            assertTrue(doc.getNumberOfPages() >= 1);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, 40);
                assertTrue(inked(img) > 50, file + ": page " + (i + 1) + " is blank");
            }
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Pixels that are not white. */
    static int inked(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The HTML file parsed by the JDK's XML parser (it is XHTML); fails when it is not well-formed. */
    static Document html(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** Asserts a PDF and an HTML report of the same document hold what a reader needs. */
    static void assertReports(ReportDocument doc, Path pdf, Path html, long seed, String verdict) throws Exception {
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Seed " + seed) || text.contains("seed " + seed), text);
        assertTrue(text.contains(verdict), () -> "the verdict " + verdict + " in " + text);
        assertTrue(text.contains("—"), "an em dash survives: " + text);
        for (var chart : doc.charts()) {
            assertTrue(text.contains(chart.title()), () -> "chart title " + chart.title() + " in " + text);
        }
        Document dom = html(html);
        List<org.w3c.dom.Node> svgs = new java.util.ArrayList<>();
        var list = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode().getNamespaceURI().equals("http://www.w3.org/1999/xhtml")) {
                svgs.add(list.item(i));
            }
        }
        assertEquals(doc.charts().size(), svgs.size(), "one inline SVG per chart");
        String all = dom.getDocumentElement().getTextContent();
        assertTrue(all.contains(verdict), all);
        for (var chart : doc.charts()) {
            assertTrue(all.contains(chart.title()), chart.title());
        }
    }
}
