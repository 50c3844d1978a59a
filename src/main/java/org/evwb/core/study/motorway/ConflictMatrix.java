package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;

/**
 * The paper's 3-D conflict matrix (§3.2, Figs. 4–5) as data for a viewer: one slice per charging point (a charger
 * for the GCM, a station for the SCM), rows and columns are every (EMV, mode) pair, and each cell says whether the
 * two are unreachable there, conflict in time, or do not conflict. Sizes are given before and after the unreachable
 * rows are dropped.
 *
 * @param rows            every (EMV, mode) pair, EMV-major — Σ m_i rows
 * @param points          the charging points, one slice each
 * @param slices          {@code slices.get(c)[u][w]}: the cell of rows u and w at point c (symmetric)
 * @param optionAt        {@code optionAt.get(c)[u]}: the option index of row u at point c, or −1 when unreachable
 * @param cellsBefore     (Σ m_i)² × points, the paper's bound on the matrix size
 * @param cellsAfter      Σ over points of (reachable rows there)², what remains after dropping
 */
public record ConflictMatrix(ChargingPointModel model, List<Row> rows, List<Point> points,
                             List<CellKind[][]> slices, List<int[]> optionAt, long cellsBefore, long cellsAfter) {

    /** Cell kinds, coloured as in the paper's Fig. 4. */
    public enum CellKind {
        /** Orange "1": one of the two cannot reach this charging point in its mode. */
        UNREACHABLE,
        /** Black "1": both would charge here at the same time. */
        TIME_CONFLICT,
        /** Green "0": no conflict. */
        NO_CONFLICT,
        /** Two modes of the same EMV: never both chosen (the one-hot constraint), so no conflict to show. */
        SAME_EMV
    }

    /** A row/column: EMV {@code emv} in mode {@code mode}. */
    public record Row(int emv, int mode, String label) { }

    /** A charging point: a charger ({@code charger ≥ 0}) or a whole station ({@code charger = −1}). */
    public record Point(int station, int charger, String label, int capacity) { }

    /** The general conflict matrix (Model I: one slice per charger). */
    public static ConflictMatrix gcm(MotorwayInstance in) {
        return build(in, ChargingPointModel.CHARGER);
    }

    /** The station conflict matrix (Model II: one slice per station). */
    public static ConflictMatrix scm(MotorwayInstance in) {
        return build(in, ChargingPointModel.STATION);
    }

    public static ConflictMatrix build(MotorwayInstance in, ChargingPointModel model) {
        List<Row> rows = new ArrayList<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        for (Emv e : in.emvs()) {
            for (int k = 0; k < e.modes().size(); k++) {
                rowOf.put(e.index() * 1000L + k, rows.size());
                rows.add(new Row(e.index(), k, "EMV " + e.vehicleId() + ", mode " + (k + 1)));
            }
        }
        List<Point> points = new ArrayList<>();
        Map<Long, Integer> pointOf = new HashMap<>();
        for (Station s : in.stations()) {
            if (model == ChargingPointModel.CHARGER) {
                for (int l = 0; l < s.capacity(); l++) {
                    pointOf.put(s.index() * 1000L + l, points.size());
                    points.add(new Point(s.index(), l, s.id() + " / " + s.chargers().get(l).id(), 1));
                }
            } else {
                pointOf.put(s.index() * 1000L + 999, points.size());
                points.add(new Point(s.index(), -1, s.id(), s.capacity()));
            }
        }
        List<int[]> optionAt = new ArrayList<>();
        for (int c = 0; c < points.size(); c++) {
            int[] a = new int[rows.size()];
            java.util.Arrays.fill(a, -1);
            optionAt.add(a);
        }
        List<EmvOption> opts = in.options(model);
        for (EmvOption o : opts) {
            optionAt.get(pointOf.get(ScheduleConflicts.pointKey(o)))[rowOf.get(o.emv() * 1000L + o.mode())] =
                    o.index();
        }
        List<CellKind[][]> slices = new ArrayList<>();
        long after = 0;
        for (int c = 0; c < points.size(); c++) {
            int[] at = optionAt.get(c);
            CellKind[][] m = new CellKind[rows.size()][rows.size()];
            int reachable = 0;
            for (int u = 0; u < rows.size(); u++) {
                reachable += at[u] >= 0 ? 1 : 0;
                for (int w = 0; w < rows.size(); w++) {
                    m[u][w] = cell(rows, opts, at, u, w);
                }
            }
            after += (long) reachable * reachable;
            slices.add(m);
        }
        long before = (long) rows.size() * rows.size() * points.size();
        return new ConflictMatrix(model, rows, points, slices, optionAt, before, after);
    }

    private static CellKind cell(List<Row> rows, List<EmvOption> opts, int[] at, int u, int w) {
        if (at[u] < 0 || at[w] < 0) {
            return CellKind.UNREACHABLE;
        }
        if (rows.get(u).emv() == rows.get(w).emv()) {
            return CellKind.SAME_EMV;
        }
        EmvOption a = opts.get(at[u]);
        EmvOption b = opts.get(at[w]);
        return Intervals.overlap(a.readyMin(), a.endMin(), b.readyMin(), b.endMin()) ? CellKind.TIME_CONFLICT
                : CellKind.NO_CONFLICT;
    }

    /** Number of (EMV, mode, point) variables before dropping: Σ m_i × points. */
    public long variablesBefore() {
        return (long) rows.size() * points.size();
    }

    /** Number of variables after dropping the unreachable ones (the QUBO's size). */
    public long variablesAfter() {
        return optionAt.stream().mapToLong(a -> java.util.Arrays.stream(a).filter(i -> i >= 0).count()).sum();
    }

    /** Unordered pairs of different EMVs' options that conflict in time (the GCM's conflict couplers). */
    public long timeConflictPairs() {
        long n = 0;
        for (CellKind[][] m : slices) {
            for (int u = 0; u < m.length; u++) {
                for (int w = u + 1; w < m.length; w++) {
                    n += m[u][w] == CellKind.TIME_CONFLICT ? 1 : 0;
                }
            }
        }
        return n;
    }
}
