package org.evwb.core.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.evwb.core.project.ProjectIO;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a chart to PNG (at a chosen scale), SVG (Apache Batik's SVG generator) or PDF (Apache PDFBox with the
 * rototor Graphics2D bridge) — all Apache-2.0, like the product. Pure AWT drawing, no JavaFX: usable from the UI,
 * the CLI and tests alike. Vector formats keep text as text; every file is written atomically.
 */
public final class ChartFiles {

    /** The file formats a chart exports to. */
    public enum Format {
        PNG("png", "PNG image"), SVG("svg", "SVG vector image"), PDF("pdf", "PDF document");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() {
            return extension;
        }

        public String description() {
            return description;
        }
    }

    private ChartFiles() {
    }

    /**
     * Writes the chart drawn at {@code widthPx × heightPx} logical pixels; a PNG is rendered at {@code scale} times
     * that (2 gives a sharp image for print), vector formats ignore the scale.
     */
    public static void write(JFreeChart chart, Format format, Path file, int widthPx, int heightPx, double scale)
            throws IOException {
        if (widthPx <= 0 || heightPx <= 0 || !(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("size must be positive and scale in (0, 10]: " + widthPx + " x "
                    + heightPx + " at " + scale);
        }
        byte[] bytes = switch (format) {
            case PNG -> png(chart, widthPx, heightPx, scale);
            case SVG -> svg(chart, widthPx, heightPx);
            case PDF -> pdf(chart, widthPx, heightPx);
        };
        ProjectIO.writeAtomically(file, bytes, false);
    }

    /** The chart as an image of {@code widthPx·scale × heightPx·scale} pixels. */
    public static BufferedImage image(JFreeChart chart, int widthPx, int heightPx, double scale) {
        int w = (int) Math.round(widthPx * scale);
        int h = (int) Math.round(heightPx * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle(widthPx, heightPx));
        } finally {
            g.dispose();
        }
        return img;
    }

    static byte[] png(JFreeChart chart, int w, int h, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image(chart, w, h, scale), "png", out);
        return out.toByteArray();
    }

    /**
     * The chart as an SVG document. Batik draws into a DOM of the JDK's own XML implementation; text stays text
     * ({@code <text>} elements, so the title can be searched and edited), written as UTF-8.
     */
    static byte[] svg(JFreeChart chart, int w, int h) throws IOException {
        Document dom;
        try {
            dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML implementation for SVG", e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(dom);
        ctx.setComment("EV Energy Workbench chart");
        ctx.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(ctx, false); // false: text as <text>, not as glyph outlines
        g.setSVGCanvasSize(new Dimension(w, h));
        chart.draw(g, new Rectangle(w, h));
        Element root = g.getRoot(dom.getDocumentElement());
        g.dispose();
        root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", "http://www.w3.org/1999/xlink");
        // the JDK's serializer rather than Batik's stream: no DOCTYPE, so no reader is sent to fetch the SVG 1.0 DTD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(dom), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write the SVG document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as a one-page vector PDF of {@code w × h} points. Text is drawn with the PDF standard fonts where
     * they have the glyphs (WinAnsi: "—", "§", "°", "²", "¤" and the rest of Latin-1), so it can be searched and copied;
     * text those fonts cannot encode (e.g. subscripts), and rotated text such as a range axis label, is drawn as
     * outlines rather than as "?".
     */
    static byte[] pdf(JFreeChart chart, int w, int h) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try (StandardFonts fonts = new StandardFonts()) {
                // without a text drawer the bridge draws every string as outlines: not searchable, not copyable
                g.setFontTextDrawer(fonts);
                chart.draw(g, new Rectangle(w, h));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            doc.getDocumentInformation().setTitle(chart.getTitle() == null ? "EV Energy Workbench chart"
                    : chart.getTitle().getText());
            doc.getDocumentInformation().setAuthor("EV Energy Workbench");
            doc.getDocumentInformation().setCreator("EV Energy Workbench");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The PDF standard fonts for the chart's text, one font object per face and document: the bridge would make a new
     * one per string, and PDFBox logs a warning for each on a machine without the Helvetica font file.
     */
    private static final class StandardFonts extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
        private final Map<Standard14Fonts.FontName, PDFont> fonts = new EnumMap<>(Standard14Fonts.FontName.class);

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            Standard14Fonts.FontName name = mapDefaultFonts(font);
            return name == null ? super.mapFont(font, env) : fonts.computeIfAbsent(name, PDType1Font::new);
        }
    }
}
