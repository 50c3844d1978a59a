package org.evwb.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cold start of the command line and the window, in fresh JVMs (docs/benchmarks.md, "Cold start"): a bare JVM
 * ({@link Hello}), a JVM that parses the sample project with Jackson ({@link JacksonParse}), {@code java -jar
 * target/evwb.jar --version} and {@code validate SAMPLE}, the same with an application class-data-sharing archive
 * made here by one training run ({@code -XX:ArchiveClassesAtExit}), and the packaged launcher
 * {@code target/package/evwb/bin/evwb} when it exists ({@code mvn -Papp-image package}, which ships its own archive).
 * The cases run interleaved, round after round, so load on the machine hits them alike; each is also run once with
 * {@code -Xlog:class+load} to count the classes it loads. The window: {@code org.evwb.Main} without arguments under
 * Monocle (headless), timed by the app's own log line "workbench shown N ms after JVM start" (JVM uptime at the first
 * frame after the window is shown).
 *
 * <p>Options: {@code --quick} (3 rounds instead of 10), {@code --rounds N}, {@code --sample FILE} (default
 * sample-projects/exchange-london.evwb.json), {@code --out DIR} (default target/benchmarks/cold-start),
 * {@code --launcher NAME=PATH} (repeatable: a packaged launcher, e.g. an app-image's {@code bin/evwb}, timed for
 * {@code --version}, {@code validate} and its window, interleaved with the rest; the window's home is passed in
 * {@code JAVA_TOOL_OPTIONS}), {@code --real-glass} (the window cases run on the platform's own glass instead of
 * Monocle, so they need a display, e.g. under {@code xvfb-run}; the jar's window archive is trained the same way).
 */
public final class ColdStartBenchmark {

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern SHOWN = Pattern.compile("workbench shown (\\d+) ms after JVM start");
    private static final Pattern READY = Pattern.compile("workspace ready (\\d+) ms after JVM start, longest step "
            + "(\\d+) ms(?: \\(map \\d+, panes \\d+, styling and layout \\d+ ms; FX thread CPU (\\d+), (\\d+), "
            + "(\\d+) ms\\))?");

    private final Path work;
    private final PrintWriter log;
    private final List<Launcher> launchers;
    private final boolean realGlass;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private ColdStartBenchmark(Path work, PrintWriter log, List<Launcher> launchers, boolean realGlass) {
        this.work = work;
        this.log = log;
        this.launchers = launchers;
        this.realGlass = realGlass;
    }

    /** A packaged launcher given with {@code --launcher NAME=PATH}. */
    private record Launcher(String name, Path path) { }

    public static void main(String[] args) throws Exception {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
    }

    /** One command to time: its name and argument list. */
    private record Case(String name, List<String> command) { }

    /** Runs every case the options ask for and prints each run and the table to {@code log}. */
    public static void run(List<String> a, PrintWriter log) throws Exception {
        int rounds = Integer.parseInt(option(a, "--rounds", a.contains("--quick") ? "3" : "10"));
        String sample = option(a, "--sample", "sample-projects/exchange-london.evwb.json");
        Path work = Path.of(option(a, "--out", "target/benchmarks/cold-start")).toAbsolutePath();
        Files.createDirectories(work);
        log.printf("machine: %d cores, %s %s, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Launcher> launchers = new ArrayList<>();
        for (int k = 0; k + 1 < a.size(); k++) {
            if (a.get(k).equals("--launcher")) {
                String[] nameAndPath = a.get(k + 1).split("=", 2);
                if (nameAndPath.length != 2) {
                    throw new IllegalArgumentException("--launcher NAME=PATH, got " + a.get(k + 1));
                }
                launchers.add(new Launcher(nameAndPath[0], Path.of(nameAndPath[1]).toAbsolutePath()));
            }
        }
        new ColdStartBenchmark(work, log, launchers, a.contains("--real-glass")).measure(rounds,
                Path.of(sample).toAbsolutePath().toString());
    }

    private void measure(int rounds, String sample) throws Exception {
        String cp = System.getProperty("java.class.path");
        String benchClasses = Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> e.endsWith("test-classes") || e.contains("jackson")).collect(Collectors.joining(
                        File.pathSeparator));
        String jar = Path.of("target", "evwb.jar").toAbsolutePath().toString();
        Path jsa = work.resolve("evwb.jsa");
        Files.deleteIfExists(jsa);
        // training run: validate loads what --version loads and the project reader and studies besides
        Result training = exec(List.of(java, "-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar, "validate", sample));
        log.printf("AppCDS training run (validate): exit %d, archive %s (%.1f MB)%n", training.exitCode(), jsa,
                Files.exists(jsa) ? Files.size(jsa) / 1e6 : 0);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("bare JVM (Hello)", List.of(java, "-Xshare:auto", "-cp", benchClasses,
                        "org.evwb.bench.Hello")),
                new Case("JVM + Jackson parse of the sample", List.of(java, "-Xshare:auto", "-cp", benchClasses,
                        "org.evwb.bench.JacksonParse", sample)),
                new Case("java -jar evwb.jar --version", List.of(java, "-jar", jar, "--version")),
                new Case("java -jar evwb.jar validate SAMPLE", List.of(java, "-jar", jar, "validate", sample)),
                new Case("java + AppCDS -jar evwb.jar --version", List.of(java, "-XX:SharedArchiveFile=" + jsa,
                        "-jar", jar, "--version")),
                new Case("java + AppCDS -jar evwb.jar validate SAMPLE", List.of(java,
                        "-XX:SharedArchiveFile=" + jsa, "-jar", jar, "validate", sample))));
        Path launcher = Path.of("target", "package", "evwb", "bin", "evwb").toAbsolutePath();
        if (Files.isExecutable(launcher)) {
            cases.add(new Case("app-image bin/evwb --version", List.of(launcher.toString(), "--version")));
            cases.add(new Case("app-image bin/evwb validate SAMPLE", List.of(launcher.toString(), "validate",
                    sample)));
        }
        for (Launcher l : launchers) {
            cases.add(new Case(l.name() + " --version", List.of(l.path().toString(), "--version")));
            cases.add(new Case(l.name() + " validate SAMPLE", List.of(l.path().toString(), "validate", sample)));
        }
        Map<Case, List<Double>> times = new LinkedHashMap<>();
        Map<Case, List<Double>> cpuTimes = new LinkedHashMap<>();
        cases.forEach(c -> times.put(c, new ArrayList<>()));
        cases.forEach(c -> cpuTimes.put(c, new ArrayList<>()));
        for (Case c : cases) {
            exec(c.command());                                   // warms the page cache
        }
        for (int r = 0; r < rounds; r++) {
            for (Case c : cases) {
                long t0 = System.nanoTime();
                Result res = exec(c.command());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (res.exitCode() != 0) {
                    throw new IllegalStateException(c.name() + " exited " + res.exitCode() + ": " + res.err());
                }
                times.get(c).add(ms);
                cpuTimes.get(c).add(res.cpuMs());
            }
        }
        double bare = median(times.get(cases.get(0)));
        log.println();
        double bareCpu = median(cpuTimes.get(cases.get(0)));
        double jackson = median(times.get(cases.get(1)));
        double jacksonCpu = median(cpuTimes.get(cases.get(1)));
        log.println("| command | median ms wall | × bare JVM | × JVM + Jackson | median ms CPU (user + sys) | CPU × bare "
                + "| CPU × JVM + Jackson | classes loaded | every run, ms wall | every run, ms CPU |");
        log.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            double m = median(times.get(c));
            double mc = median(cpuTimes.get(c));
            log.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %s | %s | %s |%n", c.name(), m,
                    m / bare, m / jackson, mc, mc / bareCpu, mc / jacksonCpu, classCount(c), joined(times.get(c)),
                    joined(cpuTimes.get(c)));
        }
        log.println("load average after the rounds: " + MotorwayBenchmarks.loadAverage());
        window(rounds);
        log.flush();
    }

    /** Classes the case loads, from one run with -Xlog:class+load (the launcher takes it through JDK_JAVA_OPTIONS). */
    private String classCount(Case c) throws Exception {
        List<String> cmd = new ArrayList<>(c.command());
        Path out = work.resolve("classes.log");
        Files.deleteIfExists(out);
        String flag = "-Xlog:class+load=info:file=" + out;
        if (cmd.get(0).equals(java)) {
            cmd.add(1, flag);
            exec(cmd);
        } else {
            exec(cmd, Map.of("JDK_JAVA_OPTIONS", flag));
        }
        if (!Files.exists(out)) {
            return "-";
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
        long jackson = lines.stream().filter(l -> l.contains("com.fasterxml.jackson")).count();
        return String.format(Locale.ROOT, "%d (%d from CDS, %d Jackson)", lines.size(), shared, jackson);
    }

    /** The window under Monocle: JVM uptime at its first frame, from the app's log line, per run. */
    private void window(int rounds) throws Exception {
        String cp = System.getProperty("java.class.path");
        if (!realGlass && !cp.contains("monocle")) {
            log.println("\nwindow: skipped (Monocle is not on the class path; run through mvn -Pbench)");
            return;
        }
        List<String> headless = realGlass ? List.of(java, "-Xmx2g") : List.of(java, "-Xmx2g",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k");
        List<WindowCase> cases = new ArrayList<>();
        cases.add(new WindowCase("window, classes from the class path (as mvn javafx:run)", List.of("-cp", cp)));
        Path jar = Path.of("target", "evwb.jar").toAbsolutePath();
        String monocle = Arrays.stream(cp.split(File.pathSeparator)).filter(e -> e.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        if (Files.isRegularFile(jar)) {
            // as the launcher runs it: evwb.jar (its manifest adds lib/), with an archive of one window run
            Path jsa = work.resolve("window.jsa");
            Files.deleteIfExists(jsa);
            List<String> jarCp = realGlass ? List.of("-cp", jar.toString())
                    : List.of("-cp", jar + File.pathSeparator + monocle);
            List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + jsa));
            training.addAll(jarCp);
            WindowRun t = windowRun(headless, new WindowCase("training", training), true);
            log.printf(Locale.ROOT, "window AppCDS training run: first frame %s ms, archive %.1f MB%n",
                    t == null ? "-" : String.format(Locale.ROOT, "%.0f", t.shownMs()),
                    Files.exists(jsa) ? Files.size(jsa) / 1e6 : 0);
            List<String> withArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa));
            withArchive.addAll(jarCp);
            cases.add(new WindowCase("window, evwb.jar", jarCp));
            cases.add(new WindowCase("window, evwb.jar + AppCDS archive of a window run", withArchive));
        }
        for (Launcher l : launchers) {
            cases.add(new WindowCase("window, " + l.name(), List.of(), l.path()));
        }
        Map<WindowCase, List<WindowRun>> runs = new LinkedHashMap<>();
        cases.forEach(c -> runs.put(c, new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            for (WindowCase c : cases) {
                WindowRun run = windowRun(headless, c, true);
                if (run == null) {
                    log.println("\nwindow: no 'workbench shown' line; see " + work.resolve("window.out"));
                    return;
                }
                runs.get(c).add(run);
            }
        }
        log.println();
        log.println("| window (" + (realGlass ? "platform glass" : "Monocle headless") + ") | first frame, median ms "
                + "after JVM start | first frame, median ms after the process started (polled) | CPU-s by then, median "
                + "| workspace ready (after the frame), median ms | longest FX step after the frame, median ms "
                + "(its FX-thread CPU ms) | every run: frame ms (after process start) / CPU ms / ready ms / longest "
                + "step ms |");
        log.println("|---|---|---|---|---|---|---|");
        for (WindowCase c : cases) {
            List<WindowRun> v = runs.get(c);
            log.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %.0f | %.0f (%.0f) | %s |%n", c.name(),
                    median(v.stream().map(WindowRun::shownMs).toList()),
                    median(v.stream().map(WindowRun::sinceSpawnMs).toList()),
                    median(v.stream().map(WindowRun::cpuMs).toList()) / 1000,
                    median(v.stream().map(WindowRun::readyMs).toList()),
                    median(v.stream().map(WindowRun::longestStepMs).toList()),
                    median(v.stream().map(WindowRun::longestStepCpuMs).toList()),
                    v.stream().map(w -> String.format(Locale.ROOT, "%.0f (%.0f) / %.0f / %.0f / %.0f", w.shownMs(),
                            w.sinceSpawnMs(), w.cpuMs(), w.readyMs(), w.longestStepMs()))
                            .collect(Collectors.joining("; ")));
        }
        log.println("load average after the window runs: " + MotorwayBenchmarks.loadAverage());
    }

    /**
     * A way to start the window: its name and the JVM options and class path after the headless ones, or a packaged
     * launcher to run instead of the JVM (then {@code options} is empty).
     */
    private record WindowCase(String name, List<String> options, Path launcher) {
        WindowCase(String name, List<String> options) {
            this(name, options, null);
        }
    }

    /**
     * One window start: uptime at the first frame (the app's log line), the time from starting the process to
     * seeing that line (polled every 20 ms; it includes what a launcher does before it starts the JVM), the
     * process's CPU time then, and from the app's later line the uptime when the workspace was ready and the longest
     * step the FX thread spent on it (NaN if the line did not come within 60 s).
     */
    private record WindowRun(double shownMs, double sinceSpawnMs, double cpuMs, double readyMs, double longestStepMs,
                             double longestStepCpuMs) { }

    private WindowRun windowRun(List<String> headless, WindowCase c, boolean waitForWorkspace)
            throws Exception {
        Path home = Files.createTempDirectory(work, "home");
        List<String> cmd = new ArrayList<>();
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (c.launcher() != null) {
            // a launcher sets its own JVM options; the JVM itself reads this variable
            cmd.add(c.launcher().toString());
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Devwb.home=" + home);
        } else {
            cmd.addAll(headless);
            cmd.add("-Devwb.home=" + home);
            cmd.addAll(c.options());
            cmd.add("org.evwb.Main");
        }
        long spawned = System.nanoTime();
        Process p = pb.redirectErrorStream(true).redirectOutput(work.resolve("window.out").toFile()).start();
        Path logFile = home.resolve("logs").resolve("evwb.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Double ms = null;
        double sinceSpawn = Double.NaN;
        double cpu = Double.NaN;
        double ready = Double.NaN;
        double step = Double.NaN;
        double stepCpu = Double.NaN;
        try {
            while (System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
                String text = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
                if (ms == null) {
                    Matcher m = SHOWN.matcher(text);
                    if (m.find()) {
                        ms = Double.valueOf(m.group(1));
                        sinceSpawn = (System.nanoTime() - spawned) / 1e6;
                        cpu = p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                        deadline = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
                    }
                }
                Matcher r = READY.matcher(text);
                if (ms != null && r.find()) {
                    ready = Double.parseDouble(r.group(1));
                    step = Double.parseDouble(r.group(2));
                    if (r.group(3) != null) {
                        stepCpu = Math.max(Double.parseDouble(r.group(3)), Math.max(Double.parseDouble(r.group(4)),
                                Double.parseDouble(r.group(5))));
                    }
                    break;
                }
                if (ms != null && !waitForWorkspace) {
                    break;
                }
            }
        } finally {
            p.destroy();                                   // a normal exit: a training run writes its archive now
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return ms == null ? null : new WindowRun(ms, sinceSpawn, cpu, ready, step, stepCpu);
    }

    private static String joined(List<Double> v) {
        return v.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).collect(Collectors.joining(", "));
    }

    /** A finished command: exit code, stderr, and its CPU time (user + sys, from /usr/bin/time; NaN without it). */
    private record Result(int exitCode, String err, double cpuMs) { }

    private Result exec(List<String> cmd) throws IOException, InterruptedException {
        return exec(cmd, Map.of());
    }

    private Result exec(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path err = work.resolve("stderr.txt");
        Path cpu = work.resolve("cpu.txt");
        Files.deleteIfExists(cpu);
        List<String> full = cmd;
        if (Files.isExecutable(TIME)) { // the child's own CPU time, written to a file of its own
            full = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
            full.addAll(cmd);
        }
        ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd + " did not end");
        }
        double cpuMs = Double.NaN;
        if (Files.exists(cpu)) {
            String[] us = Files.readString(cpu, StandardCharsets.UTF_8).trim().split("\\s+");
            if (us.length >= 2) {
                try {
                    cpuMs = (Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000;
                } catch (NumberFormatException e) {
                    // a line from /usr/bin/time about the exit status comes first; the figures stay NaN
                }
            }
        }
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), cpuMs);
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1]
                + s[s.length / 2]) / 2;
    }

    private static String option(List<String> a, String name, String dflt) {
        int k = a.indexOf(name);
        return k >= 0 && k + 1 < a.size() ? a.get(k + 1) : dflt;
    }
}
