package org.evwb.core.solve;

/** Thrown by {@link RunContext#checkCancelled()} when the user cancelled the run. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("the run was cancelled", null, false, false);
    }
}
