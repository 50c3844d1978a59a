package org.evwb.ui.edge;

import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Project;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeServerModel;

/**
 * One what-if evaluation of a project's edge layout: per server the chosen heuristic's revenue (recomputed by the
 * checker), SPEC §4's LP bound and the gap between them, the tasks run and dropped, and the schedule (the day chart
 * shows it when no edge run is on show).
 *
 * @param project   the project evaluated
 * @param heuristic the solver id
 * @param instance    the servers evaluated (solar scaled to their panels)
 * @param schedule    the schedules of the servers evaluated
 * @param servers     the servers evaluated, in the project's order: the focused one and those still valid from
 *                    before
 * @param serverCount the project's edge servers (more than {@code servers} until every one has been focused)
 */
record WhatIfResult(Project project, String heuristic, EdgeInstance instance, EdgeSchedule schedule,
                    List<Server> servers, int serverCount) {

    /**
     * One server's what-if figures.
     *
     * @param model       the server as solved (its battery)
     * @param panelKwp    its panel (kWp), null when it takes its solar series as it stands
     * @param revenue     revenue of the heuristic's schedule
     * @param bound       the LP upper bound (NaN when the LP did not finish)
     * @param tasksRun    tasks run
     * @param tasksDropped tasks dropped
     * @param energyWh    energy drawn
     * @param violations  the checker's violations of the schedule (0 for a valid one)
     * @param schedule    the schedule
     */
    record Server(EdgeServerModel model, Double panelKwp, double revenue, double bound, int tasksRun,
                  int tasksDropped, double energyWh, int violations, EdgeSchedule.ServerSchedule schedule) {

        double gap() {
            return bound > 0 ? (bound - revenue) / bound : 0;
        }

        /** "2.50 kWp", or "as the series" without a panel size. */
        String panel() {
            return panelKwp == null ? "as the series" : String.format(Locale.ROOT, "%.2f kWp", panelKwp);
        }

        /** "finite 2000 Wh", "none", "infinite". */
        String battery() {
            return switch (model.batteryKind()) {
                case NONE -> "none";
                case INFINITE -> "unbounded";
                case FINITE -> String.format(Locale.ROOT, "%.0f Wh", model.batteryWh());
            };
        }
    }

    /** True when every server of the project has figures (the totals are then the layout's). */
    boolean complete() {
        return servers.size() == serverCount;
    }

    double revenue() {
        return servers.stream().mapToDouble(Server::revenue).sum();
    }

    double bound() {
        return servers.stream().mapToDouble(Server::bound).sum();
    }

    double gap() {
        double b = bound();
        return b > 0 ? (b - revenue()) / b : 0;
    }

    int tasksRun() {
        return servers.stream().mapToInt(Server::tasksRun).sum();
    }

    int tasksDropped() {
        return servers.stream().mapToInt(Server::tasksDropped).sum();
    }

    /** The server's figures by id, or null. */
    Server server(String id) {
        return servers.stream().filter(s -> s.model().id().equals(id)).findFirst().orElse(null);
    }
}
