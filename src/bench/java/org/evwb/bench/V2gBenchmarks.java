package org.evwb.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.v2g.V2gAdp;
import org.evwb.core.study.v2g.V2gChecker;
import org.evwb.core.study.v2g.V2gGenerators;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gMilp;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.core.study.v2g.V2gStudy;

/**
 * The v2g study's benchmarks (docs/benchmarks.md, "v2g study"): {@code milp} at L3 with 200 EVs and 48 slots, the
 * relative gap of its gap curve at 10, 40 and 60 s (and 600 s with {@code --full}) over several generated nights
 * (paper, CPLEX: 89 % at 40 s, 13 % at 600 s; target ≤ 2 % within 60 s), and {@code adp} at 200 EVs (time, and its
 * cost's gap to the MILP's bound). Figures are measured and printed as a Markdown table, never asserted; every
 * schedule goes through the checker.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:target/lib/*" org.evwb.bench.V2gBenchmarks [--quick]
 * [--full] [--days N]}.
 */
public final class V2gBenchmarks {

    private V2gBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    /** The gap curve of one run: (seconds, incumbent) and (seconds, bound) events. */
    private static final class Curve implements RunListener {
        final List<double[]> incumbent = new ArrayList<>();
        final List<double[]> bound = new ArrayList<>();

        @Override
        public synchronized void onEvent(RunEvent e) {
            if (OrTools.INCUMBENT_SERIES.equals(e.series())) {
                incumbent.add(new double[]{e.x(), e.y()});
            } else if (OrTools.BOUND_SERIES.equals(e.series())) {
                bound.add(new double[]{e.x(), e.y()});
            }
        }

        /** Seconds to the first event of a series, or NaN. */
        synchronized double first(List<double[]> points) {
            return points.isEmpty() ? Double.NaN : points.get(0)[0];
        }

        synchronized double gapAt(double t) {
            double inc = last(incumbent, t);
            double b = last(bound, t);
            return Double.isNaN(inc) || Double.isNaN(b) ? Double.NaN : OrTools.relativeGap(inc, b);
        }

        private static double last(List<double[]> points, double t) {
            double v = Double.NaN;
            for (double[] p : points) {
                if (p[0] <= t) {
                    v = p[1];
                }
            }
            return v;
        }
    }

    /** CPU time of the whole process (every solver thread), seconds. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        boolean full = args.contains("--full");
        int days = quick ? 1 : 3;
        int i = args.indexOf("--days");
        if (i >= 0 && i + 1 < args.size()) {
            days = Integer.parseInt(args.get(i + 1));
        }
        int d = quick ? 50 : 200;
        double limit = full ? 600 : 60;
        int li = args.indexOf("--limit");
        if (li >= 0 && li + 1 < args.size()) {
            limit = Double.parseDouble(args.get(li + 1));
        }
        double[] marks = full ? new double[]{10, 40, 60, 600} : new double[]{10, 40, 60};
        V2gStudy study = new V2gStudy();
        V2gChecker checker = new V2gChecker();
        out.println("v2g benchmarks: milp at L3, " + d + " EVs, 48 slots, " + days + " generated nights, limit "
                + limit + " s; " + Runtime.getRuntime().availableProcessors() + " cores");
        out.println();
        StringBuilder head = new StringBuilder("| night (seed) | ");
        for (double m : marks) {
            head.append("gap at ").append((int) m).append(" s | ");
        }
        out.println(head + "first incumbent s | first bound s | milp CPU s | final cost ¤ | bound ¤ | adp s | adp CPU s "
                + "| adp gap to bound | feasible | load |");
        out.println("|---|" + "---|".repeat(marks.length) + "---|---|---|---|---|---|---|---|---|---|");
        for (int day = 1; day <= days; day++) {
            Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(d).withLevel(3), day);
            V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
            Curve curve = new Curve();
            double cpu0 = processCpuSeconds();
            RunContext ctx = new RunContext(day, Duration.ofMillis((long) (limit * 1000)), curve);
            V2gSchedule milp = new V2gMilp(new V2gMilp.Parameters(V2gMilp.Backend.AUTO, limit, 1e-4, true, 2000, 0,
                    true)).solve(in, ctx);
            double milpCpu = processCpuSeconds() - cpu0;
            long adpCpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            V2gSchedule adp = new V2gAdp(V2gAdp.Parameters.DEFAULT).solve(in, RunContext.of(day));
            double adpSeconds = (System.nanoTime() - t0) / 1e9;
            double adpCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - adpCpu0) / 1e9;
            boolean feasible = checker.check(in, milp).isEmpty() && checker.check(in, adp).isEmpty();
            StringBuilder row = new StringBuilder("| " + day + " | ");
            for (double m : marks) {
                double g = curve.gapAt(m);
                row.append(Double.isNaN(g) ? "no incumbent/bound" : String.format("%.2f %%", 100 * g)).append(" | ");
            }
            double bound = milp.lowerBound() == null ? Double.NaN : milp.lowerBound();
            out.println(row + String.format(java.util.Locale.ROOT, "%.2f | %.2f | %.1f | %.2f | %.2f | %.1f | %.2f | "
                    + "%.2f %% | %s | %s |", curve.first(curve.incumbent), curve.first(curve.bound), milpCpu,
                    milp.reportedCost(), bound, adpSeconds, adpCpu, 100 * (adp.reportedCost() - bound)
                    / adp.reportedCost(), feasible ? "yes" : "NO", MotorwayBenchmarks.loadAverage()));
            out.flush();
        }
    }
}
