package org.evwb.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evwb.cli.CliEnvironment;
import org.evwb.cli.EvwbCommand;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.edge.EdgeBound;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.EdgeTask;
import org.evwb.core.study.edge.ServerDay;

/**
 * Data imports at scale, through the CLI's own command ({@code evwb import}): the {@code edge-solar-day} recipe's
 * 100,000 tasks written as a trace CSV and imported ({@code edge tasks}), the project file it makes, and building the
 * instance from the imported series; then what the planner's what-if costs per server on that sample (the heuristic
 * {@code sfb-offline} and the LP bound, as the what-if runs them), i.e. what solving only the focused server saves
 * when the sample opens. Wall and process CPU time and the load average with each. Options: {@code --quick} (20,000
 * tasks, no what-if), {@code --samples DIR}, {@code --no-what-if}. Nothing is asserted (docs/benchmarks.md).
 */
public final class ImportBenchmarks {

    private ImportBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    public static void run(List<String> args, PrintWriter out) throws Exception {
        boolean quick = args.contains("--quick");
        int idx = args.indexOf("--samples");
        Path samples = Path.of(idx >= 0 ? args.get(idx + 1) : "sample-projects");
        int tasks = quick ? 20_000 : 100_000;
        EdgeStudy study = new EdgeStudy();
        Path dir = Files.createTempDirectory("evwb-import-bench");
        try {
            Project day = EdgeBenchmarks.withTasks(new ProjectIO().load(samples.resolve("edge-solar-day.evwb.json")),
                    tasks);
            Path project = dir.resolve("day.evwb.json");
            new ProjectIO().save(day, project);
            List<EdgeTask> drawn = study.buildInstance(day, day.studyConfig(EdgeStudy.ID).orElse(null)).servers()
                    .get(0).tasks();
            StringBuilder csv = new StringBuilder("arrivalSlot,deadlineSlot,utilisation,revenue\n");
            for (EdgeTask t : drawn) {
                csv.append(t.arrivalSlot()).append(',').append(t.deadlineSlot()).append(',')
                        .append(t.utilisation()).append(',').append(t.revenue()).append('\n');
            }
            Path trace = Files.writeString(dir.resolve("trace.csv"), csv);
            Path traced = dir.resolve("traced.evwb.json");
            out.printf(Locale.ROOT, "%,d tasks, trace %.1f MB; load average %s%n%n", drawn.size(),
                    Files.size(trace) / 1e6, MotorwayBenchmarks.loadAverage());
            StringWriter so = new StringWriter();
            StringWriter se = new StringWriter();
            double c0 = cpu();
            long t0 = System.nanoTime();
            int code = EvwbCommand.execute(CliEnvironment.of(new PrintWriter(so, true), new PrintWriter(se, true)),
                    "import", "edge", "tasks", trace.toString(), "--project", project.toString(), "--out",
                    traced.toString());
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpuS = cpu() - c0;
            out.println("| step | wall s | process CPU s | notes |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| evwb import edge tasks (read, check, apply to a copy, build, save) | %.2f | "
                    + "%.2f | exit %d; project file %.1f MB (was %.2f MB) |%n", wall, cpuS, code,
                    Files.size(traced) / 1e6, Files.size(project) / 1e6);
            if (code != 0) {
                out.println("stderr: " + se);
            }
            c0 = cpu();
            t0 = System.nanoTime();
            Project loaded = new ProjectIO().load(traced);
            EdgeInstance in = study.buildInstance(loaded, loaded.studyConfig(EdgeStudy.ID).orElse(null));
            out.printf(Locale.ROOT, "| load the imported project and build its instance | %.2f | %.2f | %,d tasks "
                    + "per server |%n", (System.nanoTime() - t0) / 1e9, cpu() - c0, in.servers().get(0).tasks()
                    .size());
            out.println();
            if (quick || args.contains("--no-what-if")) {
                return;
            }
            // what the what-if does per server (WhatIfEvaluator): the heuristic, then the LP bound of that server
            EdgeInstance sample = study.buildInstance(day, day.studyConfig(EdgeStudy.ID).orElse(null));
            SolverSpec<EdgeInstance, EdgeSchedule> h = study.solver("sfb-offline").orElseThrow();
            out.println("What-if per server of edge-solar-day (sfb-offline + LP bound, as the what-if runs them):");
            out.println();
            out.println("| server | heuristic wall s | bound wall s | process CPU s | load average after |");
            out.println("|---|---|---|---|---|");
            for (ServerDay d : sample.servers()) {
                EdgeInstance one = sample.withServers(List.of(d));
                c0 = cpu();
                long h0 = System.nanoTime();
                h.create(h.defaults()).solve(one, RunContext.of(1));
                double hs = (System.nanoTime() - h0) / 1e9;
                long b0 = System.nanoTime();
                new EdgeBound().solve(one, RunContext.of(1));
                double bs = (System.nanoTime() - b0) / 1e9;
                out.printf(Locale.ROOT, "| %s (%s) | %.2f | %.2f | %.2f | %s |%n", d.server().id(),
                        d.server().batteryKind(), hs, bs, cpu() - c0, MotorwayBenchmarks.loadAverage());
                out.flush();
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path f : s.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
