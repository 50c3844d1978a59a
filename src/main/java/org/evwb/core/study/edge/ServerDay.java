package org.evwb.core.study.edge;

import java.util.List;

/**
 * One server's day: the actual solar input and tasks (what happens; the checker judges schedules against these) and
 * the predicted ones (what the {@code online} solver plans on; equal to the actual day unless the study's deviation
 * parameters say otherwise). Arrays are owned by the instance: never modified after it is built.
 *
 * @param server          the server
 * @param solarW          actual S_t per slot (W)
 * @param tasks           actual tasks, {@code tasks.get(i).id() == i}
 * @param predictedSolarW predicted S_t per slot (W)
 * @param predictedTasks  predicted tasks; the same id is the same vehicle (a task replaced by δ_task keeps its id)
 */
public record ServerDay(EdgeServerModel server, double[] solarW, List<EdgeTask> tasks, double[] predictedSolarW,
                        List<EdgeTask> predictedTasks) {

    public ServerDay {
        tasks = List.copyOf(tasks);
        predictedTasks = List.copyOf(predictedTasks);
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() != i) {
                throw new IllegalArgumentException("task " + i + " of server " + server.id() + " has id "
                        + tasks.get(i).id());
            }
        }
        if (predictedSolarW.length != solarW.length) {
            throw new IllegalArgumentException("predicted and actual solar differ in length");
        }
    }

    public int slots() {
        return solarW.length;
    }

    /** The predicted day as a day of its own (what an offline plan for {@code online} is made on). */
    public ServerDay predicted() {
        return new ServerDay(server, predictedSolarW, predictedTasks, predictedSolarW, predictedTasks);
    }

    /** The same day with another battery (the what-if and the battery sweeps). */
    public ServerDay withBattery(org.evwb.core.project.BatteryKind kind, double wh) {
        return new ServerDay(new EdgeServerModel(server.id(), server.name(), server.power(), kind, wh), solarW, tasks,
                predictedSolarW, predictedTasks);
    }
}
