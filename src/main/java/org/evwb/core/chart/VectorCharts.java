package org.evwb.core.chart;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * JFreeChart charts as vector graphics, shared by the chart export ({@code ui.chart.ChartFiles}) and the run
 * reports: SVG through Apache Batik's SVG generator, PDF through Apache PDFBox with the rototor Graphics2D bridge —
 * all Apache-2.0, no JavaFX. Text stays text in both.
 */
public final class VectorCharts {

    private VectorCharts() {
    }

    /**
     * The chart as an SVG document (UTF-8, with an XML declaration unless {@code fragment}: then it is an {@code <svg>}
     * element to put inline in an XHTML page). Batik draws into a DOM of the JDK's own XML implementation; text stays
     * {@code <text>}, so a title can be searched.
     */
    public static byte[] svg(JFreeChart chart, int w, int h, boolean fragment) throws IOException {
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
        org.w3c.dom.Element root = g.getRoot(dom.getDocumentElement());
        g.dispose();
        root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", "http://www.w3.org/1999/xlink");
        // the JDK's serializer rather than Batik's stream: no DOCTYPE, so no reader is sent to fetch the SVG 1.0 DTD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            if (fragment) {
                t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            }
            t.transform(new DOMSource(dom), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write the SVG document: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The chart drawn as a PDF form of {@code w × h} points in {@code doc}, to be placed on a page with
     * {@code PDPageContentStream.drawForm}. Text is drawn with the PDF standard fonts where they have the glyphs
     * (WinAnsi: "—", "§", "°", "²", "¤" and the rest of Latin-1), so it can be searched and copied; text those fonts
     * cannot encode (e.g. subscripts), and rotated text, is drawn as outlines rather than as "?".
     */
    public static PDFormXObject pdfForm(PDDocument doc, JFreeChart chart, int w, int h, StandardFonts fonts)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        try {
            // without a text drawer the bridge draws every string as outlines: not searchable, not copyable
            g.setFontTextDrawer(fonts);
            chart.draw(g, new Rectangle(w, h));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /**
     * The PDF standard fonts for charts' text, one font object per face and document: the bridge would make a new
     * one per string, and PDFBox logs a warning for each on a machine without the Helvetica font file. One per
     * document; close it with the document.
     */
    public static final class StandardFonts extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
        /**
         * PDFBox logs "Using fallback font LiberationSans for base font Helvetica" for every standard font object
         * on a machine without the Adobe font files — hundreds of lines on stderr for one report, none of use to a
         * user (the substitute has the same metrics). Held here so the level is not lost with a collected logger.
         */
        private static final java.util.logging.Logger PDFBOX_FONTS =
                java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

        private final Map<Standard14Fonts.FontName, PDFont> fonts = new EnumMap<>(Standard14Fonts.FontName.class);

        public StandardFonts() {
            PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
        }

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            Standard14Fonts.FontName name = mapDefaultFonts(font);
            return name == null ? super.mapFont(font, env) : fonts.computeIfAbsent(name, PDType1Font::new);
        }
    }
}
