package org.evwb.core.solve.sweep;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;

/**
 * A figure sweep a study declares as data ({@link org.evwb.core.solve.StudyDefinition#sweepPresets()}): the grid of
 * parameter values, seeded runs per point, the solvers (with the parameters they run with in the sweep), how a task's
 * instance is made, the row columns a table shows first, optional per-task tables of the study's own and the charts to
 * draw. {@code evwb sweep --preset ID}, the Study ▸ Sweep… dialog and a study's own sweep view all run it through
 * {@link StudySweeps}, so a preset gives the same rows everywhere.
 *
 * @param id                lower case, digits and dashes ({@code fig4-7-interactive}); the command line names it
 * @param title             how the UI names it; {@code --preset} accepts it too, in any case
 * @param description       one line on what it shows and how long it takes
 * @param grid              the parameter points, first axis outermost
 * @param runs              seeded runs per point (seeds from the base seed, the point and the run)
 * @param baseSeed          the base seed when the user gives none
 * @param solverIds         the solvers, in row order
 * @param solverParameters  parameters for some of those solvers (the others run with their defaults)
 * @param runTimeLimit      a time limit per solver run, or null
 * @param instances         a task's instance from the open project, its study configuration, the point and the seed
 * @param columns           the columns a rows table shows first (axes and objectives); the files hold every column
 * @param charts            the charts, drawn from the rows and the task tables
 * @param taskTables        the study's own rows per finished task, by table name (none by default)
 */
public record SweepPreset<I, S>(String id, String title, String description, SweepGrid grid, int runs,
                                long baseSeed, List<String> solverIds, Map<String, Record> solverParameters,
                                Duration runTimeLimit, Instances<I> instances, List<String> columns,
                                List<SweepChart> charts, TaskTables<I, S> taskTables) {

    /** Makes a task's instance. */
    @FunctionalInterface
    public interface Instances<I> {
        /**
         * Called on a worker thread. {@code config} is the project's configuration of the study (null: none); a
         * preset that generates its scenarios may take the study's parameters from it.
         */
        I build(Project project, StudyConfig config, SweepPoint point, long seed) throws Exception;
    }

    /** A study's own rows of one finished task, by table name; called on the worker thread. */
    @FunctionalInterface
    public interface TaskTables<I, S> {
        TaskTables<Object, Object> NONE = task -> Map.of();

        Map<String, List<Map<String, Object>>> rows(FinishedTask<I, S> task);
    }

    public SweepPreset {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a sweep preset id is lower case, digits and dashes, was \"" + id
                    + "\"");
        }
        title = title == null || title.isBlank() ? id : title;
        description = description == null ? "" : description;
        Objects.requireNonNull(grid, "grid");
        if (runs < 1) {
            throw new IllegalArgumentException("sweep preset " + id + ": runs per point must be >= 1, was " + runs);
        }
        solverIds = List.copyOf(solverIds);
        if (solverIds.isEmpty()) {
            throw new IllegalArgumentException("sweep preset " + id + " names no solver");
        }
        solverParameters = Map.copyOf(solverParameters);
        Objects.requireNonNull(instances, "instances");
        columns = List.copyOf(columns);
        charts = List.copyOf(charts);
        Objects.requireNonNull(taskTables, "taskTables");
    }

    /** A preset without task tables of its own. */
    @SuppressWarnings("unchecked")
    public static <I, S> TaskTables<I, S> noTables() {
        return (TaskTables<I, S>) (TaskTables<?, ?>) TaskTables.NONE;
    }

    /** The number of tasks (points × runs). */
    public int taskCount() {
        return grid.points().size() * runs;
    }

    /** True when {@code name} is the preset's id or title (case and surrounding blanks ignored). */
    public boolean isNamed(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.equals(id) || n.equals(title.toLowerCase(Locale.ROOT));
    }
}
