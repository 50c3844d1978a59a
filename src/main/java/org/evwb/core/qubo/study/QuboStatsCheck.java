package org.evwb.core.qubo.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.qaoa.CostFunction;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.Violation;

/**
 * The QUBO statistics a solution reports ({@code $.solution.qubo}, {@link QuboRunStats}), recomputed where they can
 * be from the study's encoding of the instance; every study checker with a QUBO calls it. Checked: the encoding's
 * name, variables, couplers, higher-order terms and penalty weights; that the per-read histogram adds up to the
 * reads; the best read's energy and broken constraints from the state the solution was decoded from
 * ({@link QuboEncoding#sourceOf}); for {@code qaoa} that probabilities are probabilities, the levels sum to 1 and the
 * minimum energy is the cost's (recomputed over every state up to {@value #MAX_QUBITS_FOR_MINIMUM} qubits); for
 * {@code cpsat} that the bound lies below the best energy and meets it when optimality is claimed. A figure that
 * disagrees is a {@link ReportedFigures#CONSTRAINT} violation with its path and both values.
 *
 * <p>A block without an {@code encoding} is the former exchange {@code qubo} solver's (read leniently, docs/qubo.md):
 * it describes an older model, so only its own consistency is checked, not its figures against today's encoding.
 * Earlier builds named a higher-order term with its weight ({@code capacity mop1 (penalty 1)}); the name is compared
 * without that suffix.
 */
public final class QuboStatsCheck {

    /** Qubits up to which the QAOA minimum energy is recomputed over every basis state (2^22: well under a second). */
    static final int MAX_QUBITS_FOR_MINIMUM = 22;
    /** CP-SAT's optimality is proved up to its absolute gap limit (1e-4 in its own units, at least as coarse here). */
    private static final double CPSAT_GAP = 1e-4;
    private static final String AT = SolutionFormat.ROOT + ".qubo";

    private QuboStatsCheck() {
    }

    /** The encoding the statistics describe: {@code qaoa} ran on the study's QAOA model, the other samplers on its QUBO. */
    public static <I, S> QuboEncoding<S> encodingOf(QuboFormulation<I, S> formulation, I instance, QuboRunStats stats) {
        return QaoaSampler.ID.equals(stats.sampler()) ? formulation.qaoaEncoding(instance)
                : formulation.encode(instance);
    }

