package org.evwb.cli.qubo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.cli.Interrupts;
import org.evwb.cli.QuboCommand;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.io.MaxCutGraph;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.CpuClock;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evwb qubo solve FILE --sampler ID ...}: best energy on stdout, the sample set as JSON with --out. Ctrl+C
 * cancels the run; the sampler returns what it has (like at a time limit) and the result is still written, with
 * {@code "status": "cancelled"}.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, description = "Sample a QUBO file with one sampler.")
public final class QuboSolveCommand implements Callable<Integer> {

    private final Interrupts interrupts;

    /** Samples written into the JSON (the distinct states, best first). */
    static final int MAX_SAMPLES_WRITTEN = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "QUBO file (.coo, .qubo, .json) or Gset graph with "
            + "--maxcut")
    Path file;

    @Option(names = "--maxcut", description = "FILE is a Gset max-cut graph; report the cut")
    boolean maxcut;

    @Option(names = "--sampler", defaultValue = "anneal", description = "anneal, tabu, exact, cpsat, qaoa or random "
            + "(default: ${DEFAULT-VALUE})")
    String sampler;

    @Option(names = "--reads", description = "reads (anneal, random) or restarts (tabu)")
    Integer reads;

    @Option(names = "--sweeps", description = "sweeps per read (anneal)")
    Integer sweeps;

    @Option(names = "--seed", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--time-limit", paramLabel = "S", description = "time limit in seconds")
    Double timeLimit;

    @Option(names = "--p", description = "QAOA layers, 1..5")
    Integer layers;

    @Option(names = "--shots", description = "QAOA shots")
    Integer shots;

    @Option(names = "--out", paramLabel = "OUT.json", description = "write the result as JSON")
    Path out;

    /** @param interrupts how Ctrl+C reaches the running sampler */
    public QuboSolveCommand(Interrupts interrupts) {
        this.interrupts = interrupts;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = Json.newMapper();
        Samplers samplers = new Samplers();
        SolverSpec<Qubo, SampleSet> solverSpec = samplers.byId(sampler).orElse(null);
        if (solverSpec == null) {
            err.println("unknown sampler '" + sampler + "'; use one of " + String.join(", ", samplers.ids()));
            return QuboCommand.BAD_INPUT;
        }
        if (out != null) {
            try {
                ProjectIO.checkWritable(out);
            } catch (IOException e) {
                err.println("--out: " + e.getMessage());
                return QuboCommand.BAD_INPUT;
            }
        }
        Qubo qubo;
        MaxCutGraph graph = null;
        Record params;
        try {
            QuboFiles files = new QuboFiles(mapper);
            if (maxcut) {
                graph = files.readGset(file);
                qubo = graph.toQubo();
            } else {
                qubo = files.read(file);
            }
            params = solverSpec.withOverrides(overrides(solverSpec, mapper));
        } catch (ProjectFileException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return QuboCommand.BAD_INPUT;
        }
        RunContext ctx = new RunContext(seed, contextLimit(), RunListener.NONE);
        // Written before the registration closes: on Ctrl+C the JVM exits once it is closed.
        Interrupts.Registration ctrlC = interrupts.onInterrupt(ctx::cancel);
        try {
            return solve(solverSpec, params, qubo, graph, ctx, mapper);
        } finally {
            ctrlC.close();
        }
    }

    private int solve(SolverSpec<Qubo, SampleSet> solverSpec, Record params, Qubo qubo, MaxCutGraph graph,
                      RunContext ctx, ObjectMapper mapper) {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long wall0 = System.nanoTime();
        long cpu0 = CpuClock.processCpuNanos();
        SampleSet result;
        try {
            result = solverSpec.create(params).solve(qubo, ctx);
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return QuboCommand.BAD_INPUT;
        } catch (CancelledException e) {
            err.println("cancelled before the " + sampler + " sampler held a state; nothing to write");
            return QuboCommand.FAILED;
        } catch (OutOfMemoryError e) {
            err.println(file + ": the " + sampler + " sampler ran out of memory (" + qubo.numVariables()
                    + " variables); start Java with a larger -Xmx or use a smaller QUBO");
            return QuboCommand.FAILED;
        } catch (RuntimeException e) {
            err.println(file + ": the " + sampler + " sampler failed: " + (e.getMessage() == null
                    ? "an internal error (please report it with the command you ran)" : e.getMessage()));
            return QuboCommand.FAILED;
        }
        // a cancel keeps the sampler's best so far, like a time limit; the result says which it was
        RunStatus status = ctx.isCancelled() ? RunStatus.CANCELLED
                : ctx.timeLimitReached() ? RunStatus.TIME_LIMIT : RunStatus.COMPLETED;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = cpu0 < 0 ? wall : (CpuClock.processCpuNanos() - cpu0) / 1e9;
        if (result.samples().isEmpty()) {
            err.println("the " + sampler + " sampler returned no sample (time limit too short?)");
            return QuboCommand.FAILED;
        }
        Sample best = result.samples().get(0);
        Decoded decoded = qubo.decode(best.state());
        StringBuilder line = new StringBuilder(String.format("%s: best energy %s", sampler,
                plain(best.energy())));
        if (graph != null) {
            line.append(String.format(", cut %d", graph.cutValue(best.state())));
        }
        line.append(String.format(" (%d variables, %d couplers, %.3f s)", qubo.numVariables(), qubo.numCouplers(),
                wall));
        o.println(line);
        if (!decoded.feasible()) {
            o.println("broken constraints: " + decoded.brokenConstraints().size());
        }
        if (status == RunStatus.CANCELLED) {
            o.println("status: cancelled (the best so far)");
        }
        if (out != null) {
            try {
                ObjectNode json = toJson(result, status, params, decoded, graph, wall, cpu, mapper);
                ProjectIO.writeAtomically(out, (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                        + "\n").getBytes(StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                err.println("--out: the result was not written: " + e.getMessage());
                return QuboCommand.FAILED;
            }
        }
        return status == RunStatus.CANCELLED ? QuboCommand.FAILED : QuboCommand.OK;
    }

    private ObjectNode toJson(SampleSet result, RunStatus status, Record params, Decoded decoded, MaxCutGraph graph,
                              double wall, double cpu, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("sampler", sampler);
        root.put("seed", seed);
        root.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        root.put("file", file.toString());
        root.set("parameters", mapper.valueToTree(SolverSpec.parameterMap(params, mapper)));
        root.put("energy", result.bestEnergy());
        Sample best = result.samples().get(0);
        root.set("sample", bits(best, mapper));
        if (graph != null) {
            root.put("cut", graph.cutValue(best.state()));
        }
        root.put("objective", decoded.objective());
        ArrayNode broken = root.putArray("brokenConstraints");
        for (Decoded.Broken b : decoded.brokenConstraints()) {
            broken.addObject().put("constraint", b.constraint()).put("penalty", b.penalty());
        }
        ArrayNode samples = root.putArray("samples");
        for (Sample s : result.samples().subList(0, Math.min(MAX_SAMPLES_WRITTEN, result.samples().size()))) {
            samples.addObject().put("energy", s.energy()).put("occurrences", s.occurrences())
                    .set("sample", bits(s, mapper));
        }
        root.put("distinctSamples", result.samples().size());
        ObjectNode t = root.putObject("timings");
        t.put("setupSeconds", result.timings().setupSeconds());
        t.put("samplingSeconds", result.timings().samplingSeconds());
        t.put("wallSeconds", wall);
        t.put("cpuSeconds", cpu);
        root.set("info", mapper.valueToTree(result.info()));
        return root;
    }

    private static ArrayNode bits(Sample s, ObjectMapper mapper) {
        ArrayNode a = mapper.createArrayNode();
        for (int i = 0; i < s.size(); i++) {
            a.add(s.value(i));
        }
        return a;
    }

    /** The command-line options as parameter overrides; an option the sampler does not take is an error. */
    private Map<String, Object> overrides(SolverSpec<Qubo, SampleSet> s, ObjectMapper mapper) {
        Map<String, Object> names = SolverSpec.parameterMap(s.defaults(), mapper);
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, names, "--reads", reads, "reads", "restarts");
        put(o, names, "--sweeps", sweeps, "sweeps");
        put(o, names, "--p", layers, "layers");
        put(o, names, "--shots", shots, "shots");
        if (timeLimit != null && !(timeLimit > 0)) {
            throw new IllegalArgumentException("--time-limit must be a positive number of seconds");
        }
        if (timeLimit != null && names.containsKey("timeLimitSeconds")) {
            o.put("timeLimitSeconds", timeLimit);
        }
        return o;
    }

    private void put(Map<String, Object> o, Map<String, Object> names, String option, Object value,
                     String... candidates) {
        if (value == null) {
            return;
        }
        for (String c : candidates) {
            if (names.containsKey(c)) {
                o.put(c, value);
                return;
            }
        }
        throw new IllegalArgumentException("the " + sampler + " sampler has no " + option + " option; its parameters"
                + " are " + String.join(", ", names.keySet()));
    }

    /** The limit also goes to the run context, so samplers without a time-limit parameter of their own obey it. */
    private Duration contextLimit() {
        if (timeLimit == null) {
            return null;
        }
        return Duration.ofNanos((long) (timeLimit * 1e9));
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
