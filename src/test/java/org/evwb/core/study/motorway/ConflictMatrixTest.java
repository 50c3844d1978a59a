package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evwb.core.study.motorway.ConflictMatrix.CellKind;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.junit.jupiter.api.Test;

class ConflictMatrixTest {

    private final MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);

    @Test
    void gcmHasOneSlicePerChargerAndThePapersSizes() {
        ConflictMatrix g = ConflictMatrix.gcm(in);
        assertEquals(4, g.rows().size()); // 2 EMVs x 2 modes
        assertEquals(3, g.points().size()); // S1/1, S1/2, S2/1
        assertEquals(4L * 4 * 3, g.cellsBefore());
        assertEquals(4L * 3, g.variablesBefore());
        assertEquals(in.chargerOptions().size(), g.variablesAfter());
        // S1 chargers: E1 both modes reachable, E2 none -> 2 reachable rows each; S2: E1 mode 1, E2 both -> 3.
        assertEquals(2 * 2 + 2 * 2 + 3 * 3, g.cellsAfter());
    }

    @Test
    void cellKindsMatchReachabilityAndOverlap() {
        ConflictMatrix g = ConflictMatrix.gcm(in);
        int s2 = 2;
        // Rows: 0 = E1 m1, 1 = E1 m2, 2 = E2 m1, 3 = E2 m2.
        CellKind[][] m = g.slices().get(s2);
        assertEquals(CellKind.UNREACHABLE, m[1][2]); // E1 cannot reach S2 at 120 km/h
        assertEquals(CellKind.SAME_EMV, m[2][3]);
        // E1 m1 at S2: [40, 62.8); E2 m1: [23.33, 43.73) -> overlap
        assertEquals(CellKind.TIME_CONFLICT, m[0][2]);
        assertEquals(CellKind.TIME_CONFLICT, m[2][0]);
        assertEquals(CellKind.UNREACHABLE, g.slices().get(0)[0][2]); // E2 never reaches S1 (behind its entry)
        for (int c = 0; c < g.points().size(); c++) {
            for (int u = 0; u < 4; u++) {
                for (int w = 0; w < 4; w++) {
                    CellKind k = g.slices().get(c)[u][w];
                    int ou = g.optionAt().get(c)[u];
                    int ow = g.optionAt().get(c)[w];
                    if (ou < 0 || ow < 0) {
                        assertEquals(CellKind.UNREACHABLE, k);
                    } else if (k == CellKind.TIME_CONFLICT || k == CellKind.NO_CONFLICT) {
                        EmvOption a = in.chargerOptions().get(ou);
                        EmvOption b = in.chargerOptions().get(ow);
                        boolean overlap = a.readyMin() < b.endMin() && b.readyMin() < a.endMin();
                        assertEquals(overlap, k == CellKind.TIME_CONFLICT);
                    }
                }
            }
        }
        assertEquals(2, g.timeConflictPairs()); // E1 m1 vs E2 m1 and vs E2 m2 at S2
    }

    @Test
    void scmHasOneSlicePerStation() {
        ConflictMatrix s = ConflictMatrix.scm(in);
        assertEquals(2, s.points().size());
        assertEquals(4L * 4 * 2, s.cellsBefore());
        assertEquals(in.stationOptions().size(), s.variablesAfter());
        assertTrue(s.cellsAfter() < s.cellsBefore());
        assertEquals(2, s.points().get(0).capacity());
    }
}
