package org.evwb.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.evwb.core.chart.VectorCharts;
import org.evwb.core.solve.report.TableSpec;

/**
 * A report as one self-contained XHTML file: the text, tables, and every chart as inline SVG (Batik's generator, the
 * same as the chart export), no scripts, no external files. Well-formed XML, so any XML parser reads it.
 */
final class HtmlReport {

    static final int CHART_W = 720;
    static final int CHART_H = 400;

    private HtmlReport() {
    }

    static byte[] render(ReportDocument doc, Map<TableSpec, ReportWriter.Summary> summaries) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<title>").append(esc(doc.title())).append("</title>\n<style>\n")
                .append("body{font-family:Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 6px;")
                .append("text-align:left;font-size:90%}th{background:#eee}.alert{color:#b00000;font-weight:bold}\n")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:2px 1em}dt{font-weight:bold}")
                .append("dd{margin:0}figure{margin:1em 0}svg{max-width:100%;height:auto}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(doc.title())).append("</h1>\n");
        for (ReportDocument.Part p : doc.parts()) {
            if (p instanceof ReportDocument.Heading h) {
                b.append("<h2>").append(esc(h.text())).append("</h2>\n");
            } else if (p instanceof ReportDocument.Paragraph t) {
                b.append(t.alert() ? "<p class=\"alert\">" : "<p>").append(esc(t.text())).append("</p>\n");
            } else if (p instanceof ReportDocument.Fields f) {
                b.append("<dl>\n");
                f.fields().forEach(x -> b.append("<dt>").append(esc(x.name())).append("</dt><dd>")
                        .append(esc(x.value())).append("</dd>\n"));
                b.append("</dl>\n");
            } else if (p instanceof ReportDocument.Chart c) {
                b.append("<figure id=\"chart-").append(esc(c.spec().id())).append("\">\n");
                b.append(new String(VectorCharts.svg(ReportCharts.chart(c.spec()), CHART_W, CHART_H, true),
                        StandardCharsets.UTF_8));
                b.append("\n<figcaption>").append(esc(c.spec().title())).append("</figcaption>\n</figure>\n");
            } else if (p instanceof ReportDocument.Table t) {
                table(b, summaries.get(t.spec()));
            }
        }
        b.append("<p><small>Written by EV Energy Workbench.</small></p>\n</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder b, ReportWriter.Summary s) {
        TableSpec t = s.shown();
        b.append("<table id=\"table-").append(esc(t.id())).append("\">\n<caption>").append(esc(t.title()))
                .append("</caption>\n<tr>");
        t.columns().forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
        b.append("</tr>\n");
        for (var row : t.rows()) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (s.csvName() != null) {
            b.append("<p>").append(esc(ReportWriter.summaryLine(s))).append(" (<a href=\"").append(esc(s.csvName()))
                    .append("\">").append(esc(s.csvName())).append("</a>)</p>\n");
        }
    }

    /** Text for XHTML: the five XML specials escaped, characters XML 1.0 forbids dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
