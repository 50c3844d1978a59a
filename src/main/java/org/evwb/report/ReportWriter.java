package org.evwb.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.csv.CsvWriter;
import org.evwb.core.solve.report.TableSpec;

/**
 * Writes a {@link ReportDocument} as PDF ({@link PdfReport}) or as one self-contained HTML file with inline SVG
 * ({@link HtmlReport}), atomically; a table longer than {@link #SUMMARY_ROWS} rows shows its first rows and is
 * written in full as CSV beside the report ({@code REPORT-TABLEID.csv}).
 */
public final class ReportWriter {

    /** Rows of a table shown in the report; a longer one is summarised, the whole written as CSV beside it. */
    public static final int SUMMARY_ROWS = 25;

    /** The formats a report is written in. */
    public enum Format {
        PDF("pdf"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name asks for ({@code .pdf}, {@code .html}/{@code .htm}); null for neither. */
        public static Format ofFile(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".pdf") ? PDF : n.endsWith(".html") || n.endsWith(".htm") ? HTML : null;
        }

        /** {@code pdf} or {@code html}, any case; null for anything else. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private ReportWriter() {
    }

    /** A long table in a report: the rows shown and the CSV file with all of them (null when all are shown). */
    record Summary(TableSpec shown, int total, String csvName) { }

    /** Writes the report and the CSV files of its long tables; returns every file written, the report first. */
    public static List<Path> write(ReportDocument doc, Format format, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        String base = out.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Map<TableSpec, Summary> summaries = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        written.add(out);
        for (ReportDocument.Part p : doc.parts()) {
            if (p instanceof ReportDocument.Table t) {
                TableSpec spec = t.spec();
                if (spec.rows().size() > SUMMARY_ROWS) {
                    String csv = base + "-" + spec.id() + ".csv";
                    List<List<String>> all = new ArrayList<>();
                    all.add(spec.columns());
                    all.addAll(spec.rows());
                    Path file = dir.resolve(csv);
                    ProjectIO.writeAtomically(file, CsvWriter.toCsv(all).getBytes(StandardCharsets.UTF_8), false);
                    written.add(file);
                    summaries.put(spec, new Summary(new TableSpec(spec.id(), spec.title(), spec.columns(),
                            spec.rows().subList(0, SUMMARY_ROWS)), spec.rows().size(), csv));
                } else {
                    summaries.put(spec, new Summary(spec, spec.rows().size(), null));
                }
            }
        }
        byte[] bytes = format == Format.PDF ? PdfReport.render(doc, summaries) : HtmlReport.render(doc, summaries);
        ProjectIO.writeAtomically(out, bytes, false);
        return written;
    }

    /** The line under a summarised table. */
    static String summaryLine(Summary s) {
        return "First " + s.shown().rows().size() + " of " + s.total() + " rows; the full table is in " + s.csvName()
                + " beside this report.";
    }
}
