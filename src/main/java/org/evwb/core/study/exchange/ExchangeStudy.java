package org.evwb.core.study.exchange;

import org.evwb.core.Figures;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.ObjectiveSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboSolvers;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolutionIds;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;

/**
 * Study {@code exchange} (SPEC §3, paper 000): base stations, EVs and the grid trade energy; BS–EV pairs also share an
 * edge-computing chunk. Solvers {@code gale-shapley}, {@code optimal}, {@code greedy}, and the QUBO samplers
 * {@code anneal}, {@code tabu}, {@code exact}, {@code cpsat}, {@code random} and {@code qaoa} on the matching QUBO of
 * {@link ExchangeQuboFormulation} (penalty P and the annealing β rule are study parameters).
 */
public final class ExchangeStudy implements QuboStudy<ExchangeInstance, Matching> {

    public static final String ID = "exchange";

    /** Parameters of {@code gale-shapley}: who proposes — "study" (the study's setting), "buyers" or "sellers". */
    public record GaleShapleyParameters(String proposingSide) {
        public GaleShapleyParameters {
            proposingSide = proposingSide == null ? "study" : proposingSide;
            if (!List.of("study", "buyers", "sellers").contains(proposingSide)) {
                throw new IllegalArgumentException("proposingSide must be study, buyers or sellers, was "
                        + proposingSide);
            }
        }

        ProposingSide side() {
            return switch (proposingSide) {
                case "buyers" -> ProposingSide.BUYERS;
                case "sellers" -> ProposingSide.SELLERS;
                default -> null;
            };
        }
    }

    /** Parameters of {@code optimal} and {@code greedy}: none. */
    public record NoParameters() { }

