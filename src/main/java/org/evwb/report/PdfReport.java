package org.evwb.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.evwb.core.chart.VectorCharts;
import org.evwb.core.solve.report.TableSpec;

/**
 * A report as an A4 PDF (Apache PDFBox): text in the PDF standard fonts, so it can be searched and copied ("§", "—",
 * "¤", "°" and the rest of WinAnsi intact; other characters spelled out or shown as "?"), charts as vector forms
 * (the same bridge as the chart export), tables with their headers, page breaks where needed.
 */
final class PdfReport {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final int CHART_W = 495;
    private static final int CHART_H = 290;

    private final PDDocument doc;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    private PdfReport(PDDocument doc) {
        this.doc = doc;
    }

    static byte[] render(ReportDocument report, Map<TableSpec, ReportWriter.Summary> summaries) throws IOException {
        try (PDDocument doc = new PDDocument(); VectorCharts.StandardFonts fonts = new VectorCharts.StandardFonts()) {
            PdfReport w = new PdfReport(doc);
            try {
                w.newPage();
                w.text(report.title(), w.bold, 16, 0);
                w.y -= 6;
                for (ReportDocument.Part p : report.parts()) {
                    w.part(p, summaries, fonts);
                }
            } finally {
                w.content.close();
            }
            doc.getDocumentInformation().setTitle(report.title());
            doc.getDocumentInformation().setAuthor("EV Energy Workbench");
            doc.getDocumentInformation().setCreator("EV Energy Workbench");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void part(ReportDocument.Part p, Map<TableSpec, ReportWriter.Summary> summaries,
                      VectorCharts.StandardFonts fonts) throws IOException {
        if (p instanceof ReportDocument.Heading h) {
            need(40);
            y -= 8;
            text(h.text(), bold, 12.5f, 0);
        } else if (p instanceof ReportDocument.Paragraph t) {
            text(t.text(), regular, 10, 0, t.alert() ? new float[] {0.7f, 0, 0} : null);
        } else if (p instanceof ReportDocument.Fields f) {
            for (ReportDocument.Field x : f.fields()) {
                need(14);
                float top = y;
                text(x.name(), bold, 9.5f, 0, null, 170);
                float afterName = y;
                y = top;
                text(x.value(), regular, 9.5f, 180, null, WIDTH - 180);
                y = Math.min(y, afterName);
            }
        } else if (p instanceof ReportDocument.Chart c) {
            need(CHART_H + 10);
            PDFormXObject form = VectorCharts.pdfForm(doc, ReportCharts.chart(c.spec()), CHART_W, CHART_H, fonts);
            y -= CHART_H + 4;
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(MARGIN, y));
            content.drawForm(form);
            content.restoreGraphicsState();
            y -= 6;
        } else if (p instanceof ReportDocument.Table t) {
            table(summaries.get(t.spec()));
        }
    }

    private void table(ReportWriter.Summary s) throws IOException {
        TableSpec t = s.shown();
        need(40);
        text(t.title(), bold, 10, 0);
        int n = Math.max(1, t.columns().size());
        float colW = WIDTH / n;
        float size = n > 8 ? 6.5f : 8.5f;
        row(t.columns(), bold, size, colW);
        for (List<String> r : t.rows()) {
            row(r, regular, size, colW);
        }
        if (s.csvName() != null) {
            text(ReportWriter.summaryLine(s), regular, 9, 0);
        }
        y -= 4;
    }

    /** One table row: every cell wraps within its column; the row is as tall as its tallest cell. */
    private void row(List<String> cells, PDFont font, float size, float colW) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (String c : cells) {
            List<String> w = wrap(safe(c, font), font, size, colW - 4);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float lead = size * 1.25f;
        need(lines * lead + 2);
        float top = y;
        for (int i = 0; i < wrapped.size(); i++) {
            float ly = top;
            for (String line : wrapped.get(i)) {
                ly -= lead;
                show(line, font, size, MARGIN + i * colW, ly);
            }
        }
        y = top - lines * lead - 2;
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y + 1);
        content.lineTo(MARGIN + WIDTH, y + 1);
        content.stroke();
    }

    private void text(String s, PDFont font, float size, float indent) throws IOException {
        text(s, font, size, indent, null, WIDTH - indent);
    }

    private void text(String s, PDFont font, float size, float indent, float[] rgb) throws IOException {
        text(s, font, size, indent, rgb, WIDTH - indent);
    }

    private void text(String s, PDFont font, float size, float indent, float[] rgb, float width) throws IOException {
        float lead = size * 1.3f;
        for (String line : wrap(safe(s, font), font, size, width)) {
            need(lead);
            y -= lead;
            if (rgb != null) {
                content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            }
            show(line, font, size, MARGIN + indent, y);
            if (rgb != null) {
                content.setNonStrokingColor(0f, 0f, 0f);
            }
        }
    }

    private void show(String line, PDFont font, float size, float x, float at) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, at);
        content.showText(line);
        content.endText();
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Greedy word wrap to {@code width} points; a word longer than a line is cut. */
    static List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : s.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String w = word;
                while (width(w, font, size) > width && w.length() > 1) {
                    int cut = w.length() - 1;
                    while (cut > 1 && width(w.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    out.add(w.substring(0, cut));
                    w = w.substring(cut);
                }
                line.append(w);
            }
            out.add(line.toString());
        }
        return out;
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /**
     * The text with what the standard fonts cannot encode replaced: a few signs spelled in ASCII ("⟨E⟩" → "<E>",
     * "✗" → "x", "≤" → "<="), anything else "?"; WinAnsi's own ("§", "—", "¤", "µ") stay.
     */
    static String safe(String s, PDFont font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            switch (cp) {
                case 0x27E8 -> b.append('<');
                case 0x27E9 -> b.append('>');
                case 0x2717, 0x2715 -> b.append('x');
                case 0x2713 -> b.append('v');
                case 0x2264 -> b.append("<=");
                case 0x2265 -> b.append(">=");
                case 0x2212 -> b.append('-');
                case 0x2192 -> b.append("->");
                case '\t' -> b.append(' ');
                case '\n' -> b.append('\n');
                default -> {
                    try {
                        font.encode(c);
                        b.append(c);
                    } catch (IOException | IllegalArgumentException e) {
                        b.append('?');
                    }
                }
            }
        });
        return b.toString();
    }
}
