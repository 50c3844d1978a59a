package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;

/**
 * The power a slot needs at load W in SPEC §4's strengthened LP once its on/off variable y is projected out: the
 * lower convex envelope of the origin (the server asleep) and the graph of {@code h(x) = P_static + g(x)} on
 * [0, U_max], where {@code g(x) = max_{v=1..U_max} c·(3v²·x − 2v³)} is the tangent approximation of the cubic.
 *
 * <p>Why this is the same LP: y appears only in {@code W ≤ U_max·y}, {@code 0 ≤ y ≤ 1} and the perspective tangents
 * {@code P ≥ P_static·y + c·(3v²·W − 2v³·y)}, whose maximum over v is {@code y·h(W/y)}. For a given (W, P) some
 * y ∈ [W/U_max, 1] meets them iff {@code (W, P) = y·(x, h(x) + s) + (1 − y)·(0, 0)} with x = W/y, s ≥ 0, i.e. iff
 * (W, P) lies in the convex hull of the origin and the epigraph of h over [0, U_max], i.e. iff P is at least this
 * envelope at W. The projection of the LP's feasible set onto every other variable is therefore unchanged, and so is
 * its optimum. h is piecewise linear with breakpoints where consecutive tangents meet, so the envelope is the lower
 * hull of finitely many points, computed exactly here.
 *
 * @param x breakpoints, increasing, from 0 to U_max
 * @param p the envelope's value at each breakpoint (W)
 */
record PowerHull(double[] x, double[] p) {

    static PowerHull of(PowerModel pm) {
        int u = pm.cores();
        double c = pm.cubicCoefficient();
        double ps = pm.staticPowerW();
        // h's breakpoints: 0, where tangents v and v + 1 meet (in (v, v + 1)), U_max; on [x_{v−1}, x_v] tangent v holds
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {0, Math.min(0, ps + tangent(c, 1, 0))});
        for (int v = 1; v < u; v++) {
            double meet = 2.0 * (3.0 * v * v + 3.0 * v + 1) / (3.0 * (2 * v + 1));
            pts.add(new double[] {meet, ps + Math.max(tangent(c, v, meet), tangent(c, v + 1, meet))});
        }
        pts.add(new double[] {u, ps + tangent(c, u, u)});
        List<double[]> hull = new ArrayList<>();
        for (double[] q : pts) {
            while (hull.size() >= 2) {
                double[] a = hull.get(hull.size() - 2);
                double[] b = hull.get(hull.size() - 1);
                // drop b when it is not strictly below the chord a–q
                if ((b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]) <= 0) {
                    hull.remove(hull.size() - 1);
                } else {
                    break;
                }
            }
            hull.add(q);
        }
        double[] x = new double[hull.size()];
        double[] p = new double[hull.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = hull.get(j)[0];
            p[j] = hull.get(j)[1];
        }
        return new PowerHull(x, p);
    }

    private static double tangent(double c, int v, double x) {
        return c * (3.0 * v * v * x - 2.0 * v * v * (double) v);
    }

    /** Pieces (segments between breakpoints). */
    int pieces() {
        return x.length - 1;
    }

    /** Slope of piece j (W per core), increasing in j. */
    double slope(int j) {
        return (p[j + 1] - p[j]) / (x[j + 1] - x[j]);
    }

    /** The envelope at load w ∈ [0, U_max]. */
    double at(double w) {
        for (int j = 0; j < pieces(); j++) {
            if (w <= x[j + 1]) {
                return p[j] + slope(j) * (w - x[j]);
            }
        }
        return p[p.length - 1];
    }
}
