package org.evwb.ui.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.evwb.core.AppDirs;

/**
 * The application's log file under {@link AppDirs#logs()}: stack traces go here, never to the user. Set up once at
 * start-up by the composition root; {@link #close()} detaches it.
 */
public final class AppLog implements AutoCloseable {

    /** The logger every UI class writes to (children such as {@code org.evwb.ui.runs} inherit the handler). */
    public static final String LOGGER = "org.evwb";

    private final Logger logger = Logger.getLogger(LOGGER);
    private final Path file;
    private final FileHandler handler;

    public AppLog(AppDirs dirs) throws IOException {
        Files.createDirectories(dirs.logs());
        this.file = dirs.logs().resolve("evwb.log");
        this.handler = new FileHandler(file.toString(), 5_000_000, 1, true);
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        logger.addHandler(handler);
        logger.setLevel(Level.INFO);
    }

    /** The current log file (named in error dialogs). */
    public Path file() {
        return file;
    }

    /** Logs an error with its stack trace and flushes, so the file is complete when the dialog appears. */
    public void error(String message, Throwable t) {
        logger.log(Level.SEVERE, message, t);
        handler.flush();
    }

    public void info(String message) {
        logger.info(message);
    }

    /** The first lines of a stack trace, for a "details" area. */
    public static String brief(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        handler.close();
    }
}
