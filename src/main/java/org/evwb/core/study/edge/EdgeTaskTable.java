package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.TimeSeries;

/**
 * An imported task trace as the project keeps it: four series of one value per task (task i is index i of each) —
 * {@value #PREFIX}{@code .arrivalSlot}, {@code .deadlineSlot}, {@code .utilisation} (cores) and {@code .revenue}.
 * Decision: the project model has no table type, and adding one changes the file format of every study; time series
 * already round-trip, validate (finite numbers at {@code $.timeSeries[j].values[i]}), undo and show in the tables, so
 * a trace rides on them, columnar. When the project has them, the edge instance takes its tasks from them instead of
 * drawing the recipe's (the recipe stays; deleting the four series, or undoing the import, brings its day back).
 */
public final class EdgeTaskTable {

    /** The id prefix of the four series. */
    public static final String PREFIX = "edge-tasks";
    static final List<String> COLUMNS = List.of("arrivalSlot", "deadlineSlot", "utilisation", "revenue");
    private static final List<String> UNITS = List.of("slot", "slot", "cores", "¤");

    private EdgeTaskTable() {
    }

    /** The series id of a column, e.g. {@code edge-tasks.utilisation}. */
    public static String seriesId(String column) {
        return PREFIX + "." + column;
    }

    /** True when the project holds an imported task trace. */
    public static boolean present(Project p) {
        return p.find(TimeSeries.class, seriesId(COLUMNS.get(0))).isPresent();
    }

    /** The four series of {@code tasks} (named after {@code source}), at the day's slot length. */
    public static List<TimeSeries> toSeries(List<EdgeTask> tasks, double slotMinutes, String source) {
        List<List<Double>> cols = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            cols.add(new ArrayList<>(tasks.size()));
        }
        for (EdgeTask t : tasks) {
            cols.get(0).add((double) t.arrivalSlot());
            cols.get(1).add((double) t.deadlineSlot());
            cols.get(2).add(t.utilisation());
            cols.get(3).add(t.revenue());
        }
        List<TimeSeries> out = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            out.add(new TimeSeries(seriesId(COLUMNS.get(c)), "Imported tasks (" + source + "): " + COLUMNS.get(c)
                    + ", one value per task", UNITS.get(c), 0, slotMinutes, cols.get(c)));
        }
        return out;
    }

    /**
     * The tasks of the project's trace, checked again (the file may have been edited by hand); null with the
     * problems at their JSON paths when a column is missing, the lengths differ or a value breaks the model.
     */
    static List<EdgeTask> read(Project p, int slots, List<Problem> problems) {
        List<TimeSeries> all = p.timeSeries();
        int[] index = new int[COLUMNS.size()];
        int before = problems.size();
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = -1;
            for (int j = 0; j < all.size(); j++) {
                if (all.get(j).id().equals(seriesId(COLUMNS.get(c)))) {
                    index[c] = j;
                }
            }
            if (index[c] < 0) {
                problems.add(new Problem("$.timeSeries", "the imported task trace has no series '"
                        + seriesId(COLUMNS.get(c)) + "'; import the task file again, or delete every "
                        + PREFIX + ".* series to use the recipe's tasks"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        int n = all.get(index[0]).size();
        for (int c = 1; c < COLUMNS.size(); c++) {
            if (all.get(index[c]).size() != n) {
                problems.add(new Problem("$.timeSeries[" + index[c] + "].values", "has " + all.get(index[c]).size()
                        + " values but " + seriesId(COLUMNS.get(0)) + " has " + n + "; every column of the task "
                        + "trace has one value per task"));
                return null;
            }
        }
        List<EdgeTask> tasks = new ArrayList<>(n);
        for (int i = 0; i < n && problems.size() - before < 20; i++) {
            double a = all.get(index[0]).values().get(i);
            double d = all.get(index[1]).values().get(i);
            double u = all.get(index[2]).values().get(i);
            double r = all.get(index[3]).values().get(i);
            String at = "$.timeSeries[%d].values[" + i + "]";
            if (a != Math.rint(a) || a < 0 || a >= slots) {
                problems.add(new Problem(at.formatted(index[0]), "task " + i + " arrives in " + a + "; an arrival is a"
                        + " whole slot 0.." + (slots - 1)));
                continue;
            }
            int k = (int) (d - a) - EdgeTask.EXECUTION_SLOTS;
            if (d != Math.rint(d) || k < 0 || k > EdgeTask.MAX_SLACK) {
                problems.add(new Problem(at.formatted(index[1]), "task " + i + " has deadline " + d + " after arrival "
                        + a + "; a deadline is a whole slot a + 1 … a + 6 (k = 0..5)"));
                continue;
            }
            if (!(u > 0) || u > 1) {
                problems.add(new Problem(at.formatted(index[2]), "task " + i + " uses " + u + " cores; a task uses "
                        + "(0, 1] cores"));
                continue;
            }
            if (!(r >= 0)) {
                problems.add(new Problem(at.formatted(index[3]), "task " + i + " earns " + r + "; revenue is 0 or "
                        + "more"));
                continue;
            }
            tasks.add(new EdgeTask(i, (int) a, k, u, r));
        }
        return problems.size() > before ? null : tasks;
    }
}
