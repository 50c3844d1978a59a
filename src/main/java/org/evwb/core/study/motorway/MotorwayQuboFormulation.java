package org.evwb.core.study.motorway;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.CostFunction;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QuboCost;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.study.QuboEncoding;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.SolverSpec;

/**
 * The motorway study's QUBO formulation (paper 002). The samplers sample the GCM QUBO (Model I, eqs. 19–20: one
 * variable per reachable (EMV, mode, station, charger), one-hot weight A, charger-conflict weight B); {@code qaoa}
 * runs, as the paper ran it (§3.4, §4.4), on the SCM (Model II, one qubit per reachable (EMV, mode, station)) with B
 * for every set of b_j + 1 overlapping options at a station — a higher-order penalty the QAOA cost evaluates on every
 * basis state. Either model's state is decoded into a schedule in the study's active model ({@link QuboDecoding}).
 *
 * <p>Two study choices: {@code anneal} takes 100 reads by default (enough for the conflicts-per-read histogram of
 * Figs. 9, 10, 12), and {@code exact} above the engine's 30 variables enumerates only the states with at most one
 * option per EMV, which hold every ground state ({@link AtMostOneExact}).
 */
public final class MotorwayQuboFormulation implements QuboFormulation<MotorwayInstance, MotorwaySchedule> {

    /** The study's anneal: the engine's defaults with 100 reads. */
    public static final AnnealSampler.Parameters ANNEAL_DEFAULTS =
            new AnnealSampler.Parameters(100, 1000, 0, 0, 0, false);

    @Override
    public String title() {
        return "Motorway GCM QUBO";
    }

    @Override
    public QuboEncoding<MotorwaySchedule> encode(MotorwayInstance in) {
        return new Encoding(in, "gcm", MotorwayQuboTerms.gcm(in));
    }

    @Override
    public QuboEncoding<MotorwaySchedule> qaoaEncoding(MotorwayInstance in) {
        return new Encoding(in, "scm", MotorwayQuboTerms.scm(in, MotorwayQuboTerms.DEFAULT_MAX_SETS));
    }

    @Override
    public MotorwaySchedule withStats(MotorwaySchedule s, QuboRunStats stats) {
        return new MotorwaySchedule(s.assignments(), s.status(), s.reportedConflicts(), stats);
    }

    @Override
    public Optional<QuboRunStats> stats(MotorwaySchedule s) {
        return Optional.ofNullable(s.quboStats());
    }

    @Override
    public Map<String, Record> samplerDefaults() {
        return Map.of(AnnealSampler.ID, ANNEAL_DEFAULTS);
    }

    /** A motorway penalty model as the engine sees it; terms of order 3+ go into the QAOA cost only. */
    private static final class Encoding implements QuboEncoding<MotorwaySchedule> {

        private final MotorwayInstance in;
        private final String name;
        private final MotorwayQuboTerms terms;
        private final Qubo qubo;
        private final QuboDecoding decoding;

        Encoding(MotorwayInstance in, String name, MotorwayQuboTerms terms) {
            this.in = in;
            this.name = name;
            this.terms = terms;
            this.qubo = MotorwayQubo.quadratic(terms);
            this.decoding = new QuboDecoding(in, terms);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Qubo qubo() {
            return qubo;
        }

        @Override
        public Map<String, Double> penalties() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("A", in.parameters().weightA());
            m.put("B", in.parameters().weightB());
            return m;
        }

        @Override
        public MotorwaySchedule decode(byte[] state) {
            return decoding.schedule(state);
        }

        /** EMVs breaking one-hot plus the charging conflicts of the decoded schedule, as the checker counts them. */
        @Override
        public int unresolved(byte[] state) {
            return decoding.read(state).unresolved();
        }

        /**
         * The schedule's options as a state: not exact, since decoding keeps an EMV's first chosen option and drops
         * any others. A charger-model sample decoded under Model II got its chargers by colouring, so its state is
         * not known; a station-model sample is known under either model (its chargers are ignored).
         */
        @Override
        public Optional<Source> sourceOf(MotorwaySchedule s) {
            boolean station = terms.model() == MotorwayParameters.ChargingPointModel.STATION;
            if (!station && in.parameters().model() != MotorwayParameters.ChargingPointModel.CHARGER) {
                return Optional.empty();
            }
            Map<String, Integer> index = new HashMap<>();
            for (int v = 0; v < terms.variables().size(); v++) {
                MotorwayInstance.EmvOption o = terms.variables().get(v);
                MotorwayInstance.Station st = in.stations().get(o.station());
                index.put(in.emvs().get(o.emv()).vehicleId() + "\u0000" + o.mode() + "\u0000" + st.id() + "\u0000"
                        + (station ? "" : st.chargers().get(o.charger()).id()), v);
            }
            byte[] x = new byte[terms.variables().size()];
            for (MotorwaySchedule.Assignment a : s.assignments()) {
                Integer v = index.get(a.vehicleId() + "\u0000" + a.mode() + "\u0000" + a.stationId() + "\u0000"
                        + (station ? "" : a.chargerId()));
                if (v == null) {
                    return Optional.empty(); // not an option of this model: the checker reports the assignment
                }
                x[v] = 1;
            }
            return Optional.of(new Source(x, false));
        }

        @Override
        public CostFunction cost() {
            List<PenalisedCost.Monomial> higher = MotorwayQubo.higherOrder(terms);
            return higher.isEmpty() ? new QuboCost(qubo) : new PenalisedCost(new QuboCost(qubo), higher);
        }

        @Override
        public Optimizer<Qubo, SampleSet> sampler(SolverSpec<Qubo, SampleSet> engine, Record parameters) {
            if (ExactSampler.ID.equals(engine.id()) && qubo.numVariables() > ExactSampler.MAX_VARIABLES) {
                return new AtMostOneExact(terms);
            }
            return engine.create(parameters);
        }

        @Override
        public MotorwaySchedule noSolution(String sampler) {
            return new MotorwaySchedule(List.of(), MotorwaySchedule.Status.NO_SOLUTION, -1);
        }
    }
}
