package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/**
 * The {@code qubo} formulation of SPEC §3 as plain data, ready for a thin adapter to the QUBO engine: one binary
 * {@code x_ij} per feasible acceptable pair, linear bias {@code −gain_ij}, and a penalty {@code P·x_ij·x_i'j'} for every
 * two variables that share a buyer or a seller (at most one partner each). Infeasible pairs are simply left out (the
 * paper's infinite penalties of Table I). Energy: {@code E(x) = Σ −gain·x + Σ P·x·x'}; with {@code P} above the largest
 * gain every ground state is a matching, and the best one.
 */
public record ExchangeQuboTerms(List<Variable> variables, List<Coupler> couplers, double penalty) {

    /** One binary: its label ("buyer EV3 – seller BS1"), the pair and its linear bias (−gain). */
    public record Variable(String label, Matching.Pair pair, double linearBias) { }

    /** A quadratic term between variables {@code i < j}, tagged with the constraint it enforces. */
    public record Coupler(int i, int j, double bias, String constraint) { }

    public ExchangeQuboTerms {
        variables = List.copyOf(variables);
        couplers = List.copyOf(couplers);
    }

    /** Default penalty: just above the largest |gain| (1 % and a small absolute margin), so P > max gain. */
    public static double defaultPenalty(ExchangeInstance in) {
        return in.maxAbsGain() * 1.01 + 1e-6;
    }

    public static ExchangeQuboTerms build(ExchangeInstance in) {
        return build(in, defaultPenalty(in));
    }

