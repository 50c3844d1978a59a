package org.evwb.ui.exchange;

import java.util.List;
import org.evwb.core.geo.GeoPoint;

/**
 * What the exchange overlay draws, as plain values (tests read it instead of pixels): lines between participants and
 * rings around some of them.
 */
public record OverlayModel(List<Line> lines, List<Ring> rings) {

    public static final OverlayModel EMPTY = new OverlayModel(List.of(), List.of());

    /** How a line or ring is drawn. */
    public enum Style {
        /** A pair of the current (tentative) matching: solid blue. */
        MATCHED,
        /** The proposal of this step was accepted: green arrow. */
        ACCEPTED,
        /** The proposal of this step was rejected: red arrow. */
        REJECTED,
        /** The pair this step broke up (the receiver dropped its partner): dashed. */
        DISPLACED,
        /** A pair that breaks a one-partner constraint, or an entity with two partners: red. */
        BROKEN,
        /** The entity acting now. */
        ACTIVE
    }

    /** From participant {@code fromIndex} to {@code toIndex}; an arrow points at {@code to}. */
    public record Line(int fromIndex, int toIndex, GeoPoint from, GeoPoint to, Style style, boolean arrow) { }

    public record Ring(int index, GeoPoint at, Style style) { }

    public OverlayModel {
        lines = List.copyOf(lines);
        rings = List.copyOf(rings);
    }

    public List<Line> lines(Style style) {
        return lines.stream().filter(l -> l.style() == style).toList();
    }

    public List<Ring> rings(Style style) {
        return rings.stream().filter(r -> r.style() == style).toList();
    }
}
