package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way objective values are shown: a study's own {@link ObjectiveSpec}s, then the platform's
 * ({@link #PLATFORM}: QUBO statistics, CP-SAT bound and gap), then {@link ObjectiveSpec#fallback} for a name no one
 * declares. Run cards, dashboards, CSV headers, the CLI and reports all format through it.
 */
public final class ObjectiveFormat {

    /** The platform's own figures, named the same for every study ({@code QuboRunStats.toObjectives()}, CP-SAT). */
    public static final List<ObjectiveSpec> PLATFORM = List.of(
            ObjectiveSpec.count("quboVariables", "QUBO variables"),
            ObjectiveSpec.count("quboCouplers", "QUBO couplers"),
            ObjectiveSpec.count("quboHigherOrderTerms", "QUBO higher-order terms"),
            ObjectiveSpec.of("quboPenalty*", "QUBO penalty weight {}", "", ObjectiveSpec.Kind.OTHER,
                    ObjectiveSpec.SIGNIFICANT),
            ObjectiveSpec.count("quboReads", "Reads"),
            ObjectiveSpec.of("quboBestEnergy", "Best QUBO energy", "", ObjectiveSpec.Kind.OTHER, 4),
            ObjectiveSpec.count("quboBrokenConstraints", "Constraints the best read breaks"),
            ObjectiveSpec.count("quboFeasibleReads", "Feasible reads"),
            ObjectiveSpec.of("quboFeasibleReadShare", "Feasible-read share", "", ObjectiveSpec.Kind.SHARE, 3),
            ObjectiveSpec.count("quboReadsWith*Unresolved", "Reads with {} unresolved constraints"),
            ObjectiveSpec.count("qaoaLayers", "QAOA layers"),
            ObjectiveSpec.of("qaoaExpectedEnergy", "QAOA ⟨E⟩", "", ObjectiveSpec.Kind.OTHER, 4),
            ObjectiveSpec.of("qaoaMinEnergy", "QAOA min E", "", ObjectiveSpec.Kind.OTHER, 4),
            ObjectiveSpec.of("qaoaProbabilityFeasible", "QAOA P(feasible)", "", ObjectiveSpec.Kind.SHARE, 4),
            ObjectiveSpec.of("qaoaProbabilityOptimal", "QAOA P(optimal)", "", ObjectiveSpec.Kind.SHARE, 4),
            ObjectiveSpec.count("qaoaEvaluations", "QAOA cost evaluations"),
            ObjectiveSpec.count("cpsatOptimal", "CP-SAT proved optimal (1 = yes)"),
            ObjectiveSpec.of("cpsatBound", "CP-SAT bound", "", ObjectiveSpec.Kind.OTHER, 4),
            ObjectiveSpec.of("objectiveBound", "Objective bound", "", ObjectiveSpec.Kind.OTHER, 4),
            ObjectiveSpec.of("relativeGap", "Relative gap", "", ObjectiveSpec.Kind.SHARE, 4));

    private final List<ObjectiveSpec> specs;

    /** Specs tried in order (the first that matches wins), then {@link #PLATFORM}, then the fallback. */
    public ObjectiveFormat(List<ObjectiveSpec> specs) {
        List<ObjectiveSpec> all = new ArrayList<>(specs);
        all.addAll(PLATFORM);
        this.specs = List.copyOf(all);
    }

    /** The format of a study's objectives: its {@link StudyDefinition#objectiveSpecs()} over the platform's. */
    public static ObjectiveFormat of(StudyDefinition<?, ?> study) {
        return new ObjectiveFormat(study.objectiveSpecs());
    }

    /** The declared spec of {@code name} made concrete, if any (study first, then platform). */
    public Optional<ObjectiveSpec> declared(String name) {
        for (ObjectiveSpec s : specs) {
            if (s.matches(name)) {
                return Optional.of(s.resolve(name));
            }
        }
        return Optional.empty();
    }

    /** The spec of {@code name}: declared, or the fallback. */
    public ObjectiveSpec spec(String name) {
        return declared(name).orElseGet(() -> ObjectiveSpec.fallback(name));
    }

    /** "Total trip time 382.1 min". */
    public String line(String name, double value) {
        return spec(name).line(value);
    }

    /** "382.1 min". */
    public String value(String name, Double value) {
        return value == null ? "" : spec(name).value(value);
    }

    /** "Total trip time (min)". */
    public String header(String name) {
        return spec(name).header();
    }

    /** Every objective as "label value unit", in the order given. */
    public List<String> lines(Map<String, Double> objectives) {
        List<String> out = new ArrayList<>();
        objectives.forEach((k, v) -> out.add(line(k, v == null ? Double.NaN : v)));
        return out;
    }

    /** Every objective's label and formatted value, in the order given. */
    public Map<String, String> labelled(Map<String, Double> objectives) {
        Map<String, String> out = new LinkedHashMap<>();
        objectives.forEach((k, v) -> out.put(spec(k).label(), value(k, v)));
        return out;
    }
}
