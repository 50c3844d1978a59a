package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.solve.GeneratorSpec;

/**
 * The {@code edge-tasks} generator: a project with one 64-core solar edge server, a seeded solar day scaled to its
 * panel ({@link EdgeTaskGenerator#solarDay}) and the task recipe itself (the tasks are drawn from it when the
 * instance is built, never stored as rows).
 */
public final class EdgeGenerator {

    /** The generator id, also the {@code generator} of task recipes in project files. */
    public static final String ID = "edge-tasks";

    private EdgeGenerator() {
    }

    public static GeneratorSpec spec() {
        return GeneratorSpec.of(ID, "A solar edge server's day: seeded solar (clear sky with passing cloud) and a "
                + "task recipe (SPEC §4: 100,000 tasks a day, two-peak traffic, clipped-Gaussian u)",
                TaskRecipe.DEFAULT, (p, seed, ctx) -> new GeneratorSpec.Generated(generate(p, seed),
                        Math.round(p.tasksPerDay() * p.slots() * p.slotMinutes() / 1440) + " tasks over "
                                + p.slots() + " slots of " + p.slotMinutes() + " min, one server (seed " + seed
                                + ")"));
    }

    /** The generated project; its recipe is added by {@link GeneratorSpec#generate}. */
    public static Project generate(TaskRecipe p, long seed) {
        double[] solar = EdgeTaskGenerator.solarDay(p.slots(), p.slotMinutes(), p.panelPeakW(), p.cloudiness(), seed);
        List<Double> values = new ArrayList<>(solar.length);
        for (double v : solar) {
            values.add(Math.round(v * 1000) / 1000.0);
        }
        TimeSeries ts = new TimeSeries("solar", "Solar input", "W", 0, p.slotMinutes(), values);
        BatteryKind kind = p.batteryWh() > 0 ? BatteryKind.FINITE : BatteryKind.NONE;
        EdgeServer server = new EdgeServer("edge-1", "Solar edge server", new GeoPoint(-1.4701, 53.3811), 64, 2000,
                500, kind, p.batteryWh(), "solar");
        Project base = Project.empty("Generated edge day (seed " + seed + ")");
        Infrastructure infra = new Infrastructure(null, null, null, List.of(server), null, null);
        return new Project(base.format(), base.version(), base.name(), "A generated solar edge-server day, "
                + "paper 001.", base.currencyLabel(), null, infra, null, List.of(ts),
                List.of(new GeneratorRecipe(ID, ID, seed, Map.of())),
                List.of(new StudyConfig("edge-day", EdgeStudy.ID, "Edge scheduling", null, null)));
    }
}
