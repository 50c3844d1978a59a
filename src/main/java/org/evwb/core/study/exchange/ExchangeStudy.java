package org.evwb.core.study.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboSolvers;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.SolverSpec;
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

    private final ExchangeInstanceBuilder builder;
    private final ExchangeQuboFormulation formulation = new ExchangeQuboFormulation();

    public ExchangeStudy() {
        this(Json.newMapper());
    }

    public ExchangeStudy(ObjectMapper mapper) {
        this.builder = new ExchangeInstanceBuilder(mapper);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Energy exchange between base stations, EVs and the grid";
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
                SolverSpec.of("optimal", "Maximum-weight bipartite matching on the gains (OR-Tools, exact)",
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
     * share, and for {@code qaoa} P(optimal) and ⟨E⟩).
     */
    @Override
    public Map<String, Double> objectives(ExchangeInstance in, Matching m) {
        Map<String, Double> o = new LinkedHashMap<>();
        // a foreign solution may name non-traders; the checker reports them, the figures cover the valid pairs
        m = new Matching(m.pairs().stream().filter(p -> in.slots(p) != null).toList(), m.reportedSocialWelfare(),
                m.qubo());
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
        if (m.qubo() != null) {
            o.putAll(m.qubo().toObjectives());
        }
        return o;
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
    public JsonNode solutionToJson(ExchangeInstance in, Matching m, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("socialWelfare", m.reportedSocialWelfare());
        ArrayNode pairs = root.putArray("pairs");
        boolean[] matched = new boolean[in.participants().size()];
        double[] delivered = new double[in.participants().size()];
        for (Matching.Pair p : m.pairs()) {
            Participant b = in.participants().get(p.buyer());
            Participant s = in.participants().get(p.seller());
            pairs.addObject().put("buyer", b.id()).put("seller", s.id()).put("energyKWh", in.tradeKWh(p.buyer()))
                    .put("flow", FlowType.of(s.kind(), b.kind()).name());
            matched[p.buyer()] = true;
            delivered[p.seller()] += in.tradeKWh(p.buyer());
        }
        ArrayNode grid = root.putArray("gridTrades");
        for (int k = 0; k < in.participants().size(); k++) {
            Participant x = in.participants().get(k);
            double e = switch (in.role(k)) {
                case BUYER -> matched[k] ? 0 : in.tradeKWh(k);
                case SELLER -> in.tradeKWh(k) - delivered[k];
                case NONE -> 0;
            };
            if (e > 0) {
                boolean sells = in.role(k) == ExchangePhysics.Role.SELLER;
                grid.addObject().put("participant", x.id()).put("energyKWh", e)
                        .put("flow", FlowType.withGrid(x.kind(), sells).name());
            }
        }
        if (m.qubo() != null) {
            root.set("qubo", mapper.valueToTree(m.qubo()));
        }
        return root;
    }

    @Override
    public Matching solutionFromJson(ExchangeInstance in, JsonNode json, ObjectMapper mapper)
            throws ProjectFileException {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < in.participants().size(); k++) {
            index.put(in.participants().get(k).id(), k);
        }
        JsonNode arr = json.path("pairs");
        if (!arr.isArray()) {
            throw new ProjectFileException("result", "$.solution.pairs", "missing or not a list");
        }
        if (!json.path("socialWelfare").isNumber()) {
            throw new ProjectFileException("result", "$.solution.socialWelfare", "missing or not a number");
        }
        List<Matching.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String path = "$.solution.pairs[" + i + "]";
            Integer b = index.get(arr.get(i).path("buyer").asText());
            Integer s = index.get(arr.get(i).path("seller").asText());
            if (b == null) {
                throw new ProjectFileException("result", path + ".buyer", "unknown participant "
                        + arr.get(i).path("buyer") + " (not a base station or vehicle of the project)");
            }
            if (s == null) {
                throw new ProjectFileException("result", path + ".seller", "unknown participant "
                        + arr.get(i).path("seller") + " (not a base station or vehicle of the project)");
            }
            pairs.add(new Matching.Pair(b, s));
        }
        QuboRunStats qubo = null;
        if (json.hasNonNull("qubo")) {
            try {
                qubo = mapper.treeToValue(json.get("qubo"), QuboRunStats.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new ProjectFileException("result", "$.solution.qubo", "not the statistics of a QUBO run ("
                        + e.getMessage().lines().findFirst().orElse("") + "); remove it or write it again with evwb solve");
            }
        }
        return new Matching(pairs, json.get("socialWelfare").asDouble(), qubo);
    }
}
