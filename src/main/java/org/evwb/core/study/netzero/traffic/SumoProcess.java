package org.evwb.core.study.netzero.traffic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;

/**
 * Runs one SUMO program as a child process with its output in a log file: it returns when the program exits, throws
 * a {@link SumoException} naming the program, its exit code and the log's last lines when it fails or outlives its
 * time limit, and kills it (and any child of it) within a poll of {@value #POLL_MS} ms of a cancel.
 */
final class SumoProcess {

    static final long POLL_MS = 20;
    static final int LOG_TAIL_LINES = 8;

    private SumoProcess() {
    }

    static void run(List<String> command, Path workDir, Path log, Duration timeLimit, RunContext ctx)
            throws SumoException {
        String program = Path.of(command.get(0)).getFileName().toString();
        Process p;
        try {
            p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new SumoException("could not start " + program + " (" + command.get(0) + "): " + e.getMessage()
                    + "; " + SumoInstallation.HOW_TO_INSTALL, e);
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            while (!p.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                if (ctx != null && ctx.isCancelled()) {
                    kill(p);
                    throw new CancelledException();
                }
                if (System.nanoTime() > deadline) {
                    kill(p);
                    throw new SumoException(program + " did not finish within " + timeLimit.toSeconds()
                            + " s and was stopped; raise the SUMO time limit or simulate fewer vehicles. Its last "
                            + "output: " + tail(log));
                }
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        if (p.exitValue() != 0) {
            throw new SumoException(program + " failed with exit code " + p.exitValue() + ": " + tail(log)
                    + " (log: " + log + ")");
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(150, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            String s = String.join(" | ", last).trim();
            return s.isEmpty() ? "(no output)" : s;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
