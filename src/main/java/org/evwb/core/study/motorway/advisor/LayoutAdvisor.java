package org.evwb.core.study.motorway.advisor;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.Intervals;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayInstanceBuilder;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;

/**
 * The layout advisor (beyond the paper): the fewest extra chargers — at existing stations or at candidate sites the
 * user marks on the motorway — that make a conflict-free schedule possible.
 *
 * <p>CP-SAT model on the per-charger options (Model I) of a project that already holds every optional charger
 * ({@link AugmentedLayout}): x_v = 1 when option v is chosen, exactly one per EMV (paper eq. 1), at most one option
 * per clique of overlapping charging intervals on each charger (the paper's conflict rule, eq. 20, written as cliques:
 * all options on a charger that cover the start of option w), y_c = 1 when optional charger c is built, x_v ≤ y_c for
 * options on c, y ordered within a site (identical chargers), minimise Σ y. No waiting: charging starts on arrival as
 * in the paper. A schedule on chargers is also a schedule for Model II, so the advice holds for both models.
 */
public final class LayoutAdvisor {

    private final MotorwayParameters params;

    /** @param params the study's parameters; the advisor uses its motorway and reserve, Model I and no waiting */
    public LayoutAdvisor(MotorwayParameters params) {
        this.params = params.withModel(ChargingPointModel.CHARGER).withWaiting(false, Objective.FEASIBILITY);
    }

    /** The proposal for {@code project}; progress and cancellation through {@code ctx}. */
    public Advice advise(Project project, AdvisorRequest req, RunContext ctx) throws ProjectFileException {
        OrTools.ensureLoaded(); // before any CpModel: the model objects live in native memory
        Motorway mw = motorway(project);
        AugmentedLayout layout = new AugmentedLayout(project, mw, req);
        MotorwayInstance in = new MotorwayInstanceBuilder(params).build(layout.project());
        List<EmvOption> opts = in.chargerOptions();
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[opts.size()];
        for (EmvOption o : opts) {
            x[o.index()] = model.newBoolVar("x" + o.index());
        }
        for (int e = 0; e < in.emvs().size(); e++) {
            int emv = e;
            List<Literal> mine = opts.stream().filter(o -> o.emv() == emv).map(o -> (Literal) x[o.index()]).toList();
            if (mine.isEmpty()) {
                return new Advice(Advice.Status.INFEASIBLE, List.of(), 0, "EMV " + in.emvs().get(e).vehicleId()
                        + " cannot reach any station or site on its trip; add a candidate site within its range");
            }
            model.addExactlyOne(mine);
        }
        Map<String, BoolVar> built = new LinkedHashMap<>();
        for (MotorwayInstance.Station s : in.stations()) {
            AugmentedLayout.Site site = layout.sites().get(s.id());
            BoolVar previous = null;
            for (String id : site == null ? List.<String>of() : site.extraIds()) {
                BoolVar y = model.newBoolVar("y " + s.id() + "/" + id);
                built.put(s.id() + "\u0000" + id, y);
                if (previous != null) {
                    model.addImplication(y, previous); // symmetry: build the site's chargers in order
                }
                previous = y;
            }
        }
        for (EmvOption w : opts) {
            List<Literal> clique = new ArrayList<>();
            clique.add(x[w.index()]);
            for (EmvOption o : opts) {
                if (o != w && o.station() == w.station() && o.charger() == w.charger() && o.emv() != w.emv()
                        && (o.readyMin() < w.readyMin() || o.readyMin() == w.readyMin() && o.index() < w.index())
                        && Intervals.overlap(o.readyMin(), o.endMin(), w.readyMin(), w.endMin())) {
                    clique.add(x[o.index()]);
                }
            }
            if (clique.size() > 1) {
                model.addAtMostOne(clique);
            }
            MotorwayInstance.Station s = in.stations().get(w.station());
            BoolVar y = built.get(s.id() + "\u0000" + s.chargers().get(w.charger()).id());
            if (y != null) {
                model.addImplication(x[w.index()], y);
            }
        }
        model.minimize(LinearExpr.sum(built.values().toArray(new Literal[0])));
        return solve(in, layout, model, built, req, ctx);
    }

    private Advice solve(MotorwayInstance in, AugmentedLayout layout, CpModel model, Map<String, BoolVar> built,
                         AdvisorRequest req, RunContext ctx) {
        CpSolver solver = OrTools.cpSat(ctx, 1, Math.max(0.01, req.timeLimitSeconds()));
        ctx.progress(Double.NaN, "layout advisor: " + in.chargerOptions().size() + " options, " + built.size()
                + " optional chargers");
        CpSolverStatus status = OrTools.solve(solver, model, null, ctx);
        ctx.checkCancelled();
        switch (status) {
            case INFEASIBLE:
                return new Advice(Advice.Status.INFEASIBLE, List.of(), 0, "even " + req.maxExtraPerSite()
                        + " extra chargers at every station and candidate site give no conflict-free schedule; allow "
                        + "more per site or mark more candidate sites");
            case UNKNOWN:
                return new Advice(Advice.Status.UNKNOWN, List.of(), 0, "no answer within "
                        + req.timeLimitSeconds() + " s; allow more time");
            case MODEL_INVALID:
                throw new IllegalStateException("CP-SAT rejected the advisor model: " + model.validate());
            default:
                break;
        }
        List<ProposedChange> changes = new ArrayList<>();
        int total = 0;
        for (AugmentedLayout.Site site : layout.sites().values()) {
            int n = 0;
            for (String id : site.extraIds()) {
                n += solver.booleanValue(built.get(site.stationId() + "\u0000" + id)) ? 1 : 0;
            }
            if (n > 0) {
                changes.add(new ProposedChange(site.candidate() ? null : site.stationId(), site.chainageKm(), n,
                        site.powerKW()));
                total += n;
            }
        }
        boolean proved = status == CpSolverStatus.OPTIMAL;
        if (total == 0) {
            return new Advice(Advice.Status.ALREADY_FEASIBLE, List.of(), 0,
                    "the layout already allows a conflict-free schedule; nothing to add");
        }
        String what = String.join("; ", changes.stream().map(ProposedChange::describe).toList());
        return new Advice(proved ? Advice.Status.OPTIMAL : Advice.Status.FEASIBLE, changes, total,
                (proved ? "proved fewest: " : "works, fewest not proved in time: ") + total + " extra charger"
                        + (total == 1 ? "" : "s") + " — " + what);
    }

    /** The proposal as one undoable edit of {@code current} (ids chosen against it). */
    public Edit toEdit(Project current, Advice advice) {
        return AugmentedLayout.edit(current, motorway(current).id(), advice.changes());
    }

    private Motorway motorway(Project p) {
        List<Motorway> mws = p.infrastructure().motorways();
        if (mws.isEmpty()) {
            throw new IllegalArgumentException("the project has no motorway; the layout advisor needs one");
        }
        return params.motorwayId() == null ? mws.get(0) : mws.stream()
                .filter(m -> m.id().equals(params.motorwayId())).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("the project has no motorway " + params.motorwayId()));
    }
}
