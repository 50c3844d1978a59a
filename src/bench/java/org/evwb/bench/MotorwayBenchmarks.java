package org.evwb.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.RandomSampler;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.solve.CpuClock;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;

/**
 * The motorway study's benchmarks (docs/benchmarks.md, "Motorway study"): on the busy A4 preset, the cpsat proof
 * time, 1,000 annealing reads (time and share of conflict-free reads), greedy and random; on the five-EMV A4 preset
 * (18 qubits) QAOA for p = 1…5 (time and probability of a feasible state, paper Fig. 13). Figures are measured and
 * printed as a Markdown table, never asserted. Every schedule goes through the checker.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:target/lib/*" org.evwb.bench.MotorwayBenchmarks [sample-projects]
 * [--quick]}.
 */
public final class MotorwayBenchmarks {

    /** One line of the table. */
    public record Row(String benchmark, String target, String measured, String note) { }

    static final int TRIP_TIME_LIMIT_S = 60;

    private final Path samples;
    private final boolean quick;
    private final PrintWriter log;
    private final MotorwayStudy study = new MotorwayStudy();
    private final MotorwayChecker checker = new MotorwayChecker();

    public MotorwayBenchmarks(Path samples, boolean quick, PrintWriter log) {
        this.samples = samples;
        this.quick = quick;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    /** Runs the benchmarks ({@code --quick}, and the sample-projects folder if given), printing to {@code out}. */
    public static void run(List<String> args, PrintWriter out) throws Exception {
        Path dir = Path.of("sample-projects");
        boolean quick = false;
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else {
                dir = Path.of(a);
            }
        }
        out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), max heap %d MiB, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        List<Row> rows = new MotorwayBenchmarks(dir, quick, out).runAll();
        out.println();
        out.println("| benchmark | target | measured | notes |");
        out.println("|---|---|---|---|");
        for (Row r : rows) {
            out.printf("| %s | %s | %s | %s |%n", r.benchmark(), r.target(), r.measured(), r.note());
        }
        out.println("load average after: " + loadAverage());
        out.flush();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "n/a";
        }
    }

    public List<Row> runAll() throws Exception {
        List<Row> rows = new ArrayList<>();
        Project busy = new ProjectIO().load(samples.resolve("motorway-a4-busy.evwb.json"));
        Project a4 = new ProjectIO().load(samples.resolve("motorway-a4.evwb.json"));
        MotorwayInstance busyIn = study.buildInstance(busy, first(busy));
        MotorwayInstance a4In = study.buildInstance(a4, first(a4));
        log.printf("busy A4: %d EMVs, %d charger options, %d station options%n", busyIn.emvs().size(),
                busyIn.chargerOptions().size(), busyIn.stationOptions().size());
        run("cpsat", study.solver("cpsat").orElseThrow().defaults(), a4In, 0); // loads OR-Tools, warms the JIT
        for (int k = 0; k < (quick ? 1 : 3); k++) {
            rows.add(cpsat(busyIn, MotorwayParameters.Objective.FEASIBILITY, k));
        }
        rows.add(cpsat(busyIn, MotorwayParameters.Objective.TRIP_TIME, 0));
        rows.add(greedy(busyIn));
        int reads = quick ? 50 : 1000;
        rows.add(quboRow("anneal", new AnnealSampler.Parameters(reads, 1000, 0, 0, 0, false), busyIn,
                "anneal, " + reads + " reads x 1000 sweeps, busy A4", "-"));
        rows.add(quboRow("random", new RandomSampler.Parameters(reads), busyIn, "random, " + reads
                + " reads, busy A4 (baseline)", "-"));
        for (int p = 1; p <= (quick ? 2 : QaoaSimulator.MAX_LAYERS); p++) {
            rows.add(qaoa(a4In, p));
        }
        return rows;
    }

    private static StudyConfig first(Project p) {
        return p.studies().stream().filter(c -> c.study().equals(MotorwayStudy.ID)).findFirst().orElse(null);
    }

    /** A solve with wall and process CPU seconds; the schedule goes through the checker. */
    private record Timed(MotorwaySchedule schedule, double wallSeconds, double cpuSeconds, List<Violation> violations) {
        long conflicts() {
            return violations.stream().filter(v -> MotorwayChecker.CONFLICT_KINDS.contains(v.constraint())).count();
        }
    }

    private Timed run(String solver, Record params, MotorwayInstance in, long seed) {
        return run(solver, params, in, seed, null);
    }

    private Timed run(String solver, Record params, MotorwayInstance in, long seed, java.time.Duration limit) {
        var spec = study.solver(solver).orElseThrow();
        long c0 = CpuClock.processCpuNanos();
        long t0 = System.nanoTime();
        MotorwaySchedule s = spec.create(params).solve(in, new RunContext(seed, limit, null));
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.processCpuNanos() - c0) / 1e9;
        return new Timed(s, wall, cpu, checker.check(in, s));
    }

    private Row cpsat(MotorwayInstance busy, MotorwayParameters.Objective objective, int repeat) {
        MotorwayInstance in = busy.with(busy.parameters().withWaiting(false, objective));
        // minimising trip time is much harder than feasibility: give it a limit and report what it proved
        Timed t = run("cpsat", study.solver("cpsat").orElseThrow().defaults(), in, 1,
                objective == MotorwayParameters.Objective.FEASIBILITY ? null
                        : java.time.Duration.ofSeconds(TRIP_TIME_LIMIT_S));
        log.printf(Locale.ROOT, "cpsat %s #%d: %s in %.3f s, checker %s%n", objective, repeat + 1,
                t.schedule().status(), t.wallSeconds(), t.violations().isEmpty() ? "ok" : t.violations());
        String what = objective == MotorwayParameters.Objective.FEASIBILITY ? "conflict-free schedule + proof"
                : "minimise total trip time (limit " + TRIP_TIME_LIMIT_S + " s)";
        return new Row("cpsat, busy A4 (" + busy.emvs().size() + " EMVs, " + busy.chargerOptions().size()
                + " options), " + what + (repeat > 0 ? " (run " + (repeat + 1) + ")" : ""),
                objective == MotorwayParameters.Objective.FEASIBILITY ? "< 2 s" : "-",
                String.format(Locale.ROOT, "%.2f s wall (%.2f CPU-s)", t.wallSeconds(), t.cpuSeconds()),
                t.schedule().status().name().toLowerCase(Locale.ROOT) + ", checker: "
                        + (t.violations().isEmpty() ? "feasible" : t.violations().size() + " violations"));
    }

    private Row greedy(MotorwayInstance busy) {
        run("greedy", study.solver("greedy").orElseThrow().defaults(), busy, 0);
        Timed t = run("greedy", study.solver("greedy").orElseThrow().defaults(), busy, 0);
        return new Row("greedy, busy A4", "-", String.format(Locale.ROOT, "%.3f s wall", t.wallSeconds()),
                t.conflicts() + " conflict" + (t.conflicts() == 1 ? "" : "s") + " left (checker), reported "
                        + t.schedule().reportedConflicts());
    }

    private Row quboRow(String solver, Record params, MotorwayInstance busy, String label, String target) {
        Timed t = run(solver, params, busy, 1);
        QuboRunStats q = t.schedule().quboStats();
        log.printf(Locale.ROOT, "%s: %.2f s, histogram %s%n", solver, t.wallSeconds(), q.readsByUnresolved());
        return new Row(label + " (" + q.variables() + " variables, " + q.couplers() + " couplers)", target,
                String.format(Locale.ROOT, "%.2f s wall (%.2f CPU-s); %.1f %% of reads conflict-free",
                        t.wallSeconds(), t.cpuSeconds(), 100 * q.feasibleReadShare()),
                "best read: " + t.conflicts() + " conflicts (checker), energy " + fmt(q.bestEnergy())
                        + "; unresolved per read " + histogram(q));
    }

    private Row qaoa(MotorwayInstance a4, int layers) {
        QaoaSimulator.Parameters p = new QaoaSimulator.Parameters(layers, 1000, quick ? 30 : 300,
                QaoaSimulator.DEFAULT_MAX_QUBITS);
        Timed t = run("qaoa", p, a4, 1);
        QuboRunStats.Qaoa q = t.schedule().quboStats().qaoa();
        log.printf(Locale.ROOT, "qaoa p=%d: %.2f s, P(feasible) %.4f%n", layers, t.wallSeconds(),
                q.probabilityFeasible());
        return new Row("qaoa p=" + layers + ", A4 preset (" + t.schedule().quboStats().variables() + " qubits, "
                + t.schedule().quboStats().higherOrderTerms() + " station terms)",
                layers == 2 ? "paper: P(feasible) ~ 0.5 %, IBM 1 h 7 min - 1 h 35 min" : "-",
                String.format(Locale.ROOT, "%.2f s wall (%.2f CPU-s); P(feasible) %.2f %%", t.wallSeconds(),
                        t.cpuSeconds(), 100 * q.probabilityFeasible()),
                String.format(Locale.ROOT, "%d evaluations, <C> %.3f, best shot: %s", q.evaluations(),
                        q.expectedEnergy(), t.violations().isEmpty() ? "feasible" : t.violations().size()
                                + " violations"));
    }

    private static String histogram(QuboRunStats q) {
        List<QuboRunStats.UnresolvedCount> h = q.readsByUnresolved();
        if (h.size() > 8) {
            return "from " + h.get(0).unresolved() + " to " + h.get(h.size() - 1).unresolved() + " (" + h.size()
                    + " distinct counts)";
        }
        StringBuilder sb = new StringBuilder();
        for (QuboRunStats.UnresolvedCount c : q.readsByUnresolved()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.unresolved()).append(": ").append(c.reads());
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
    }
}
