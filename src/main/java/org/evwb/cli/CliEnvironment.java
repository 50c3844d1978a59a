package org.evwb.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Supplier;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;

/**
 * Everything the commands use from the outside world, handed in so tests can capture the output and fake Ctrl+C.
 *
 * @param out           results for scripts (summaries, listings); nothing else goes here
 * @param err           errors, warnings and progress
 * @param registry      the studies and solvers known to this build, built on first use ({@link #studies()}): a
 *                      command that needs none, such as {@code --version}, never loads them
 * @param showProgress  write progress lines to {@code err} (only when it is a terminal)
 * @param interrupts    how Ctrl+C reaches a running solve
 * @param carbon        the constants of the compute-carbon estimate
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Supplier<StudyRegistry> registry, boolean showProgress,
                             Interrupts interrupts, ComputeCarbon.Settings carbon) {

    public CliEnvironment {
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
        registry = Once.of(Objects.requireNonNull(registry));
        Objects.requireNonNull(interrupts);
        Objects.requireNonNull(carbon);
    }

    /** An environment with a registry built already. */
    public CliEnvironment(PrintWriter out, PrintWriter err, StudyRegistry studies, boolean showProgress,
                          Interrupts interrupts, ComputeCarbon.Settings carbon) {
        this(out, err, constant(Objects.requireNonNull(studies)), showProgress, interrupts, carbon);
    }

    private static Supplier<StudyRegistry> constant(StudyRegistry studies) {
        return () -> studies;
    }

    /** The studies and solvers known to this build; the first call builds them. */
    public StudyRegistry studies() {
        return registry.get();
    }

    /** The real console: System.out/err, every standard study, Ctrl+C through a shutdown hook. */
    public static CliEnvironment system() {
        Charset cs = Charset.defaultCharset();
        return new CliEnvironment(new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true), Studies::standard,
                Terminal.stderrIsTerminal(), Interrupts.shutdownHook(30), ComputeCarbon.Settings.DEFAULT);
    }

    /** Captured streams for tests and embedding: no progress lines, no Ctrl+C handling. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err) {
        return new CliEnvironment(out, err, Studies::standard, false, Interrupts.NONE,
                ComputeCarbon.Settings.DEFAULT);
    }

    public CliEnvironment withInterrupts(Interrupts i) {
        return new CliEnvironment(out, err, registry, showProgress, i, carbon);
    }
}
