package org.evwb.core.solve.report;

import java.util.List;
import java.util.Objects;

/**
 * A study's part of a run report: a heading, a short text, its charts and its tables, all data
 * ({@code StudyDefinition.reportSections}); the report package lays them out and draws them.
 */
public record ReportSection(String title, String text, List<ChartSpec> charts, List<TableSpec> tables) {

    public ReportSection {
        Objects.requireNonNull(title);
        text = text == null ? "" : text;
        charts = charts == null ? List.of() : List.copyOf(charts);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
