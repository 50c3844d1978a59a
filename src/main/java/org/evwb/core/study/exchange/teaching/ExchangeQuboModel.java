package org.evwb.core.study.exchange.teaching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeQuboTerms;
import org.evwb.core.study.exchange.Matching;

/**
 * The exchange QUBO ({@link ExchangeQuboTerms}, SPEC §3) handed to the QUBO engine, and a sample decoded back: the
 * pairs it selects, the pairs and participants that break "one partner each", and its social welfare when it is a
 * matching. The teaching views anneal it directly (to show every intermediate state); the QUBO is the study's own
 * ({@link ExchangeQuboTerms#toQubo()}), the same the study's QUBO solvers ({@code anneal}, …) sample.
 */
public record ExchangeQuboModel(ExchangeInstance instance, ExchangeQuboTerms terms, Qubo qubo) {

    /** A decoded sample. {@code socialWelfare} is NaN when a constraint is broken (it is not a matching). */
    public record Decoded(List<Matching.Pair> pairs, List<Matching.Pair> brokenPairs, List<Integer> overMatched,
                          int brokenConstraints, double socialWelfare) {
        public Decoded {
            pairs = List.copyOf(pairs);
            brokenPairs = List.copyOf(brokenPairs);
            overMatched = List.copyOf(overMatched);
        }

        public boolean feasible() {
            return brokenConstraints == 0;
        }
    }

    public static ExchangeQuboModel of(ExchangeInstance in, double penalty) {
        ExchangeQuboTerms t = ExchangeQuboTerms.build(in, penalty);
        return new ExchangeQuboModel(in, t, t.toQubo());
    }

    public static ExchangeQuboModel withDefaultPenalty(ExchangeInstance in) {
        return of(in, ExchangeQuboTerms.defaultPenalty(in));
    }

    public int variables() {
        return terms.variableCount();
    }

    public Decoded decode(byte[] state) {
        boolean[] x = new boolean[state.length];
        for (int i = 0; i < state.length; i++) {
            x[i] = state[i] != 0;
        }
        List<Matching.Pair> pairs = terms.pairs(x);
        Set<Matching.Pair> broken = new LinkedHashSet<>();
        int brokenCount = 0;
        for (ExchangeQuboTerms.Coupler c : terms.couplers()) {
            if (x[c.i()] && x[c.j()]) {
                brokenCount++;
                broken.add(terms.variables().get(c.i()).pair());
                broken.add(terms.variables().get(c.j()).pair());
            }
        }
        int[] partners = new int[instance.participants().size()];
        for (Matching.Pair p : pairs) {
            partners[p.buyer()]++;
            partners[p.seller()]++;
        }
        List<Integer> over = new ArrayList<>();
        for (int k = 0; k < partners.length; k++) {
            if (partners[k] > 1) {
                over.add(k);
            }
        }
        double sw = brokenCount == 0 ? instance.socialWelfare(pairs) : Double.NaN;
        return new Decoded(pairs, List.copyOf(broken), over, brokenCount, sw);
    }
}