    public static ExchangeQuboTerms build(ExchangeInstance in, double penalty) {
        List<Variable> vars = new ArrayList<>();
        List<List<Integer>> byBuyer = new ArrayList<>();
        List<List<Integer>> bySeller = new ArrayList<>();
        for (int b = 0; b < in.buyerCount(); b++) {
            byBuyer.add(new ArrayList<>());
        }
        for (int s = 0; s < in.sellerCount(); s++) {
            bySeller.add(new ArrayList<>());
        }
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                if (in.acceptable(b, s)) {
                    Matching.Pair pr = in.pairOf(b, s);
                    byBuyer.get(b).add(vars.size());
                    bySeller.get(s).add(vars.size());
                    vars.add(new Variable("buyer " + id(in, pr.buyer()) + " – seller " + id(in, pr.seller()), pr,
                            -in.gain(b, s)));
                }
            }
        }
        List<Coupler> cs = new ArrayList<>();
        for (int b = 0; b < byBuyer.size(); b++) {
            addClique(cs, byBuyer.get(b), penalty, "one partner per buyer " + id(in, in.buyer(b)));
        }
        for (int s = 0; s < bySeller.size(); s++) {
            addClique(cs, bySeller.get(s), penalty, "one partner per seller " + id(in, in.seller(s)));
        }
        return new ExchangeQuboTerms(vars, cs, penalty);
    }

    private static void addClique(List<Coupler> cs, List<Integer> vs, double p, String tag) {
        for (int a = 0; a < vs.size(); a++) {
            for (int c = a + 1; c < vs.size(); c++) {
                cs.add(new Coupler(vs.get(a), vs.get(c), p, tag));
            }
        }
    }

    private static String id(ExchangeInstance in, int participant) {
        return in.participants().get(participant).id();
    }

    public int variableCount() {
        return variables.size();
    }

    public int couplerCount() {
        return couplers.size();
    }

    /** The energy of an assignment ({@code x[k]} for variable k). */
    public double energy(boolean[] x) {
        double e = 0;
        for (int k = 0; k < variables.size(); k++) {
            if (x[k]) {
                e += variables.get(k).linearBias();
            }
        }
        for (Coupler c : couplers) {
            if (x[c.i()] && x[c.j()]) {
                e += c.bias();
            }
        }
        return e;
    }

    /** The pairs an assignment selects (possibly breaking the one-partner constraints). */
    public List<Matching.Pair> pairs(boolean[] x) {
        List<Matching.Pair> out = new ArrayList<>();
        for (int k = 0; k < variables.size(); k++) {
            if (x[k]) {
                out.add(variables.get(k).pair());
            }
        }
        return out;
    }

    /** The constraints an assignment breaks, one entry per violated coupler. */
    public List<String> brokenConstraints(boolean[] x) {
        return couplers.stream().filter(c -> x[c.i()] && x[c.j()]).map(Coupler::constraint).toList();
    }

    /**
     * The engine's {@link Qubo}, with provenance: the objective part {@value #OBJECTIVE} holds the linear −gain terms,
     * and each one-partner constraint is its own constraint part named as the couplers are ("one partner per buyer
     * ev7", "one partner per seller bs2"), so {@link Qubo#decode} lists exactly the constraints a sample breaks.
     * Variable k of the QUBO is variable k here.
     */
    public Qubo toQubo() {
        QuboBuilder b = new QuboBuilder();
        for (Variable v : variables) {
            b.addVariable(v.label());
        }
        int objective = b.objective(OBJECTIVE);
        for (int k = 0; k < variables.size(); k++) {
            b.addLinear(objective, k, variables.get(k).linearBias());
        }
        // a constraint's couplers are contiguous (one clique each): look its part up once, not per coupler (the
        // builder finds parts by a linear scan of names, ~200 of them at 200 EVs, for ~750,000 couplers)
        String last = null;
        int part = -1;
        for (Coupler c : couplers) {
            if (!c.constraint().equals(last)) {
                last = c.constraint();
                part = b.constraint(last);
            }
            b.addQuadratic(part, c.i(), c.j(), c.bias());
        }
        return b.build();
    }

    /** Name of the objective part of {@link #toQubo()}. */
    public static final String OBJECTIVE = "social welfare gain";

    /** The pairs a 0/1 state (QUBO variable order) selects, possibly breaking the one-partner constraints. */
    public List<Matching.Pair> pairs(byte[] x) {
        List<Matching.Pair> out = new ArrayList<>();
        for (int k = 0; k < variables.size(); k++) {
            if (x[k] != 0) {
                out.add(variables.get(k).pair());
            }
        }
        return out;
    }

    /**
     * How many one-partner constraints a state breaks: buyers plus sellers with two or more selected pairs (the number
     * of constraint parts {@link Qubo#decode} reports, counted without decoding every part).
     */
    public int brokenConstraintCount(byte[] x) {
        java.util.Map<Integer, Integer> perParticipant = new java.util.HashMap<>();
        int broken = 0;
        for (int k = 0; k < variables.size(); k++) {
            if (x[k] != 0) {
                Matching.Pair p = variables.get(k).pair();
                // buyers and sellers are distinct participants, so one map serves both sides
                if (perParticipant.merge(p.buyer(), 1, Integer::sum) == 2) {
                    broken++;
                }
                if (perParticipant.merge(p.seller(), 1, Integer::sum) == 2) {
                    broken++;
                }
            }
        }
        return broken;
    }

    /** Σ gain of the selected pairs: what the state adds to the social welfare of "everyone trades with the grid". */
    public double gainSum(byte[] x) {
        double g = 0;
        for (int k = 0; k < variables.size(); k++) {
            if (x[k] != 0) {
                g -= variables.get(k).linearBias();
            }
        }
        return g;
    }

    /** Couplers a study of this size would have without building them: Σ over buyers and sellers of C(deg, 2). */
    public static long couplerCount(ExchangeInstance in) {
        long total = 0;
        int[] sellerDeg = new int[in.sellerCount()];
        for (int b = 0; b < in.buyerCount(); b++) {
            long deg = 0;
            for (int s = 0; s < in.sellerCount(); s++) {
                if (in.acceptable(b, s)) {
                    deg++;
                    sellerDeg[s]++;
                }
            }
            total += deg * (deg - 1) / 2;
        }
        for (int d : sellerDeg) {
            total += (long) d * (d - 1) / 2;
        }
        return total;
    }
}
