package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;
import org.evwb.core.study.exchange.ExchangePhysics.Role;
import org.evwb.core.study.exchange.PairEvaluator.PairValue;

/**
 * The modelled market of study {@code exchange}: the participants as read from the project, their roles, demands,
 * surpluses and reserves, every buyer–seller pair's utilities, feasibility (C3–C5), acceptability and gain. Built
 * once; immutable.
 *
 * <p>Buyers and sellers are numbered 0..I−1 and 0..J−1 in participant order; {@code buyers()[b]} and
 * {@code sellers()[s]} give their participant index.
 */
public final class ExchangeInstance {

    /** Numerical slack for "at least as good as the grid": utilities are sums of terms of very different size. */
    static final double REL_TOL = 1e-9;

    private final String source;
    private final List<Participant> participants;
    private final ExchangeParameters params;
    private final Role[] roles;
    private final double[] reserveKWh;
    private final double[] tradeKWh;
    private final double[] gridUtility;
    private final int[] buyers;
    private final int[] sellers;
    private final int[] slot;
    private final PairValue[][] pairs;
    private final boolean[][] acceptable;
    private final double[][] gain;

    public ExchangeInstance(String source, List<Participant> participants, ExchangeParameters params) {
        this.source = source;
        this.participants = List.copyOf(participants);
        this.params = params;
        int n = participants.size();
        roles = new Role[n];
        reserveKWh = new double[n];
        tradeKWh = new double[n];
        gridUtility = new double[n];
        slot = new int[n];
        PairEvaluator ev = new PairEvaluator(params);
        List<Integer> bl = new ArrayList<>();
        List<Integer> sl = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Participant x = participants.get(k);
            roles[k] = ExchangePhysics.role(x, params);
            reserveKWh[k] = ExchangePhysics.reserveKWh(x, params);
            slot[k] = -1;
            if (roles[k] == Role.BUYER) {
                tradeKWh[k] = ExchangePhysics.demandKWh(x, params);
                gridUtility[k] = ev.buyerGridUtility(x, tradeKWh[k]);
                slot[k] = bl.size();
                bl.add(k);
            } else if (roles[k] == Role.SELLER) {
                tradeKWh[k] = ExchangePhysics.surplusKWh(x, params);
                gridUtility[k] = ev.sellerGridUtility(x, tradeKWh[k]);
                slot[k] = sl.size();
                sl.add(k);
            }
        }
        buyers = bl.stream().mapToInt(Integer::intValue).toArray();
        sellers = sl.stream().mapToInt(Integer::intValue).toArray();
        pairs = new PairValue[buyers.length][sellers.length];
        acceptable = new boolean[buyers.length][sellers.length];
        gain = new double[buyers.length][sellers.length];
        for (int b = 0; b < buyers.length; b++) {
            int bi = buyers[b];
            for (int s = 0; s < sellers.length; s++) {
                int si = sellers[s];
                PairValue v = ev.evaluate(participants.get(bi), tradeKWh[bi], participants.get(si), tradeKWh[si],
                        reserveKWh[si]);
                pairs[b][s] = v;
                gain[b][s] = v.buyerUtility() + v.sellerUtility() - gridUtility[bi] - gridUtility[si];
                acceptable[b][s] = v.feasible() && accepts(params.acceptability(), v.buyerUtility(),
                        gridUtility[bi], v.sellerUtility(), gridUtility[si]);
            }
        }
    }

    /** The acceptability rule (SPEC §3), shared by the model; the checker has its own copy on purpose. */
    static boolean accepts(Acceptability rule, double uBuyer, double uBuyerGrid, double uSeller, double uSellerGrid) {
        return switch (rule) {
            case GRID_OUTSIDE_OPTION -> atLeast(uBuyer, uBuyerGrid) && atLeast(uSeller, uSellerGrid);
            case STRICT_NON_NEGATIVE -> uBuyer >= 0 && uSeller >= 0;
            case PAIR_GAIN -> atLeast(uBuyer + uSeller, uBuyerGrid + uSellerGrid);
        };
    }

    static boolean atLeast(double a, double b) {
        return a >= b - REL_TOL * (1 + Math.abs(a) + Math.abs(b));
    }

    public String source() {
        return source;
    }

    public List<Participant> participants() {
        return participants;
    }

    public ExchangeParameters params() {
        return params;
    }

    public Role role(int participant) {
        return roles[participant];
    }

    public double reserveKWh(int participant) {
        return reserveKWh[participant];
    }

    /** A buyer's demand e_i or a seller's surplus s_j, kWh (0 for a non-trader). */
    public double tradeKWh(int participant) {
        return tradeKWh[participant];
    }

    /** Utility when trading with the grid (eq. (7)/(8), grid case). */
    public double gridUtility(int participant) {
        return gridUtility[participant];
    }

    /** Participant indices of the buyers, in participant order. */
    public int[] buyers() {
        return buyers.clone();
    }

    public int[] sellers() {
        return sellers.clone();
    }

    public int buyerCount() {
        return buyers.length;
    }

    public int sellerCount() {
        return sellers.length;
    }

    public int buyer(int b) {
        return buyers[b];
    }

    public int seller(int s) {
        return sellers[s];
    }

    /** Position of a participant among the buyers (or the sellers, by role); -1 for a non-trader. */
    public int slotOf(int participant) {
        return slot[participant];
    }

    /** The pair of buyer number b and seller number s. */
    public PairValue pair(int b, int s) {
        return pairs[b][s];
    }

    public boolean feasible(int b, int s) {
        return pairs[b][s].feasible();
    }

    /** Feasible (C3–C5) and acceptable under the chosen rule: the pairs any solver may form. */
    public boolean acceptable(int b, int s) {
        return acceptable[b][s];
    }

    /** {@code gain_ij = (U_i(j) + U_j(i)) − (U_i(grid) + U_j(grid))}: what the pair adds to social welfare. */
    public double gain(int b, int s) {
        return gain[b][s];
    }

    /** Buyer's utility with seller s (eq. (7)). */
    public double buyerUtility(int b, int s) {
        return pairs[b][s].buyerUtility();
    }

    /** Seller's utility with buyer b (eq. (8)). */
    public double sellerUtility(int b, int s) {
        return pairs[b][s].sellerUtility();
    }

    /** The buyer and seller numbers of a pair given by participant indices, or null when they are not buyer/seller. */
    public int[] slots(Matching.Pair pair) {
        if (pair.buyer() < 0 || pair.buyer() >= roles.length || pair.seller() < 0 || pair.seller() >= roles.length
                || roles[pair.buyer()] != Role.BUYER || roles[pair.seller()] != Role.SELLER) {
            return null;
        }
        return new int[] {slot[pair.buyer()], slot[pair.seller()]};
    }

    /** Matching.Pair for buyer number b and seller number s. */
    public Matching.Pair pairOf(int b, int s) {
        return new Matching.Pair(buyers[b], sellers[s]);
    }

    /** Count of feasible and acceptable pairs. */
    public int acceptablePairCount() {
        int c = 0;
        for (boolean[] row : acceptable) {
            for (boolean a : row) {
                c += a ? 1 : 0;
            }
        }
        return c;
    }

    /**
     * Social welfare {@code SW = Σ U_i + Σ U_j} (SPEC §3): matched entities with their partner's utility, everyone
     * else trading with the grid. Pairs must be valid buyer/seller pairs (use the checker first on foreign input).
     */
    public double socialWelfare(List<Matching.Pair> matched) {
        double sw = 0;
        for (int bi : buyers) {
            sw += gridUtility[bi];
        }
        for (int si : sellers) {
            sw += gridUtility[si];
        }
        for (Matching.Pair pr : matched) {
            sw += gain[slot[pr.buyer()]][slot[pr.seller()]];
        }
        return sw;
    }

    /** Energy per flow type (kWh) when the matched pairs trade and everyone else trades with the grid. */
    public Map<FlowType, Double> flows(List<Matching.Pair> matched) {
        Map<FlowType, Double> out = new EnumMap<>(FlowType.class);
        for (FlowType f : FlowType.values()) {
            out.put(f, 0.0);
        }
        double[] delivered = new double[participants.size()];
        boolean[] served = new boolean[participants.size()];
        for (Matching.Pair pr : matched) {
            double e = tradeKWh[pr.buyer()];
            out.merge(FlowType.of(participants.get(pr.seller()).kind(), participants.get(pr.buyer()).kind()), e,
                    Double::sum);
            delivered[pr.seller()] += e;
            served[pr.buyer()] = true;
        }
        for (int bi : buyers) {
            if (!served[bi]) {
                out.merge(FlowType.withGrid(participants.get(bi).kind(), false), tradeKWh[bi], Double::sum);
            }
        }
        for (int si : sellers) {
            out.merge(FlowType.withGrid(participants.get(si).kind(), true), sellerToGridKWh(si, delivered[si]),
                    Double::sum);
        }
        return out;
    }

    /**
     * What seller {@code participant} sells to the grid when it delivers {@code deliveredKWh} to partners: the rest of
     * its surplus, or — under eq. (8) as printed ({@link ExchangeParameters.SellerUtility#PRINTED_DEMAND}) — nothing
     * once it has a partner (it is paid for e_i only and keeps the rest).
     */
    public double sellerToGridKWh(int participant, double deliveredKWh) {
        if (deliveredKWh > 0 && params.sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND) {
            return 0;
        }
        return Math.max(0, tradeKWh[participant] - deliveredKWh);
    }

    /** The largest |gain| over acceptable pairs (0 when there are none). */
    public double maxAbsGain() {
        double m = 0;
        for (int b = 0; b < buyers.length; b++) {
            for (int s = 0; s < sellers.length; s++) {
                if (acceptable[b][s]) {
                    m = Math.max(m, Math.abs(gain[b][s]));
                }
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "ExchangeInstance[" + participants.size() + " participants, " + buyers.length + " buyers, "
                + sellers.length + " sellers, " + acceptablePairCount() + " acceptable pairs]";
    }
}
