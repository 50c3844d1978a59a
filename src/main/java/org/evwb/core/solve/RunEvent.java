package org.evwb.core.solve;

/** One point of a live series reported during a run, e.g. {@code ("best energy", sweep, energy)}. */
public record RunEvent(String series, double x, double y) { }
