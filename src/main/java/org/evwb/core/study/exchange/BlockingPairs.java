package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocking pairs of any matching: a feasible acceptable pair (i, j), not matched together, where each side is
 * unmatched (an acceptable partner beats the grid) or strictly prefers the other to its partner by its own utility.
 * A stable matching has none. "Strictly" allows a relative 1e-9 for rounding.
 */
public final class BlockingPairs {

    private BlockingPairs() {
    }

    public static List<Matching.Pair> find(ExchangeInstance in, Matching m) {
        int[] partnerOfBuyer = new int[in.buyerCount()];
        int[] partnerOfSeller = new int[in.sellerCount()];
        java.util.Arrays.fill(partnerOfBuyer, -1);
        java.util.Arrays.fill(partnerOfSeller, -1);
        for (Matching.Pair p : m.pairs()) {
            int[] bs = in.slots(p);
            if (bs != null) {
                partnerOfBuyer[bs[0]] = bs[1];
                partnerOfSeller[bs[1]] = bs[0];
            }
        }
        List<Matching.Pair> out = new ArrayList<>();
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                if (!in.acceptable(b, s) || partnerOfBuyer[b] == s) {
                    continue;
                }
                int cur = partnerOfBuyer[b];
                boolean buyerWants = cur < 0 || strictlyBetter(in.buyerUtility(b, s), in.buyerUtility(b, cur));
                int curB = partnerOfSeller[s];
                boolean sellerWants = curB < 0
                        || strictlyBetter(in.sellerUtility(b, s), in.sellerUtility(curB, s));
                if (buyerWants && sellerWants) {
                    out.add(in.pairOf(b, s));
                }
            }
        }
        return out;
    }

    private static boolean strictlyBetter(double a, double b) {
        return a > b + ExchangeInstance.REL_TOL * (1 + Math.abs(a) + Math.abs(b));
    }
}
