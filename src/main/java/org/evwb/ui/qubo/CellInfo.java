package org.evwb.ui.qubo;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboPart;
import org.evwb.ui.project.EntityField;

/**
 * One coefficient of the matrix with where it came from: the merged q_ij and each part's share of it (the
 * provenance a {@link QuboPart} keeps), so the heat map can say "penalty 'one-hot EV 3' adds 4 to this coupler".
 */
public record CellInfo(int row, int col, String rowLabel, String colLabel, double value, List<Share> shares) {

    /** One part's contribution to the coefficient. */
    public record Share(String part, QuboPart.Kind kind, double value) { }

    public CellInfo {
        shares = List.copyOf(shares);
    }

    /** The coefficient at (row, col) of the upper-triangular matrix (row ≤ col; the diagonal is linear). */
    public static CellInfo of(Qubo q, int row, int col) {
        if (row > col) {
            throw new IllegalArgumentException("the QUBO matrix is upper-triangular: row " + row + " > column " + col);
        }
        double value = row == col ? q.linear(row) : q.quadratic(row, col);
        List<Share> shares = new ArrayList<>();
        for (QuboPart p : q.parts()) {
            double s = 0;
            boolean touched = false;
            if (row == col) {
                for (int k = 0; k < p.linearCount(); k++) {
                    if (p.linearVar(k) == row) {
                        s += p.linearBias(k);
                        touched = true;
                    }
                }
            } else {
                for (int k = 0; k < p.quadraticCount(); k++) {
                    if (p.quadU(k) == row && p.quadV(k) == col) {
                        s += p.quadBias(k);
                        touched = true;
                    }
                }
            }
            if (touched) {
                shares.add(new Share(p.name(), p.kind(), s));
            }
        }
        return new CellInfo(row, col, q.label(row), q.label(col), value, shares);
    }

    /** One line for the hover bar, e.g. {@code x3 · x7  q = −2  (objective 'minus cut' −2)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (row == col) {
            sb.append(rowLabel).append(" (linear, row ").append(row).append(')');
        } else {
            sb.append(rowLabel).append(" · ").append(colLabel).append(" (row ").append(row).append(", column ")
                    .append(col).append(')');
        }
        sb.append("   q = ").append(EntityField.formatNumber(value));
        if (!shares.isEmpty()) {
            sb.append("   from ");
            for (int k = 0; k < shares.size(); k++) {
                Share s = shares.get(k);
                sb.append(k == 0 ? "" : ", ").append(s.kind() == QuboPart.Kind.OBJECTIVE ? "objective" : "constraint")
                        .append(" '").append(s.part()).append("' ").append(EntityField.formatNumber(s.value()));
            }
        }
        return sb.toString();
    }
}