    private final ExchangeInstanceBuilder builder = new ExchangeInstanceBuilder();
    private final ExchangeQuboFormulation formulation = new ExchangeQuboFormulation();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Energy exchange between base stations, EVs and the grid";
    }

    @Override
    public StudyParameters<ExchangeParameters> parameters() {
        return builder.parameters();
    }

    /** Beside the rules and readings that change the matching sharply (docs/studies/exchange.md). */
    @Override
    public List<org.evwb.core.solve.ParameterNote> parameterNotes() {
        return List.of(
                org.evwb.core.solve.ParameterNote.when("acceptability", ExchangeParameters.Acceptability
                        .STRICT_NON_NEGATIVE, "The paper's literal C1/C2 (U_i ≥ 0 and U_j ≥ 0): with Table II's "
                        + "prices almost every utility is negative, so almost no pair is acceptable and nearly "
                        + "everyone trades with the grid."),
                org.evwb.core.solve.ParameterNote.when("acceptability", ExchangeParameters.Acceptability.PAIR_GAIN,
                        "A pair may trade when together they beat the grid, as if they shared the surplus: more "
                                + "pairs than under the default, some with one side worse off."),
                org.evwb.core.solve.ParameterNote.when("acceptability", ExchangeParameters.Acceptability
                        .GRID_OUTSIDE_OPTION, "Default: each side trades only if it does at least as well as "
                        + "with the grid."),
                org.evwb.core.solve.ParameterNote.always("cpuCostPerM2", "p_cpu: Table II prints 0.1, which makes "
                        + "an EV's computing cost ≈ 40 per chunk so no base station ever trades with an EV; the "
                        + "default 0.001 reads the paper's units (preset \"Table II as printed\" keeps 0.1)."),
                org.evwb.core.solve.ParameterNote.when("proposingSide", ExchangeParameters.ProposingSide.SELLERS,
                        "Sellers propose: the stable matching best for sellers instead of buyers (gale-shapley)."),
                org.evwb.core.solve.ParameterNote.when("sellerUtility", ExchangeParameters.SellerUtility
                        .PRINTED_DEMAND, "Eq. (8) as printed: a matched seller sells only its partner's demand "
                        + "and keeps the rest, so social welfare drops."),
                org.evwb.core.solve.ParameterNote.always("quboPenalty", "0 = just above the largest gain, so every "
                        + "QUBO ground state is a matching; a smaller P lets samplers break the one-partner "
                        + "constraints."));
    }

    @Override
    public ExchangeInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return builder.build(project, config);
    }

    /** Builds the instance with parameters given directly instead of the project's study configuration. */
    public ExchangeInstance buildInstanceWith(Project project, ExchangeParameters params) throws ProjectFileException {
        return builder.buildWith(project, params);
    }

    @Override
    public List<SolverSpec<ExchangeInstance, Matching>> solvers() {
        return QuboSolvers.withSamplers(List.of(
                SolverSpec.of("gale-shapley", "Deferred acceptance (buyer-proposing by default): a stable matching",
                        new GaleShapleyParameters("study"), p -> new GaleShapley(p.side())),
                SolverSpec.of("optimal", "Maximum-weight bipartite matching on the gains (exact)",
                        new NoParameters(), p -> new OptimalMatching()),
                SolverSpec.of("greedy", "Acceptable pairs by descending gain", new NoParameters(),
                        p -> new GreedyMatching())), formulation);
    }

    @Override
    public ExchangeQuboFormulation quboFormulation() {
        return formulation;
    }

    @Override
    public Checker<ExchangeInstance, Matching> checker() {
        return new ExchangeChecker();
    }

    /**
     * SW, its gap to the optimum (the optimum is one assignment solve, milliseconds at 200 EVs), matched pairs,
     * blocking pairs, the mean {@code U_i + U_j} over matched pairs (Fig. 6), energy per flow type, QUBO size, and
     * the one-partner constraints the matching breaks (only a QUBO sample can). For the QUBO samplers also the run's
     * statistics ({@link QuboRunStats#toObjectives()}: penalty {@code quboPenaltyP}, best energy, feasible-read
     * share, and for {@code qaoa} P(optimal) and ⟨E⟩), and Theorem 1 per run: every base station's edge-computing task
     * time with its bounds ({@link EdgeTasks}; the reported tasks when the solution has them).
     */
    /** Utilities and welfare in the paper's money units (¤), energy per flow type in kWh, Theorem 1 in seconds. */
    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return List.of(
                ObjectiveSpec.of("socialWelfare", "Social welfare", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("socialWelfareGapToOptimal", "Social welfare gap to the optimum", "¤",
                        ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.count("matchedPairs", "Matched pairs"),
                ObjectiveSpec.count("blockingPairs", "Blocking pairs"),
                ObjectiveSpec.of("meanPairUtility", "Mean pair utility U_i + U_j", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.count("acceptablePairs", "Acceptable pairs"),
                ObjectiveSpec.of("energy*KWh", "Energy {}", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.count("brokenOnePartnerConstraints", "Broken one-partner constraints"),
                ObjectiveSpec.count("theorem1Tasks", "Theorem 1: base-station tasks"),
                ObjectiveSpec.count("theorem1TasksOutsideBounds", "Theorem 1: tasks outside the bounds"),
                ObjectiveSpec.of("theorem1TaskSeconds[*]", "Theorem 1: task time of {}", "s",
                        ObjectiveSpec.Kind.TIME, 4),
                ObjectiveSpec.of("theorem1LowerBoundSeconds[*]", "Theorem 1: lower bound of {}", "s",
                        ObjectiveSpec.Kind.TIME, 4),
                ObjectiveSpec.of("theorem1UpperBoundSeconds[*]", "Theorem 1: upper bound of {}", "s",
                        ObjectiveSpec.Kind.TIME, 4));
    }

    /** The matched pairs with their energy, flow type and utilities, and the energy per flow type (kWh). */
    @Override
    public List<ReportSection> reportSections(ExchangeInstance in, Matching m, RunReport report) {
        ExchangeSolutionDocument d = document(in, m);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < d.pairs().size(); i++) {
            ExchangeSolutionDocument.Pair p = d.pairs().get(i);
            int[] bs = i < m.pairs().size() ? in.slots(m.pairs().get(i)) : null;
            rows.add(List.of(p.buyer(), p.seller(), p.energyKWh() == null ? "" : Figures.fixed(p.energyKWh(), 2),
                    p.flow() == null ? "" : p.flow().name(),
                    bs == null ? "" : Figures.fixed(in.buyerUtility(bs[0], bs[1]), 2),
                    bs == null ? "" : Figures.fixed(in.sellerUtility(bs[0], bs[1]), 2)));
        }
        TableSpec pairs = new TableSpec("pairs", "Matched pairs", List.of("Buyer", "Seller", "Energy (kWh)", "Flow",
                "Buyer utility U_i (¤)", "Seller utility U_j (¤)"), rows);
        Map<String, Double> flows = new LinkedHashMap<>();
        List<Matching.Pair> valid = m.pairs().stream().filter(p -> in.slots(p) != null).toList();
        in.flows(valid).forEach((f, kWh) -> flows.put(f.name(), kWh));
        ChartSpec energy = ChartSpec.bars("energy-flows", "Energy flows by type", new ChartSpec.Axis("Flow", ""),
                new ChartSpec.Axis("Energy", "kWh"), List.of(new ChartSpec.CategorySeries("energy", flows)));
        return List.of(new ReportSection("Matching", "Who trades with whom (T = base station, V = EV, G = grid) and "
                + "how much energy each flow type carries.", List.of(energy), List.of(pairs)));
    }

    @Override
    public Map<String, Double> objectives(ExchangeInstance in, Matching m) {
        Map<String, Double> o = new LinkedHashMap<>();
        // a foreign solution may name non-traders; the checker reports them, the figures cover the valid pairs
        m = new Matching(m.pairs().stream().filter(p -> in.slots(p) != null).toList(), m.reportedSocialWelfare(),
                m.qubo(), m.trades(), m.edgeTasks());
        double sw = in.socialWelfare(m.pairs());
        double opt = in.socialWelfare(OptimalMatching.optimalPairs(in));
        o.put("socialWelfare", sw);
        o.put("socialWelfareGapToOptimal", opt - sw);
        o.put("matchedPairs", (double) m.pairs().size());
        o.put("blockingPairs", (double) BlockingPairs.find(in, m).size());
        o.put("meanPairUtility", meanPairUtility(in, m));
        o.put("acceptablePairs", (double) in.acceptablePairCount());
        in.flows(m.pairs()).forEach((f, kWh) -> o.put("energy" + f.name() + "KWh", kWh));
        o.put("quboVariables", (double) in.acceptablePairCount());
        o.put("quboCouplers", (double) ExchangeQuboTerms.couplerCount(in));
        o.put("brokenOnePartnerConstraints", (double) brokenOnePartnerConstraints(m));
        theorem1(m.edgeTasks() != null ? m.edgeTasks() : EdgeTasks.of(in), o);
        if (m.qubo() != null) {
            o.putAll(m.qubo().toObjectives());
        }
        return o;
    }

    /** Slack in seconds for "within Theorem 1's bounds" (the simulation works in hours). */
    static final double THEOREM1_TOL_SECONDS = 1e-9;

    /**
     * Theorem 1 per run: how many BS tasks there are and how many fall outside the bounds, and for each BS
     * {@code theorem1TaskSeconds[id]} with {@code theorem1LowerBoundSeconds[id]} and {@code theorem1UpperBoundSeconds[id]}.
     */
    private static void theorem1(List<EdgeTasks.EdgeTask> tasks, Map<String, Double> o) {
        o.put("theorem1Tasks", (double) tasks.size());
        o.put("theorem1TasksOutsideBounds", (double) tasks.stream()
                .filter(t -> !t.withinBounds(THEOREM1_TOL_SECONDS)).count());
        for (EdgeTasks.EdgeTask t : tasks) {
            o.put("theorem1TaskSeconds[" + t.baseStation() + "]", t.taskSeconds());
            o.put("theorem1LowerBoundSeconds[" + t.baseStation() + "]", t.lowerBoundSeconds());
            o.put("theorem1UpperBoundSeconds[" + t.baseStation() + "]", t.upperBoundSeconds());
        }
    }

    /** Buyers plus sellers with more than one partner. */
    public static int brokenOnePartnerConstraints(Matching m) {
        Map<Integer, Integer> asBuyer = new HashMap<>();
        Map<Integer, Integer> asSeller = new HashMap<>();
        int broken = 0;
        for (Matching.Pair p : m.pairs()) {
            broken += asBuyer.merge(p.buyer(), 1, Integer::sum) == 2 ? 1 : 0;
            broken += asSeller.merge(p.seller(), 1, Integer::sum) == 2 ? 1 : 0;
        }
        return broken;
    }

    /** Mean of {@code U_i + U_j} over the matched pairs; NaN when there are none. */
    public static double meanPairUtility(ExchangeInstance in, Matching m) {
        double sum = 0;
        for (Matching.Pair p : m.pairs()) {
            int[] bs = in.slots(p);
            sum += in.buyerUtility(bs[0], bs[1]) + in.sellerUtility(bs[0], bs[1]);
        }
        return m.pairs().isEmpty() ? Double.NaN : sum / m.pairs().size();
    }

    @Override
    public SolutionFormat<ExchangeInstance, Matching, ExchangeSolutionDocument> solutionFormat() {
        return SolutionFormat.of(ExchangeSolutionDocument.class, ExchangeStudy::document, ExchangeStudy::matching);
    }

    private static ExchangeSolutionDocument document(ExchangeInstance in, Matching m) {
        // the matching's own figures when it reports them, else the model's
        Matching.Trades t = m.trades() != null ? m.trades() : Matching.Trades.of(in, m.pairs());
        List<Participant> ps = in.participants();
        List<ExchangeSolutionDocument.Pair> pairs = new ArrayList<>();
        for (Matching.PairTrade p : t.pairs()) {
            pairs.add(new ExchangeSolutionDocument.Pair(ps.get(p.buyer()).id(), ps.get(p.seller()).id(),
                    p.energyKWh(), p.flow()));
        }
        List<ExchangeSolutionDocument.GridTrade> grid = t.gridTrades() == null ? null : t.gridTrades().stream()
                .map(g -> new ExchangeSolutionDocument.GridTrade(ps.get(g.participant()).id(), g.energyKWh(),
                        g.flow())).toList();
        return new ExchangeSolutionDocument(m.reportedSocialWelfare(), pairs, grid, m.qubo(),
                m.edgeTasks() != null ? m.edgeTasks() : EdgeTasks.of(in));
    }

    private static Matching matching(ExchangeInstance in, ExchangeSolutionDocument d) throws ProjectFileException {
        SolutionIds ids = SolutionIds.of("participant (base station or vehicle)", in.participants(),
                Participant::id);
        List<Matching.Pair> pairs = new ArrayList<>();
        List<Matching.PairTrade> pairTrades = new ArrayList<>();
        for (int i = 0; i < d.pairs().size(); i++) {
            String path = SolutionFormat.ROOT + ".pairs[" + i + "]";
            ExchangeSolutionDocument.Pair p = d.pairs().get(i);
            Matching.Pair pair = new Matching.Pair(ids.indexOf(p.buyer(), path + ".buyer"),
                    ids.indexOf(p.seller(), path + ".seller"));
            pairs.add(pair);
            pairTrades.add(new Matching.PairTrade(pair.buyer(), pair.seller(), p.energyKWh(), p.flow()));
        }
        List<Matching.GridTrade> grid = null;
        if (d.gridTrades() != null) {
            grid = new ArrayList<>();
            for (int i = 0; i < d.gridTrades().size(); i++) {
                ExchangeSolutionDocument.GridTrade g = d.gridTrades().get(i);
                grid.add(new Matching.GridTrade(ids.indexOf(g.participant(), SolutionFormat.ROOT + ".gridTrades[" + i
                        + "].participant"), g.energyKWh(), g.flow()));
            }
        }
        // the reported energies, flows and edge tasks are kept: the checker recomputes every one of them
        return new Matching(pairs, d.socialWelfare(), d.qubo(), new Matching.Trades(pairTrades, grid), d.edgeTasks());
    }

    @Override
    public List<GeneratorSpec> generators() {
        return List.of(GeneratorSpec.of(ExchangeGenerator.ID, "The paper's scenario (§IV): N_EV EVs and N_BS base "
                + "stations uniformly in a square of central London, EV charge uniform 10-100 %",
                ExchangeGenerator.Parameters.DEFAULT, (p, seed, ctx) -> {
                    Project project = ExchangeGenerator.generate(p, seed);
                    return new GeneratorSpec.Generated(project, p.evCount() + " EVs and " + p.bsCount()
                            + " base stations in " + p.areaSideKm() + " × " + p.areaSideKm() + " km (seed " + seed
                            + ")");
                }));
    }

    /** The classroom sample: 3 base stations, 8 EVs, 15 acceptable pairs (a QUBO of 15 variables). */
    /** Paper 000's Figs. 4–7 ({@link ExchangeSweepPresets}). */
    @Override
    public List<org.evwb.core.solve.sweep.SweepPreset<ExchangeInstance, Matching>> sweepPresets() {
        return ExchangeSweepPresets.of(this);
    }

    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(ClasspathSamples.load(SAMPLE));
    }

    /** The sample project's file under {@code sample-projects/}. */
    public static final String SAMPLE = "exchange-classroom.evwb.json";
}