    /** Every disagreement between {@code stats} and the encoding (empty when they agree). */
    public static <S> List<Violation> check(QuboEncoding<S> enc, QuboRunStats stats, S solution) {
        List<Violation> out = new ArrayList<>();
        if (!stats.readsByUnresolved().isEmpty()) {
            long sum = stats.readsByUnresolved().stream().mapToLong(QuboRunStats.UnresolvedCount::reads).sum();
            ReportedFigures.value(out, AT + ".reads", stats.reads(), sum);
        }
        if (stats.encoding() == null) {
            return out;
        }
        Qubo q = enc.qubo();
        boolean qaoa = QaoaSampler.ID.equals(stats.sampler());
        CostFunction cost = qaoa && q.numVariables() <= 62 ? enc.cost() : null; // QAOA costs have at most 62 bits
        List<PenalisedCost.Monomial> higher = cost instanceof PenalisedCost pc ? pc.penalties() : List.of();
        ReportedFigures.value(out, AT + ".encoding", stats.encoding(), enc.name());
        ReportedFigures.value(out, AT + ".variables", stats.variables(), q.numVariables());
        ReportedFigures.value(out, AT + ".couplers", stats.couplers(), q.numCouplers());
        ReportedFigures.value(out, AT + ".higherOrderTerms", stats.higherOrderTerms(), higher.size());
        Map<String, Double> weights = enc.penalties();
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            ReportedFigures.number(out, AT + ".penalties." + w.getKey(), stats.penalties().get(w.getKey()),
                    w.getValue(), "");
        }
        for (String name : stats.penalties().keySet()) {
            if (!weights.containsKey(name)) {
                out.add(ReportedFigures.disagrees(AT + ".penalties." + name, "a weight",
                        "no penalty of that name (the penalties are " + weights.keySet() + ")"));
            }
        }
        Optional<QuboEncoding.Source> source = enc.sourceOf(solution);
        if (source.isPresent() && source.get().state().length == q.numVariables()) {
            bestRead(out, enc, stats, source.get(), q, cost, higher);
        }
        if (stats.qaoa() != null && cost != null) {
            qaoa(out, stats, cost);
        }
        if (stats.cpsat() != null) {
            cpsat(out, stats);
        }
        return out;
    }

    private static <S> void bestRead(List<Violation> out, QuboEncoding<S> enc, QuboRunStats stats,
                                     QuboEncoding.Source source, Qubo q, CostFunction cost,
                                     List<PenalisedCost.Monomial> higher) {
        byte[] x = source.state();
        double energy = cost != null ? cost.cost(bits(x)) : q.energy(x);
        List<String> broken = SamplerSolver.broken(q, higher, x);
        List<String> reported = stats.brokenConstraints().stream().map(QuboStatsCheck::name).toList();
        if (source.exact() || reported.equals(broken)) {
            ReportedFigures.number(out, AT + ".bestEnergy", stats.bestEnergy(), energy, "");
            ReportedFigures.value(out, AT + ".brokenConstraints", reported, broken);
            if (!stats.readsByUnresolved().isEmpty() && source.exact()) {
                int unresolved = enc.unresolved(x);
                if (stats.readsByUnresolved().stream().noneMatch(c -> c.unresolved() == unresolved && c.reads() > 0)) {
                    out.add(ReportedFigures.disagrees(AT + ".readsByUnresolved", "no read with " + unresolved
                            + " unresolved constraints", "the best read leaves " + unresolved + " unresolved"));
                }
            }
            return;
        }
        // decoding may have dropped ones of the read: they only add energy and broken constraints
        if (!(stats.bestEnergy() >= energy) && !ReportedFigures.agree(stats.bestEnergy(), energy)) {
            out.add(ReportedFigures.disagrees(AT + ".bestEnergy", String.valueOf(stats.bestEnergy()),
                    "at least " + energy + " (the energy of the schedule's own state)"));
        }
        if (!new HashSet<>(reported).containsAll(broken)) {
            List<String> missing = new ArrayList<>(broken);
            missing.removeAll(reported);
            out.add(ReportedFigures.disagrees(AT + ".brokenConstraints", stats.brokenConstraints().toString(),
                    "at least " + broken + " (missing " + missing + ")"));
        }
    }

    private static void qaoa(List<Violation> out, QuboRunStats stats, CostFunction cost) {
        QuboRunStats.Qaoa a = stats.qaoa();
        String at = AT + ".qaoa";
        probability(out, at + ".probabilityOptimal", a.probabilityOptimal());
        probability(out, at + ".probabilityFeasible", a.probabilityFeasible());
        ReportedFigures.value(out, at + ".gammas", a.gammas().size(), a.layers());
        ReportedFigures.value(out, at + ".betas", a.betas().size(), a.layers());
        if (!a.levels().isEmpty()) {
            double total = a.levels().stream().mapToDouble(QuboRunStats.EnergyLevel::probability).sum();
            ReportedFigures.number(out, at + ".levels (sum of probabilities)", total, 1, "");
        }
        if (a.minEnergy() > a.expectedEnergy() && !ReportedFigures.agree(a.minEnergy(), a.expectedEnergy())) {
            out.add(ReportedFigures.disagrees(at + ".minEnergy", String.valueOf(a.minEnergy()),
                    "at most the expected energy " + a.expectedEnergy()));
        }
        if (cost.numVariables() <= MAX_QUBITS_FOR_MINIMUM) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : QaoaSimulator.diagonal(cost)) {
                min = Math.min(min, v);
            }
            ReportedFigures.number(out, at + ".minEnergy", a.minEnergy(), min, "");
        }
    }

    private static void probability(List<Violation> out, String path, double p) {
        if (!(p >= -ReportedFigures.ABSOLUTE_TOLERANCE && p <= 1 + ReportedFigures.RELATIVE_TOLERANCE)) {
            out.add(ReportedFigures.disagrees(path, String.valueOf(p), "a probability, in [0, 1]"));
        }
    }

    private static void cpsat(List<Violation> out, QuboRunStats stats) {
        QuboRunStats.CpSat c = stats.cpsat();
        double best = stats.bestEnergy();
        double gap = CPSAT_GAP + ReportedFigures.RELATIVE_TOLERANCE * Math.max(1, Math.abs(best));
        if (c.bound() > best + gap) {
            out.add(ReportedFigures.disagrees(AT + ".cpsat.bound", String.valueOf(c.bound()),
                    "a lower bound, at most the best energy " + best));
        }
        if (c.optimal() && Math.abs(c.bound() - best) > gap) {
            out.add(ReportedFigures.disagrees(AT + ".cpsat.optimal", "true", "not proved: the bound " + c.bound()
                    + " is below the best energy " + best));
        }
        ReportedFigures.value(out, AT + ".cpsat.optimal", c.optimal(), "OPTIMAL".equals(c.status()));
    }

    /** A constraint name without the weight suffix earlier builds gave higher-order terms. */
    private static String name(String constraint) {
        return constraint.replaceFirst(" \\(penalty [-+0-9.eE]+\\)$", "");
    }

    private static long bits(byte[] x) {
        long b = 0;
        for (int i = 0; i < x.length; i++) {
            b |= (long) (x[i] & 1) << i;
        }
        return b;
    }
}
