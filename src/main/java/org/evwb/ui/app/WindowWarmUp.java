package org.evwb.ui.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.evwb.core.project.Json;
import org.evwb.core.study.Studies;

/**
 * Loads and initialises, on a background thread while JavaFX starts its toolkit on the other core, the classes the
 * window's services need before the first frame: every study's registration, the project JSON mapper (Jackson) and
 * the sample projects' descriptions. What it builds is thrown away: the composition root builds its own services as
 * before, only without waiting for class loading and static initialisation, which are most of their cost on a cold
 * JVM. Nothing is shared between the two threads but the JVM's loaded classes.
 */
public final class WindowWarmUp implements Runnable {

    private static final Logger LOG = Logger.getLogger(WindowWarmUp.class.getName());

    private final ClassLoader loader;

    WindowWarmUp(ClassLoader loader) {
        this.loader = loader;
    }

    /** Starts the warm-up on a daemon thread (it never holds the application open). */
    public static void start() {
        Thread t = new Thread(new WindowWarmUp(WindowWarmUp.class.getClassLoader()), "evwb-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    @Override
    public void run() {
        try {
            Studies.standard();
            Json.newMapper();
            new SampleProjects(loader).list();
        } catch (RuntimeException | LinkageError e) {
            // Only time is lost: the window builds the same things itself and reports what fails there.
            LOG.log(Level.FINE, "warm-up stopped", e);
        }
    }
}
