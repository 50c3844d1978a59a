package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is an interactive terminal, so progress lines do not end up in logs and pipes. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when stderr is a terminal. Java has no isatty for stderr; on Linux the link {@code /proc/self/fd/2} names
     * the device ({@code /dev/pts/N} or {@code /dev/ttyN}). Elsewhere {@code System.console()} (stdin and stdout are
     * a terminal) is the closest answer.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the portable approximation
        }
        return System.console() != null;
    }
}
