package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;

/**
 * The incentive game of paper 004 §IV-A (Table IV, a prisoner's dilemma): every EV with a surplus S_i chooses Coop
 * (offer S_i) or Non-Coop. Payoffs: fewer than N_TH cooperate — Coop U_i, Non-Coop −RC; N_TH or more — both
 * −RC/N_Coop. Proposition 1: Coop is a best response when U_i ≥ 0 (and RC ≥ 0). Proposition 2: a player does not
 * conspire to play selfish iff U_i ≥ RC − RC/N_Coop (from E(Payoff) ≤ E(Payoff'), eqs. (13)–(18)). N_Coop here is
 * the number of EVs with S_i &gt; 0 for which Proposition 1 holds (Fig. 6 averages it over runs).
 *
 * @param roadCharge    RC
 * @param threshold     N_TH
 * @param cooperating   N_Coop
 * @param evs           one row per EV with a surplus
 */
public record NetzeroGame(double roadCharge, int threshold, int cooperating, List<Player> evs) {

    /**
     * One EV's payoffs and the propositions' verdicts.
     *
     * @param coopBelow        payoff of Coop when fewer than N_TH cooperate (U_i)
     * @param nonCoopBelow     payoff of Non-Coop then (−RC)
     * @param above            payoff of either when N_TH or more cooperate (−RC/N_Coop)
     * @param proposition1     U_i ≥ 0 and RC ≥ 0
     * @param coopWeaklyDominant Coop is at least as good as Non-Coop in both rows of Table IV
     * @param proposition2     U_i ≥ RC − RC/N_Coop
     */
    public record Player(String id, double supplyKWh, double utility, double coopBelow, double nonCoopBelow,
                         double above, boolean proposition1, boolean coopWeaklyDominant, boolean proposition2) { }

    public static NetzeroGame of(NetzeroInstance in) {
        NetzeroParameters p = in.parameters();
        double rc = p.roadCharge();
        int nCoop = (int) in.evs().stream().filter(e -> e.supplyKWh() > 0 && e.utility() >= 0).count();
        double shared = nCoop > 0 ? rc / nCoop : rc;
        List<Player> rows = new ArrayList<>();
        for (NetzeroEv e : in.evs()) {
            if (e.supplyKWh() <= 0) {
                continue;
            }
            double u = e.utility();
            rows.add(new Player(e.id(), e.supplyKWh(), u, u, -rc, -shared, u >= 0 && rc >= 0,
                    u >= -rc, proposition2(u, rc, nCoop)));
        }
        return new NetzeroGame(rc, p.coopThreshold(), nCoop, rows);
    }

    /** Proposition 2's condition, eq. (18). */
    public static boolean proposition2(double utility, double roadCharge, int nCoop) {
        return utility >= roadCharge - (nCoop > 0 ? roadCharge / nCoop : roadCharge);
    }

    /** E(Payoff) of eq. (13): the payoff of a player who conspires (q' the chance it learns N_TH will cooperate). */
    public static double conspiringPayoff(double u, double rc, int nCoop, int nTh, double q, double qPrime) {
        double known = Math.pow(qPrime, nTh);
        return known * (-rc / nCoop) + (1 - known) * (q * (u - rc) + (1 - q) * (-rc / nCoop));
    }

    /** E(Payoff') of eq. (15): without any conspiracy. */
    public static double honestPayoff(double u, double rc, int nCoop, double q) {
        return q * (u - rc) + (1 - q) * (-rc / nCoop);
    }

    /** EVs with a surplus. */
    public int suppliers() {
        return evs.size();
    }

    public long proposition1Count() {
        return evs.stream().filter(Player::proposition1).count();
    }

    public long proposition2Count() {
        return evs.stream().filter(Player::proposition2).count();
    }

    /**
     * Table IV per vehicle type: the type's EVs, those with a surplus (the players), the payoff matrix with the
     * players' mean U_i as Coop's payoff below N_TH, and how many of them each proposition admits.
     *
     * @param coopBelow    mean U_i of the type's players (Coop, fewer than N_TH cooperate); NaN without players
     * @param nonCoopBelow −RC (Non-Coop, fewer than N_TH cooperate)
     * @param above        −RC/N_Coop (either choice, N_TH or more cooperate)
     */
    public record TypeRow(String typeId, String category, int evs, int players, double coopBelow,
                          double nonCoopBelow, double above, long proposition1, long proposition2,
                          long coopWeaklyDominant) { }

    /** The game per vehicle type of {@code in}, in the instance's type order. */
    public List<TypeRow> byType(NetzeroInstance in) {
        java.util.Map<String, Player> byId = new java.util.HashMap<>();
        evs.forEach(pl -> byId.put(pl.id(), pl));
        List<TypeRow> rows = new ArrayList<>();
        double shared = cooperating > 0 ? roadCharge / cooperating : roadCharge;
        for (int t = 0; t < in.types().size(); t++) {
            int type = t;
            List<NetzeroEv> ofType = in.evs().stream().filter(e -> e.type() == type).toList();
            List<Player> players = ofType.stream().map(e -> byId.get(e.id())).filter(java.util.Objects::nonNull)
                    .toList();
            rows.add(new TypeRow(in.types().get(t).typeId(), in.types().get(t).category().name()
                    .toLowerCase(java.util.Locale.ROOT), ofType.size(), players.size(),
                    players.stream().mapToDouble(Player::utility).average().orElse(Double.NaN), -roadCharge,
                    -shared, players.stream().filter(Player::proposition1).count(),
                    players.stream().filter(Player::proposition2).count(),
                    players.stream().filter(Player::coopWeaklyDominant).count()));
        }
        return rows;
    }

    /** Whether N_Coop reaches N_TH (the road charge is then shared). */
    public boolean thresholdReached() {
        return cooperating >= threshold;
    }
}
