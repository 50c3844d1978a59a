package org.evwb.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Project;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.v2g.LegacyV2gAdp;
import org.evwb.core.study.v2g.V2gAdp;
import org.evwb.core.study.v2g.V2gChecker;
import org.evwb.core.study.v2g.V2gGenerators;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.core.study.v2g.V2gStudy;

/**
 * {@code adp} alone at 200 EVs, L3, 48 slots (target &lt; 10 s): wall and CPU time of the solving thread per night,
 * the cost, the checker's verdict, and with {@code --legacy} the implementation before the primitive-array state
 * ({@link LegacyV2gAdp}) on the same night, with whether both schedules are identical. Printed, never asserted.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:…" org.evwb.bench.V2gAdpBenchmarks [--quick]
 * [--days N] [--evs D] [--beam B] [--legacy]}.
 */
public final class V2gAdpBenchmarks {

    private V2gAdpBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        boolean legacy = args.contains("--legacy");
        int days = intOption(args, "--days", quick ? 1 : 5);
        int d = intOption(args, "--evs", quick ? 50 : 200);
        V2gAdp.Parameters beam = new V2gAdp.Parameters(intOption(args, "--beam",
                V2gAdp.Parameters.DEFAULT.beamWidth()));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        V2gStudy study = new V2gStudy();
        V2gChecker checker = new V2gChecker();
        out.printf(Locale.ROOT, "adp, beam %d, L3, %d EVs, 48 slots; load average %s%n%n",
                beam.beamWidth(), d, MotorwayBenchmarks.loadAverage());
        out.println("| night (seed) | implementation | wall s | CPU s | cost ¤ | feasible | same schedule as legacy |");
        out.println("|---|---|---|---|---|---|---|");
        for (int day = 1; day <= days; day++) {
            Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(d).withLevel(3), day);
            V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            V2gSchedule now = new V2gAdp(beam).solve(in, RunContext.of(day));
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            String same = "";
            if (legacy) {
                long c1 = mx.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                V2gSchedule old = new LegacyV2gAdp(beam).solve(in, RunContext.of(day));
                double oldWall = (System.nanoTime() - t1) / 1e9;
                double oldCpu = (mx.getCurrentThreadCpuTime() - c1) / 1e9;
                boolean equal = Arrays.deepEquals(old.energyKWh(), now.energyKWh());
                same = equal ? "yes" : "NO";
                out.printf(Locale.ROOT, "| %d | legacy | %.2f | %.2f | %.2f | %s | |%n", day, oldWall, oldCpu,
                        old.reportedCost(), checker.check(in, old).isEmpty() ? "yes" : "NO");
            }
            out.printf(Locale.ROOT, "| %d | current | %.2f | %.2f | %.2f | %s | %s |%n", day, wall, cpu,
                    now.reportedCost(), checker.check(in, now).isEmpty() ? "yes" : "NO", same);
            out.flush();
        }
        out.println();
        out.println("load average after: " + MotorwayBenchmarks.loadAverage());
    }

    private static int intOption(List<String> args, String name, int fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Integer.parseInt(args.get(i + 1)) : fallback;
    }
}
