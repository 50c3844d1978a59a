package org.evwb.core.project;

/**
 * What a failure says to the person using the workbench: its message, never a Java class name. A failure without a
 * message of its own (a bug) says so in words; the technical details belong in the log, not on the screen.
 */
public final class UserMessages {

    private UserMessages() {
    }

    /** The failure's message (its first line, without a leading {@code java.x.YException: }), or a plain phrase. */
    public static String of(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory; start it with a larger -Xmx (e.g. EVWB_JAVA_OPTS=-Xmx4g) or use a smaller "
                    + "instance";
        }
        if (t instanceof StackOverflowError) {
            return "an internal error (the input nests too deeply for this build; please report it)";
        }
        String m = t == null ? null : t.getMessage();
        if (m == null || m.isBlank()) {
            return "an internal error (please report it with what you did)";
        }
        String line = m.lines().findFirst().orElse(m).strip();
        // a wrapped cause's toString ("java.io.IOException: disk full"): keep what it says
        line = line.replaceFirst("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ", "");
        return line;
    }
}
