package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;

/**
 * The motorway penalty model as plain data (paper eqs. 19–21, SPEC §5), for the QUBO engine to consume through a
 * thin adapter: one binary variable per reachable EMV option, labelled "EMV i, mode k, station j / charger l", a
 * constant offset, and terms of one, two or more variables, each remembering the constraint it comes from.
 *
 * <ul>
 *   <li>one-hot, eq. (19): A·(1 − Σ_v x_v)² per EMV = A − A·Σ x_v + 2A·Σ_{v<w} x_v x_w;</li>
 *   <li>conflict, eq. (20) (GCM): B·x_v x_w for two EMVs' options on one charger whose charging overlaps;</li>
 *   <li>station capacity (SCM, for QAOA, §3.4): B·Π x over every set of b_j + 1 options of distinct EMVs at station
 *       j that all charge at one instant — the exact capacity rule, of order b_j + 1.</li>
 * </ul>
 * With A, B &gt; 0 every term group is non-negative, so the energy is 0 exactly for one-hot, conflict-free choices.
 */
public record MotorwayQuboTerms(ChargingPointModel model, List<EmvOption> variables, List<String> labels,
                                List<String> emvIds, double weightA, double offset, List<Term> terms) {

    /** Default cap on the number of station-capacity sets, so a large station cannot exhaust memory. */
    public static final int DEFAULT_MAX_SETS = 200_000;

    public MotorwayQuboTerms {
        variables = List.copyOf(variables);
        labels = List.copyOf(labels);
        emvIds = List.copyOf(emvIds);
        terms = List.copyOf(terms);
    }

    /** Where a term comes from. */
    public enum Kind { ONE_HOT, CONFLICT, STATION_CAPACITY }

    /**
     * A term {@code coefficient · Π x_v over vars}.
     *
     * @param constraint which constraint instance, e.g. "one-hot EMV E1" or "conflict S1 / charger 2"
     */
    public record Term(int[] vars, double coefficient, Kind kind, String constraint) {
        public Term {
            vars = vars.clone();
        }

        @Override
        public int[] vars() {
            return vars.clone();
        }

        public int order() {
            return vars.length;
        }

        boolean allSet(boolean[] x) {
            for (int v : vars) {
                if (!x[v]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The GCM QUBO (Model I, per charger) used by the annealing, tabu and exact samplers. */
    public static MotorwayQuboTerms gcm(MotorwayInstance in) {
        List<EmvOption> opts = in.chargerOptions();
        List<Term> terms = new ArrayList<>();
        double offset = oneHot(in, opts, terms);
        double b = in.parameters().weightB();
        for (int i = 0; i < opts.size(); i++) {
            for (int j = i + 1; j < opts.size(); j++) {
                EmvOption u = opts.get(i);
                EmvOption w = opts.get(j);
                if (u.emv() != w.emv() && u.station() == w.station() && u.charger() == w.charger()
                        && Intervals.overlap(u.readyMin(), u.endMin(), w.readyMin(), w.endMin())) {
                    Station s = in.stations().get(u.station());
                    terms.add(new Term(new int[] {i, j}, b, Kind.CONFLICT, "conflict " + s.id() + " / charger "
                            + s.chargers().get(u.charger()).id()));
                }
            }
        }
        return new MotorwayQuboTerms(ChargingPointModel.CHARGER, opts, labels(in, opts), emvIds(in),
                in.parameters().weightA(), offset, terms);
    }

    /** The SCM penalty model (Model II) with the higher-order station-capacity terms, for QAOA. */
    public static MotorwayQuboTerms scm(MotorwayInstance in, int maxSets) {
        List<EmvOption> opts = in.stationOptions();
        List<Term> terms = new ArrayList<>();
        double offset = oneHot(in, opts, terms);
        double b = in.parameters().weightB();
        int[] count = {0};
        for (Station s : in.stations()) {
            List<EmvOption> here = opts.stream().filter(o -> o.station() == s.index()).toList();
            extend(here, new ArrayList<>(), 0, s.capacity() + 1, set -> {
                if (++count[0] > maxSets) {
                    throw new IllegalArgumentException("station " + s.id() + " gives more than " + maxSets
                            + " sets of " + (s.capacity() + 1) + " overlapping options; the higher-order model is "
                            + "too large for this instance — use Model I (GCM) or fewer EMVs");
                }
                terms.add(new Term(set.stream().mapToInt(EmvOption::index).toArray(), b, Kind.STATION_CAPACITY,
                        "capacity " + s.id()));
            });
        }
        return new MotorwayQuboTerms(ChargingPointModel.STATION, opts, labels(in, opts), emvIds(in),
                in.parameters().weightA(), offset, terms);
    }

    /** Depth-first: sets of {@code size} options of distinct EMVs that pairwise overlap (so share an instant). */
    private static void extend(List<EmvOption> here, List<EmvOption> set, int from, int size,
                               java.util.function.Consumer<List<EmvOption>> out) {
        if (set.size() == size) {
            out.accept(set);
            return;
        }
        for (int i = from; i < here.size(); i++) {
            EmvOption o = here.get(i);
            boolean ok = true;
            for (EmvOption t : set) {
                if (t.emv() == o.emv() || !Intervals.overlap(t.readyMin(), t.endMin(), o.readyMin(), o.endMin())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                set.add(o);
                extend(here, set, i + 1, size, out);
                set.remove(set.size() - 1);
            }
        }
    }

    /** Adds A(1 − Σx)² per EMV, expanded with x² = x; returns the constant part. */
    private static double oneHot(MotorwayInstance in, List<EmvOption> opts, List<Term> terms) {
        double a = in.parameters().weightA();
        for (int e = 0; e < in.emvs().size(); e++) {
            String c = "one-hot EMV " + in.emvs().get(e).vehicleId();
            int emv = e;
            List<EmvOption> mine = opts.stream().filter(o -> o.emv() == emv).toList();
            for (EmvOption o : mine) {
                terms.add(new Term(new int[] {o.index()}, -a, Kind.ONE_HOT, c));
            }
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size(); j++) {
                    terms.add(new Term(new int[] {mine.get(i).index(), mine.get(j).index()}, 2 * a, Kind.ONE_HOT, c));
                }
            }
        }
        return a * in.emvs().size();
    }

    private static List<String> labels(MotorwayInstance in, List<EmvOption> opts) {
        return opts.stream().map(in::label).toList();
    }

    public int variableCount() {
        return variables.size();
    }

    /** The highest order of any term (2 for a QUBO). */
    public int maxOrder() {
        return terms.stream().mapToInt(Term::order).max().orElse(0);
    }

    /** E(x) = offset + Σ terms. */
    public double energy(boolean[] x) {
        if (x.length != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " variables, got " + x.length);
        }
        double e = offset;
        for (Term t : terms) {
            if (t.allSet(x)) {
                e += t.coefficient();
            }
        }
        return e;
    }

    /**
     * The energy of each constraint instance that {@code x} breaks (non-zero), e.g. {@code "one-hot EMV E2" → 1.0}:
     * how a sample decodes into the constraints it violates. One-hot groups are evaluated in their squared form.
     */
    public Map<String, Double> brokenConstraints(boolean[] x) {
        Map<String, Double> m = new LinkedHashMap<>();
        int[] chosen = new int[emvIds.size()];
        for (int v = 0; v < variables.size(); v++) {
            chosen[variables.get(v).emv()] += x[v] ? 1 : 0;
        }
        for (int e = 0; e < emvIds.size(); e++) {
            if (chosen[e] != 1) {
                m.put("one-hot EMV " + emvIds.get(e), weightA * (1 - chosen[e]) * (1 - chosen[e]));
            }
        }
        for (Term t : terms) {
            if (t.kind() != Kind.ONE_HOT && t.allSet(x)) {
                m.merge(t.constraint(), t.coefficient(), Double::sum);
            }
        }
        return m;
    }

    private static List<String> emvIds(MotorwayInstance in) {
        return in.emvs().stream().map(MotorwayInstance.Emv::vehicleId).toList();
    }
}
