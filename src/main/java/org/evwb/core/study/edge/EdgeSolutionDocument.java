package org.evwb.core.study.edge;

import java.util.List;
import org.evwb.core.project.OptionalField;

/**
 * An {@code edge} solution in plain terms, as result files hold it ({@code $.solution}): per server, every task that
 * runs with its slot (a task not listed is dropped), and the figures the solver reports.
 *
 * @param revenue      reported total revenue
 * @param boundRevenue an upper bound the solver proved, if any
 * @param note         a line from the solver
 * @param servers      per server
 */
public record EdgeSolutionDocument(@OptionalField Double revenue, @OptionalField Double boundRevenue,
                                   @OptionalField String note, List<Server> servers) {

    /**
     * One server.
     *
     * @param server   the edge server's id
     * @param revenue  reported revenue
     * @param energyWh reported energy drawn (Wh)
     * @param runs     the tasks that run, each with its slot
     */
    public record Server(String server, @OptionalField Double revenue, @OptionalField Double energyWh,
                         List<Run> runs) {
    }

    /**
     * A task that runs.
     *
     * @param task the task's id (its index in the server's day)
     * @param slot the slot it runs in (0-based)
     */
    public record Run(int task, int slot) {
    }
}
