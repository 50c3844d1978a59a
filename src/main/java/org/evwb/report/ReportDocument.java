package org.evwb.report;

import java.util.List;
import java.util.Objects;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.TableSpec;

/**
 * A report as the writers see it: a title and its parts in order. {@link RunReports} makes the report of one run and
 * the comparison of several; {@link ReportWriter} lays any report out as PDF or HTML. Headless, no JavaFX.
 */
public record ReportDocument(String title, List<Part> parts) {

    public ReportDocument {
        Objects.requireNonNull(title);
        parts = List.copyOf(parts);
    }

    /** One part of a report. */
    public sealed interface Part permits Heading, Paragraph, Fields, Chart, Table { }

    /** A section heading. */
    public record Heading(String text) implements Part { }

    /** A paragraph; {@code alert} for a verdict or note the reader must not miss (shown in red). */
    public record Paragraph(String text, boolean alert) implements Part {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    /** Name–value pairs (parameters, timings, objectives). */
    public record Fields(List<Field> fields) implements Part {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A name and its value, as shown. */
    public record Field(String name, String value) { }

    /** A chart, drawn as vector graphics. */
    public record Chart(ChartSpec spec) implements Part { }

    /** A table; a long one is summarised and written in full as CSV beside the report. */
    public record Table(TableSpec spec) implements Part { }

    /** Every chart of the report, in order. */
    public List<ChartSpec> charts() {
        return parts.stream().filter(p -> p instanceof Chart).map(p -> ((Chart) p).spec()).toList();
    }
}
