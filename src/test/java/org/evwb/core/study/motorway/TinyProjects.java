package org.evwb.core.study.motorway;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;

/** Small hand-made motorway projects for tests. */
final class TinyProjects {

    private TinyProjects() {
    }

    /**
     * 0–100 km, nodes A (0), B (40), C (100); station S1 at km 20 (chargers 50 and 25 kW) and S2 at km 60 (one 50 kW
     * charger); type T: 20 kWh, modes 90 km/h @ 150 Wh/km and 120 km/h @ 200 Wh/km. Vehicles: E1 enters A at 0 min
     * with 10 kWh and leaves at C; E2 enters B at 10 min with 6 kWh and leaves at C.
     */
    static MotorwayProjectBuilder base() {
        return new MotorwayProjectBuilder("M", new GeoPoint(19, 50))
                .node("A", "A", 0).node("B", "B", 40).node("C", "C", 100)
                .station("S1", "S1", 20, 50, 25).station("S2", "S2", 60, 50)
                .type("T", "T", 20, List.of(new DrivingMode(90, 150), new DrivingMode(120, 200)))
                .vehicle("E1", "T", "A", "C", 0, 10)
                .vehicle("E2", "T", "B", "C", 10, 6);
    }

    static Project project() {
        return base().build("tiny", "M");
    }

    static MotorwayInstance instance(Project p, MotorwayParameters params) {
        try {
            return new MotorwayInstanceBuilder(params).build(p);
        } catch (ProjectFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
