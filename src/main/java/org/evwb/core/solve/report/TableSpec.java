package org.evwb.core.solve.report;

import java.util.List;
import java.util.Objects;

/**
 * A table a study contributes to a run report, as text cells. A long table is summarised in the report (its first
 * rows) and written in full as CSV beside it.
 *
 * @param id      a short id, unique within the report ({@code trips}); names the CSV file
 * @param title   the table's title
 * @param columns column headers, with units ("Start (min)")
 * @param rows    the rows, each as long as {@code columns}
 */
public record TableSpec(String id, String title, List<String> columns, List<List<String>> rows) {

    public TableSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row " + i + " has " + rows.get(i).size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }
}
