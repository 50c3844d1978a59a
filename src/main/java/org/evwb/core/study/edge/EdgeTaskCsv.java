package org.evwb.core.study.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;

/**
 * Imports a server's tasks from CSV (real traces instead of the recipe): a header row, then one task per row with
 * columns {@code arrivalSlot}, {@code deadlineSlot} (d = a + 1 + k, so k = d − a − 1 must be 0..5),
 * {@code utilisation} (cores, 0 < u ≤ 1) and optionally {@code revenue} (default SPEC's {@code ρ·u·(2 − k/5)} with
 * the given ρ). Columns are found by name in any order, separated by commas or semicolons. Every problem names the
 * file, the row (1 = the header) and the column, and what to do; all of them are reported, nothing is half-imported.
 * Solar input is imported with the project's time-series import ({@code core.project.csv.TimeSeriesCsvImport}).
 */
public final class EdgeTaskCsv {

    static final List<String> REQUIRED = List.of("arrivalSlot", "deadlineSlot", "utilisation");

    private EdgeTaskCsv() {
    }

    public static List<EdgeTask> read(Path file, int slots, double rho) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "", "cannot read the file: " + e.getMessage());
        }
        return parse(bytes, file.getFileName().toString(), slots, rho);
    }

    /** Parses CSV text; {@code slots} is the day's T (arrivals must be inside it). */
    public static List<EdgeTask> parse(byte[] bytes, String source, int slots, double rho)
            throws ProjectFileException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<Problem> problems = new ArrayList<>();
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new ProjectFileException(source, "row 1", "no header; the first row names the columns "
                    + String.join(", ", REQUIRED) + " (and optionally revenue)");
        }
        String sep = lines[0].contains(";") && !lines[0].contains(",") ? ";" : ",";
        String[] header = lines[0].split(sep, -1);
        int[] col = new int[4];
        String[] names = {"arrivalSlot", "deadlineSlot", "utilisation", "revenue"};
        for (int c = 0; c < names.length; c++) {
            col[c] = -1;
            for (int h = 0; h < header.length; h++) {
                if (header[h].strip().equalsIgnoreCase(names[c])) {
                    col[c] = h;
                }
            }
            if (col[c] < 0 && c < 3) {
                problems.add(new Problem("row 1", "no column '" + names[c] + "'; the header has "
                        + List.of(header) + "; add it (columns: " + String.join(", ", REQUIRED)
                        + ", optional revenue)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        List<EdgeTask> tasks = new ArrayList<>();
        for (int r = 1; r < lines.length; r++) {
            if (lines[r].isBlank()) {
                continue;
            }
            String[] cells = lines[r].split(sep, -1);
            String row = "row " + (r + 1);
            int before = problems.size();
            Double a = number(cells, col[0], row, names[0], problems);
            Double d = number(cells, col[1], row, names[1], problems);
            Double u = number(cells, col[2], row, names[2], problems);
            Double rev = col[3] >= 0 && col[3] < cells.length && !cells[col[3]].isBlank()
                    ? number(cells, col[3], row, names[3], problems) : null;
            if (problems.size() > before) {
                continue;
            }
            if (a != Math.rint(a) || a < 0 || a >= slots) {
                problems.add(new Problem(row + ", column arrivalSlot", "must be a whole slot 0.." + (slots - 1)
                        + ", was " + a));
                continue;
            }
            if (d != Math.rint(d) || d <= a) {
                problems.add(new Problem(row + ", column deadlineSlot", "deadline " + d + " is not after the "
                        + "arrival " + a + "; a task needs d ≥ a + 1 (d = a + 1 + k, k = 0..5)"));
                continue;
            }
            int k = (int) (d - a) - EdgeTask.EXECUTION_SLOTS;
            if (k > EdgeTask.MAX_SLACK) {
                problems.add(new Problem(row + ", column deadlineSlot", "deadline " + d + " leaves slack k = " + k
                        + "; the model takes k = 0..5 (d at most a + 6)"));
                continue;
            }
            if (!(u > 0) || u > 1) {
                problems.add(new Problem(row + ", column utilisation", "must be in (0, 1] cores, was " + u));
                continue;
            }
            if (rev != null && rev < 0) {
                problems.add(new Problem(row + ", column revenue", "must be 0 or more, was " + rev));
                continue;
            }
            tasks.add(new EdgeTask(0, a.intValue(), k, u, rev != null ? rev
                    : EdgeTaskGenerator.revenue(rho, u, k)));
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        tasks.sort(java.util.Comparator.comparingInt(EdgeTask::arrivalSlot));
        List<EdgeTask> out = new ArrayList<>(tasks.size());
        for (EdgeTask t : tasks) {
            out.add(new EdgeTask(out.size(), t.arrivalSlot(), t.slack(), t.utilisation(), t.revenue()));
        }
        return out;
    }

    private static Double number(String[] cells, int c, String row, String name, List<Problem> problems) {
        if (c >= cells.length || cells[c].isBlank()) {
            problems.add(new Problem(row + ", column " + name, "empty; give a number"));
            return null;
        }
        try {
            double v = Double.parseDouble(cells[c].strip());
            if (!Double.isFinite(v)) {
                problems.add(new Problem(row + ", column " + name, "must be a finite number, was "
                        + cells[c].strip()));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new Problem(row + ", column " + name, "'" + cells[c].strip().toLowerCase(Locale.ROOT)
                    + "' is not a number"));
            return null;
        }
    }
}
