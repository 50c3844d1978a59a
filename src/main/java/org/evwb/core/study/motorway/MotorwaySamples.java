package org.evwb.core.study.motorway;

import java.util.List;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Project;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/** Small built-in motorway projects that illustrate the paper's points. */
public final class MotorwaySamples {

    private MotorwaySamples() {
    }

    /**
     * In the spirit of the paper's Fig. 7: one station with two 12 kW chargers at km 20 of a 100 km section, four EMVs
     * of one type (30 kWh, one mode: 100 km/h at 150 Wh/km, so everyone reaches the station 12 min after entering).
     * EMV A charges 20 kWh (100 min) on charger 1 while B, C and D charge 6 kWh (30 min) one after another on charger
     * 2. The schedule is conflict-free per charger and never has more than two EMVs at the station, yet A overlaps
     * three others, more than the b_j − 1 = 1 the paper's pairwise station rule allows.
     */
    public static Project fig7() {
        return new MotorwayProjectBuilder("A4-fig7", new GeoPoint(19.0, 50.26))
                .node("N0", "Entry", 0).node("N1", "Junction", 50).node("N2", "Exit", 100)
                .station("S1", "Station 1", 20, 12, 12)
                .type("T", "Fig. 7 EMV", 30, List.of(new DrivingMode(100, 150)))
                .vehicle("A", "T", "N0", "N2", 0, 13)
                .vehicle("B", "T", "N0", "N2", 0, 27)
                .vehicle("C", "T", "N0", "N2", 40, 27)
                .vehicle("D", "T", "N0", "N2", 85, 27)
                .build("Fig. 7: feasible, but not by the pairwise station rule", "Fig. 7 section");
    }

    /** The Fig. 7 schedule: A on charger 1 from 12 to 112 min; B, C, D on charger 2 at 12–42, 52–82, 97–127. */
    public static MotorwaySchedule fig7Schedule() {
        return new MotorwaySchedule(List.of(
                new Assignment("A", 0, "S1", "1", 12, 112),
                new Assignment("B", 0, "S1", "2", 12, 42),
                new Assignment("C", 0, "S1", "2", 52, 82),
                new Assignment("D", 0, "S1", "2", 97, 127)), MotorwaySchedule.Status.HEURISTIC, 0);
    }
}
