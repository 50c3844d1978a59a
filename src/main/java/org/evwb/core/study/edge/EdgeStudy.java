package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.ObjectiveSpec;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Study {@code edge} (SPEC §4, paper 001): solar-powered edge servers schedule vehicle compute tasks. Solvers (ids as
 * SPEC names them): {@code snb}, {@code sib-offline}, {@code sfb-offline}, {@code online}, the baselines
 * {@code np-edf}, {@code asap-huf}, {@code asap-luf}, {@code execute-on-arrival}, {@code max-flow} (the u = r = 1
 * special case, optimal), {@code bound} (SPEC's LP upper bound, with the best offline schedule) and {@code milp}
 * (exact, small instances). Every run's objectives carry its gap to the instance's LP bound.
 */
public final class EdgeStudy implements StudyDefinition<EdgeInstance, EdgeSchedule> {

    public static final String ID = "edge";
    /** The sample every solver runs on in seconds: the max-flow special case, optimum proved by {@code milp}. */
    public static final String SAMPLE = "edge-small.evwb.json";

    private final EdgeInstanceBuilder builder = new EdgeInstanceBuilder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Solar edge servers schedule vehicle compute tasks";
    }

    @Override
    public StudyParameters<EdgeParameters> parameters() {
        return builder.parameters();
    }

    @Override
    public EdgeInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return builder.build(project, config);
    }

    /** Builds with parameters given directly (sweeps, the what-if). */
    public EdgeInstance buildInstanceWith(Project project, EdgeParameters params) throws ProjectFileException {
        return builder.buildWith(project, params);
    }

    @Override
    public List<SolverSpec<EdgeInstance, EdgeSchedule>> solvers() {
        return EdgeSolvers.all();
    }

    @Override
    public Checker<EdgeInstance, EdgeSchedule> checker() {
        return new EdgeChecker();
    }

    @Override
    public Map<String, Double> objectives(EdgeInstance in, EdgeSchedule s) {
        return EdgeObjectives.of(in, s);
    }

    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return EdgeObjectives.specs();
    }

    @Override
    public List<ReportSection> reportSections(EdgeInstance in, EdgeSchedule s, RunReport report) {
        return EdgeObjectives.sections(in, s);
    }

    @Override
    public SolutionFormat<EdgeInstance, EdgeSchedule, EdgeSolutionDocument> solutionFormat() {
        return SolutionFormat.of(EdgeSolutionDocument.class, EdgeStudy::document, EdgeStudy::schedule);
    }

    static EdgeSolutionDocument document(EdgeInstance in, EdgeSchedule s) {
        List<EdgeSolutionDocument.Server> servers = new ArrayList<>();
        for (EdgeSchedule.ServerSchedule ss : s.servers()) {
            List<EdgeSolutionDocument.Run> runs = new ArrayList<>();
            for (int i = 0; i < ss.taskCount(); i++) {
                if (ss.slotOf(i) != EdgeSchedule.ServerSchedule.DROPPED) {
                    runs.add(new EdgeSolutionDocument.Run(i, ss.slotOf(i)));
                }
            }
            servers.add(new EdgeSolutionDocument.Server(ss.serverId(), ss.revenue(), ss.energyWh(), runs));
        }
        return new EdgeSolutionDocument(s.revenue(), s.boundRevenue(), s.note(), servers);
    }

    static EdgeSchedule schedule(EdgeInstance in, EdgeSolutionDocument d) throws ProjectFileException {
        List<EdgeSchedule.ServerSchedule> out = new ArrayList<>();
        List<org.evwb.core.project.Problem> problems = new ArrayList<>();
        for (int k = 0; k < d.servers().size(); k++) {
            EdgeSolutionDocument.Server sv = d.servers().get(k);
            String path = SolutionFormat.ROOT + ".servers[" + k + "]";
            Optional<ServerDay> day = in.server(sv.server());
            if (day.isEmpty()) {
                throw new ProjectFileException(SolutionFormat.SOURCE, path + ".server", "no edge server '"
                        + sv.server() + "' in the project; it has " + in.servers().stream()
                        .map(x -> x.server().id()).toList());
            }
            int n = day.get().tasks().size();
            int[] slots = new int[n];
            java.util.Arrays.fill(slots, EdgeSchedule.ServerSchedule.DROPPED);
            for (int j = 0; j < sv.runs().size(); j++) {
                EdgeSolutionDocument.Run r = sv.runs().get(j);
                String rp = path + ".runs[" + j + "]";
                if (r.task() < 0 || r.task() >= n) {
                    problems.add(new org.evwb.core.project.Problem(rp + ".task", "no task " + r.task() + " on "
                            + "server '" + sv.server() + "' (it has tasks 0.." + (n - 1) + ")"));
                } else if (slots[r.task()] != EdgeSchedule.ServerSchedule.DROPPED) {
                    problems.add(new org.evwb.core.project.Problem(rp + ".task", "task " + r.task()
                            + " is listed twice; a task runs at most once"));
                } else {
                    slots[r.task()] = r.slot();
                }
            }
            out.add(new EdgeSchedule.ServerSchedule(sv.server(), slots, sv.revenue(), sv.energyWh()));
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(SolutionFormat.SOURCE, problems);
        }
        return new EdgeSchedule(out, d.revenue(), d.boundRevenue(), d.note());
    }

    @Override
    public List<GeneratorSpec> generators() {
        return List.of(EdgeGenerator.spec());
    }

    @Override
    public List<SweepPreset<EdgeInstance, EdgeSchedule>> sweepPresets() {
        return EdgeSweepPresets.of(this);
    }

    /** A task trace (replaces the recipe's day) and a server's solar day, both CSV. */
    @Override
    public List<DataImporter> importers() {
        return new EdgeImports(this).importers();
    }

    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(ClasspathSamples.load(SAMPLE));
    }

    /** Per-server revenue keys of the objectives: {@code revenue[serverId]}. */
    static Map<String, Double> perServer(Map<String, Double> m) {
        return new LinkedHashMap<>(m);
    }
}
