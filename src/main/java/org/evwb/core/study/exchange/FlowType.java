package org.evwb.core.study.exchange;

/**
 * Where energy goes, named source-to-destination with T = telecom base station, V = EV, G = grid (paper 000 §I).
 * Every kWh that changes hands in a solution has exactly one flow type.
 */
public enum FlowType {
    /** An EV seller's surplus sold to the grid (unmatched seller, or what a matched EV seller has left). */
    V2G,
    /** The grid meets an unmatched EV buyer's demand. */
    G2V,
    /** A BS seller's surplus sold to the grid (unmatched, or what remains after its partner's demand). */
    T2G,
    /** The grid meets an unmatched BS buyer's demand. */
    G2T,
    /** A BS seller meets its partner EV buyer's demand. */
    T2V,
    /** An EV seller meets its partner BS buyer's demand. */
    V2T,
    /** An EV seller meets its partner EV buyer's demand. */
    V2V,
    /** A BS seller meets its partner BS buyer's demand (through the grid's wires, no travel). */
    T2T;

    /** The flow type of a peer trade from {@code seller} to {@code buyer}. */
    public static FlowType of(Participant.Kind seller, Participant.Kind buyer) {
        return valueOf(seller.letter() + "2" + buyer.letter());
    }

    /** The flow type of a trade between {@code x} and the grid. */
    public static FlowType withGrid(Participant.Kind x, boolean xSells) {
        return valueOf(xSells ? x.letter() + "2G" : "G2" + x.letter());
    }
}
