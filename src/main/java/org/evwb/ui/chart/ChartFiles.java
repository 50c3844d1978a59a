package org.evwb.ui.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.evwb.core.project.ProjectIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart to PNG (at a chosen scale), SVG (JFreeSVG) or PDF (JFreePDF). Pure AWT drawing, no JavaFX: usable
 * from the UI, the CLI and tests alike. Every file is written atomically.
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
            case SVG -> svg(chart, widthPx, heightPx).getBytes(StandardCharsets.UTF_8);
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

    static String svg(JFreeChart chart, int w, int h) {
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        chart.draw(g, new Rectangle(w, h));
        return g.getSVGDocument();
    }

    static byte[] pdf(JFreeChart chart, int w, int h) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() == null ? "EV Energy Workbench chart" : chart.getTitle().getText());
        doc.setAuthor("EV Energy Workbench");
        Page page = doc.createPage(new Rectangle(w, h));
        PDFGraphics2D g = page.getGraphics2D();
        chart.draw(g, new Rectangle(w, h));
        return doc.getPDFBytes();
    }
}
