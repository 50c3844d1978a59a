package org.evwb.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.edge.EdgeBound;
import org.evwb.core.study.edge.EdgeChecker;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeParameters;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.ServerDay;
import org.evwb.core.study.edge.TaskRecipe;

/**
 * Study {@code edge}'s benchmarks (docs/benchmarks.md, "Edge study"): one server, one day of 100,000 tasks (the
 * {@code edge-solar-day} sample's recipe and solar), with each battery variant (none, the sample's 2000 Wh, infinite):
 * every heuristic's wall time, revenue and gap to the LP bound, the bound's own time and size; and {@code max-flow}
 * at 100,000 unit tasks. Every schedule goes through the checker and the violations are counted. Each timing comes
 * with the CPU time of the thread that did the work (GLOP runs on it too) and the load average, since the machine
 * is shared. Nothing asserted.
 *
 * <p>Alone: {@code java -cp target/classes:target/test-classes:target/lib/* org.evwb.bench.EdgeBenchmarks
 * [--quick] [--samples DIR]} ({@code --quick}: 20,000 tasks).
 */
public final class EdgeBenchmarks {

    static final List<String> HEURISTICS = List.of("snb", "sib-offline", "sfb-offline", "online", "np-edf",
            "asap-huf", "asap-luf", "execute-on-arrival");

    private EdgeBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        try (PrintWriter w = new PrintWriter(System.out, true)) {
            run(List.of(args), w);
        }
    }

    private static double cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        int idx = args.indexOf("--samples");
        String samples = idx >= 0 ? args.get(idx + 1) : "sample-projects";
        int tasks = quick ? 20_000 : 100_000;
        EdgeStudy study = new EdgeStudy();
        Project p = new ProjectIO().load(java.nio.file.Path.of(samples, "edge-solar-day.evwb.json"));
        EdgeInstance day = study.buildInstanceWith(withTasks(p, tasks), EdgeParameters.DEFAULT);
        ServerDay base = day.servers().get(0);
        out.printf(Locale.ROOT, "Machine: %d cores; %d tasks, one server (%d cores), %d slots of %.0f min%n%n",
                Runtime.getRuntime().availableProcessors(), base.tasks().size(), base.server().power().cores(),
                base.slots(), day.slotMinutes());
        out.println("Load average (1 min) at the start: " + load());
        out.println();
        out.println("| battery | solver | wall s | CPU s | revenue | tasks run | gap to bound | checker |");
        out.println("|---|---|---|---|---|---|---|---|");
        List<String> boundLines = new ArrayList<>();
        for (Object[] b : new Object[][] {{BatteryKind.NONE, 0.0}, {BatteryKind.FINITE, 2000.0},
                {BatteryKind.INFINITE, Double.POSITIVE_INFINITY}}) {
            EdgeInstance in = day.withServers(List.of(base.withBattery((BatteryKind) b[0], (double) b[1])));
            String label = b[0] == BatteryKind.FINITE ? "2000 Wh" : b[0].toString().toLowerCase(Locale.ROOT);
            long t0 = System.nanoTime();
            double c0 = cpu();
            EdgeBound.Result bound = new EdgeBound().solve(in, RunContext.of(1));
            double bs = (System.nanoTime() - t0) / 1e9;
            double bc = cpu() - c0;
            in.boundCache().set(bound);
            boundLines.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.3f | %d | %d | %s |", label, bs, bc,
                    bound.revenueBound(), bound.variables(), bound.rounds(), load()));
            List<String> ids = new ArrayList<>(HEURISTICS);
            ids.add("bound"); // the solver a user runs: the LP again (not the cached one) and the best offline schedule
            for (String id : ids) {
                SolverSpec<EdgeInstance, EdgeSchedule> spec = study.solver(id).orElseThrow();
                long s0 = System.nanoTime();
                double sc0 = cpu();
                EdgeSchedule s = spec.create(spec.defaults()).solve(in, RunContext.of(1));
                double secs = (System.nanoTime() - s0) / 1e9;
                double cs = cpu() - sc0;
                int violations = new EdgeChecker().check(in, s).size();
                double rev = s.revenue();
                out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d | %.4f | %s |%n", label, id, secs, cs,
                        rev, s.servers().get(0).runCount(), (bound.revenueBound() - rev) / bound.revenueBound(),
                        violations == 0 ? "feasible" : violations + " violations");
                out.flush();
            }
        }
        out.println();
        out.println("| battery | bound wall s | CPU s | bound | LP columns | LP solves | load after |");
        out.println("|---|---|---|---|---|---|---|");
        boundLines.forEach(out::println);
        out.println();
        Project unit = withRecipe(p, new TaskRecipe(tasks, 1440, 1, "two-peak", 8.5, 18, 1.5, 0.6, 0, 1, 0, 1, 1,
                5, 1, 2000, 0, 0));
        EdgeInstance special = study.buildInstanceWith(unit, EdgeParameters.DEFAULT.withRevenue(
                EdgeParameters.RevenueModel.UNIT));
        special = special.withServers(List.of(special.servers().get(0).withBattery(BatteryKind.NONE, 0)));
        SolverSpec<EdgeInstance, EdgeSchedule> mf = study.solver("max-flow").orElseThrow();
        long m0 = System.nanoTime();
        double mc0 = cpu();
        EdgeSchedule s = mf.create(mf.defaults()).solve(special, RunContext.of(1));
        double ms = (System.nanoTime() - m0) / 1e9;
        double mc = cpu() - mc0;
        out.printf(Locale.ROOT, "max-flow, %d unit tasks (u = r = 1, no battery): %.3f s wall, %.3f s CPU, %d tasks "
                + "run, checker: %d violations; load average at the end %s%n", special.servers().get(0).tasks()
                .size(), ms, mc, s.servers().get(0).runCount(), new EdgeChecker().check(special, s).size(), load());
    }

    static Project withTasks(Project p, int tasks) throws Exception {
        var r = p.generators().get(0);
        var params = new java.util.LinkedHashMap<>(r.parameters());
        params.put("tasksPerDay", tasks);
        return p.withGenerators(List.of(new org.evwb.core.project.GeneratorRecipe(r.id(), r.generator(), r.seed(),
                params)));
    }

    static Project withRecipe(Project p, TaskRecipe recipe) {
        var r = p.generators().get(0);
        return p.withGenerators(List.of(new org.evwb.core.project.GeneratorRecipe(r.id(), r.generator(), r.seed(),
                org.evwb.core.project.RecordValues.toMap(recipe))));
    }
}
