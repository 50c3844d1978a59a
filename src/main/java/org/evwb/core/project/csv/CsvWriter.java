package org.evwb.core.project.csv;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of the product: every CSV it writes (table exports, sweep rows, the exchange sweep's figures)
 * goes through here, as RFC 4180 text with {@code \n} line ends.
 *
 * <p>Cells come from project files and CSV imports (entity names, ids) and a spreadsheet opening the file evaluates a
 * cell that starts like a formula ({@code =HYPERLINK(…)}, {@code +cmd|' /C calc'!A0}). So, as OWASP recommends for
 * CSV injection, a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading {@code '}, which spreadsheets read as "this is text". Numbers stay numbers: a number cell,
 * or a text cell that is a plain decimal number ({@code -436.1}, {@code 1.5E-7}), is written as it is, so a negative
 * figure is still a figure in the spreadsheet.
 */
public final class CsvWriter {

    /** A plain decimal number as {@link Double#toString} or a person writes it: no sign but a leading minus. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvWriter() {
    }

    /**
     * A text cell made safe for a spreadsheet: a {@code '} before a leading {@code = + - @}, tab or carriage
     * return, unless the text is a plain number. Quoting is the writer's business, not this method's.
     */
    public static String defuse(String cell) {
        if (cell == null || cell.isEmpty() || !startsLikeAFormula(cell) || isPlainNumber(cell)) {
            return cell == null ? "" : cell;
        }
        return "'" + cell;
    }

    /** True for text a spreadsheet would start to evaluate: a leading {@code = + - @}, tab or carriage return. */
    public static boolean startsLikeAFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** True when the text is a plain decimal number ({@code 12}, {@code -0.5}, {@code 1.0E-7}). */
    public static boolean isPlainNumber(String cell) {
        return cell != null && PLAIN_NUMBER.matcher(cell).matches();
    }

    /**
     * Rows of cells as CSV text, the first row usually the header. A cell may be any value: {@code null} is an empty
     * cell, a {@link Number} or {@link Boolean} is written as it is, an enum by its name, anything else as its text,
     * defused ({@link #defuse}) and quoted where it needs it.
     */
    public static String toCsv(List<? extends List<?>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<?> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                sb.append(cell(row.get(c)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Records as CSV: a header row of the record's component names, then one row per record with its components'
     * values in declaration order.
     */
    public static <T extends Record> String records(Class<T> type, List<T> rows) {
        RecordComponent[] components = type.getRecordComponents();
        List<List<?>> table = new ArrayList<>(rows.size() + 1);
        List<String> header = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            header.add(c.getName());
        }
        table.add(header);
        for (T r : rows) {
            List<Object> cells = new ArrayList<>(components.length);
            for (RecordComponent c : components) {
                try {
                    cells.add(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of a " + type.getSimpleName(), e);
                }
            }
            table.add(cells);
        }
        return toCsv(table);
    }

    /** One cell as CSV text: defused text, quoted when it holds a comma, a quote or a line break. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            // a number is never defused: -5 must stay the number -5 (it cannot hold a comma or a quote either)
            return value.toString();
        }
        String text = defuse(value instanceof Enum<?> e ? e.name() : value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
