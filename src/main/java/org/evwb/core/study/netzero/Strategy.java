package org.evwb.core.study.netzero;

/** The three ways of Fig. 14 / Table VIII a grid can meet a road's demand. */
public enum Strategy {
    /** S_G = S̄_G, no prosumers (solver {@code no-optimisation}). */
    NO_OPTIMISATION,
    /** Optimised S_G, no EV supply taken (solver {@code no-prosumers}). */
    NO_PROSUMERS,
    /** Problem 1: optimised S_G and EV supply (solver {@code milp}). */
    PROSUMERS
}
