package org.evwb.core.study.netzero.traffic;

/** SUMO could not be run or failed: missing, timed out, or exited with an error (the message says which and how). */
public final class SumoException extends Exception {

    private static final long serialVersionUID = 1L;

    public SumoException(String message) {
        super(message);
    }

    public SumoException(String message, Throwable cause) {
        super(message, cause);
    }
}
