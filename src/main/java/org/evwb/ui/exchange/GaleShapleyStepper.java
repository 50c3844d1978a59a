package org.evwb.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Step;

/**
 * Where the class is in a Gale–Shapley trace: position k means steps 0..k−1 are done (0 = nothing yet, size = the
 * end). Turns the position into the overlay model: the tentative matching after step k−1, that step's proposal as an
 * arrow (green accepted, red rejected), the pair it broke up dashed, the proposer ringed.
 */
public final class GaleShapleyStepper {

    private final ExchangeSession session;
    private final GaleShapleyTrace trace;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);

    public GaleShapleyStepper(ExchangeSession session, GaleShapleyTrace trace) {
        this.session = session;
        this.trace = trace;
    }

    public GaleShapleyTrace trace() {
        return trace;
    }

    public ExchangeSession session() {
        return session;
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int position() {
        return position.get();
    }

    public void setPosition(int k) {
        position.set(Math.max(0, Math.min(trace.size(), k)));
    }

    public boolean next() {
        if (atEnd()) {
            return false;
        }
        setPosition(position() + 1);
        return true;
    }

    public boolean back() {
        if (position() == 0) {
            return false;
        }
        setPosition(position() - 1);
        return true;
    }

    public void reset() {
        setPosition(0);
    }

    public boolean atEnd() {
        return position() >= trace.size();
    }

    /** The step just done, or null at position 0. */
    public Step current() {
        return position() == 0 ? null : trace.steps().get(position() - 1);
    }

    /** The tentative matching at the current position. */
    public List<Matching.Pair> matching() {
        return trace.matchingBefore(position());
    }

    public OverlayModel overlay() {
        List<OverlayModel.Line> lines = new ArrayList<>();
        List<OverlayModel.Ring> rings = new ArrayList<>();
        Step s = current();
        boolean buyersPropose = trace.side() == org.evwb.core.study.exchange.ExchangeParameters.ProposingSide.BUYERS;
        for (Matching.Pair p : matching()) {
            boolean isThisStep = s != null && s.outcome() != Outcome.REJECTED
                    && p.equals(pairOf(s.proposer(), s.receiver(), buyersPropose));
            if (!isThisStep) {
                lines.add(line(p.buyer(), p.seller(), OverlayModel.Style.MATCHED, false));
            }
        }
        if (s != null) {
            if (s.outcome() == Outcome.DISPLACED) {
                lines.add(line(s.displaced(), s.receiver(), OverlayModel.Style.DISPLACED, false));
            }
            lines.add(line(s.proposer(), s.receiver(),
                    s.outcome() == Outcome.REJECTED ? OverlayModel.Style.REJECTED : OverlayModel.Style.ACCEPTED, true));
            rings.add(new OverlayModel.Ring(s.proposer(), session.position(s.proposer()), OverlayModel.Style.ACTIVE));
        }
        return new OverlayModel(lines, rings);
    }

    private static Matching.Pair pairOf(int proposer, int receiver, boolean buyersPropose) {
        return buyersPropose ? new Matching.Pair(proposer, receiver) : new Matching.Pair(receiver, proposer);
    }

    private OverlayModel.Line line(int from, int to, OverlayModel.Style style, boolean arrow) {
        return new OverlayModel.Line(from, to, session.position(from), session.position(to), style, arrow);
    }

    /** One line of the rounds log, e.g. "Round 2 · EV3 → BS1: rejected (BS1 keeps EV5)". */
    public String describe(Step s) {
        String who = session.label(s.proposer()) + " → " + session.label(s.receiver());
        String what = switch (s.outcome()) {
            case ACCEPTED -> "accepted";
            case REJECTED -> "rejected (" + session.label(s.receiver()) + " keeps "
                    + holderBefore(s) + ")";
            case DISPLACED -> "accepted, " + session.label(s.displaced()) + " displaced";
        };
        return "Round " + s.round() + " · " + who + ": " + what;
    }

    private String holderBefore(Step s) {
        boolean buyersPropose = trace.side() == org.evwb.core.study.exchange.ExchangeParameters.ProposingSide.BUYERS;
        for (Matching.Pair p : trace.matchingBefore(s.index())) {
            if (buyersPropose && p.seller() == s.receiver()) {
                return session.label(p.buyer());
            }
            if (!buyersPropose && p.buyer() == s.receiver()) {
                return session.label(p.seller());
            }
        }
        return "its partner";
    }
}
