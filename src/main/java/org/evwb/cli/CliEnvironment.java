package org.evwb.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;

/**
 * Everything the commands use from the outside world, handed in so tests can capture the output and fake Ctrl+C.
 *
 * @param out           results for scripts (summaries, listings); nothing else goes here
 * @param err           errors, warnings and progress
 * @param studies       the studies and solvers known to this build
 * @param showProgress  write progress lines to {@code err} (only when it is a terminal)
 * @param interrupts    how Ctrl+C reaches a running solve
 * @param carbon        the constants of the compute-carbon estimate
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, StudyRegistry studies, boolean showProgress,
                             Interrupts interrupts, ComputeCarbon.Settings carbon) {

    public CliEnvironment {
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
        Objects.requireNonNull(studies);
        Objects.requireNonNull(interrupts);
        Objects.requireNonNull(carbon);
    }

    /** The real console: System.out/err, every standard study, Ctrl+C through a shutdown hook. */
    public static CliEnvironment system() {
        Charset cs = Charset.defaultCharset();
        return new CliEnvironment(new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true), Studies.standard(),
                Terminal.stderrIsTerminal(), Interrupts.shutdownHook(30), ComputeCarbon.Settings.DEFAULT);
    }

    /** Captured streams for tests and embedding: no progress lines, no Ctrl+C handling. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err) {
        return new CliEnvironment(out, err, Studies.standard(), false, Interrupts.NONE,
                ComputeCarbon.Settings.DEFAULT);
    }

    public CliEnvironment withInterrupts(Interrupts i) {
        return new CliEnvironment(out, err, studies, showProgress, i, carbon);
    }
}
