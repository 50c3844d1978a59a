package org.evwb.core.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.evwb.core.project.ProjectIO;
import org.jfree.chart.JFreeChart;

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

    /** The chart as an SVG document ({@link VectorCharts#svg}, shared with the run reports). */
    static byte[] svg(JFreeChart chart, int w, int h) throws IOException {
        return VectorCharts.svg(chart, w, h, false);
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
            try (VectorCharts.StandardFonts fonts = new VectorCharts.StandardFonts();
                 PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(VectorCharts.pdfForm(doc, chart, w, h, fonts));
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
}
