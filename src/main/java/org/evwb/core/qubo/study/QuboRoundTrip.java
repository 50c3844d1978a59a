package org.evwb.core.qubo.study;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.io.ImportedSamples;
import org.evwb.core.qubo.io.QuboExport;
import org.evwb.core.qubo.io.QuboFingerprint;
import org.evwb.core.qubo.io.QuboOrigin;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.SolverSpec;

/**
 * The QUBO round trip of any {@link QuboStudy}: its QUBO leaves as a file for another solver or real hardware
 * ({@link #export}), and the samples that come back become a run of the study like any other ({@link #prepare},
 * then {@link Import#run}): each sample decoded with the study's own {@link QuboEncoding#decode} (never repaired), its
 * energy recomputed from the QUBO, the best one checked by the study's checker through {@link OptimizerRunner}, with
 * the solver id {@value #SOLVER_ID}, the sample file in the parameters and {@code solution.qubo} filled from the
 * sample set. Samples whose variables or fingerprint do not match the QUBO are refused with the file and the place.
 */
public final class QuboRoundTrip {

    /** The solver id of a run made from imported samples. */
    public static final String SOLVER_ID = "import";

    private QuboRoundTrip() {
    }

    /**
     * The study's QUBO of {@code instance} with its origin: the model the study's samplers sample
     * ({@code encode(instance).qubo()}), its encoding name, penalty weights and fingerprint.
     *
     * @param config the project's configuration the instance was built with (null: the study's defaults)
     */
    public static <I, S> QuboExport export(QuboStudy<I, S> study, I instance, StudyConfig config) {
        QuboEncoding<S> enc = study.quboFormulation().encode(instance);
        Qubo q = enc.qubo();
        return new QuboExport(q, new QuboOrigin(study.id(), config == null ? null : config.id(), enc.name(),
                enc.penalties(), QuboFingerprint.of(q)));
    }

    /** Reads a sample file for a QUBO (the file's own format), so the study's QUBO is built only once. */
    @FunctionalInterface
    public interface SampleSource {
        ImportedSamples read(Qubo qubo) throws ProjectFileException;
    }

    /**
     * What an import run records as its parameters (the result file's {@code parameters}).
     *
     * @param file                      the sample file as given
     * @param format                    {@code bitstring}, {@code csv}, {@code ocean} or {@code evwb}
     * @param vartype                   how the file wrote the values: {@code BINARY} or {@code SPIN}
     * @param rows                      samples (rows) in the file
     * @param reads                     reads in total (the sum of the occurrences)
     * @param fingerprint               the QUBO's fingerprint, which the file's matched when it named one
     * @param statedEnergyDisagreements samples whose stated energy is not the QUBO's energy of their state
     */
    public record ImportParameters(String file, String format, String vartype, int rows, long reads,
                                   String fingerprint, int statedEnergyDisagreements) { }

    /**
     * Builds the study's QUBO of {@code instance}, reads the samples for it and checks them against it: a fingerprint
     * the file names must be the QUBO's, and every stated energy is compared with the recomputed one (a disagreement
     * is a warning, not a refusal: the energies used are always the QUBO's).
     *
     * @param file how the file is named in the run's parameters
     */
    public static <I, S> Import<I, S> prepare(QuboStudy<I, S> study, I instance, String file, SampleSource source)
            throws ProjectFileException {
        QuboEncoding<S> enc = study.quboFormulation().encode(instance);
        Qubo q = enc.qubo();
        ImportedSamples samples = source.read(q);
        String fingerprint = QuboFingerprint.of(q);
        if (samples.fingerprint() != null && !samples.fingerprint().equals(fingerprint)) {
            throw new ProjectFileException(samples.source(), samples.fingerprintWhere(), "the samples were drawn "
                    + "from the QUBO " + samples.fingerprint() + ", but the project's " + study.id() + " QUBO is "
                    + fingerprint + ": the project or its study parameters changed since the export. Export the "
                    + "QUBO again and sample it, or import into the project as it was exported");
        }
        List<String> warnings = energyWarnings(q, samples);
        int disagreements = (int) samples.rows().stream().filter(r -> disagrees(r, q)).count();
        List<byte[]> states = new ArrayList<>(samples.rows().size());
        long[] counts = new long[samples.rows().size()];
        for (int k = 0; k < counts.length; k++) {
            states.add(samples.rows().get(k).state());
            counts[k] = samples.rows().get(k).occurrences();
        }
        SampleSet set = SampleSet.aggregate(SOLVER_ID, q, states, counts, new SamplerInfo.Imported(samples.source()),
                new SampleSet.Timings(0, 0));
        ImportParameters p = new ImportParameters(file, samples.format(), samples.vartype(), samples.rows().size(),
                samples.reads(), fingerprint, disagreements);
        return new Import<>(study, instance, enc, q, set, p, warnings);
    }

    private static boolean disagrees(ImportedSamples.Row r, Qubo q) {
        return !Double.isNaN(r.statedEnergy()) && !ReportedFigures.agree(r.statedEnergy(), q.energy(r.state()));
    }

    /** One line per kind of disagreement, naming the first sample and both energies. */
    private static List<String> energyWarnings(Qubo q, ImportedSamples samples) {
        List<ImportedSamples.Row> bad = samples.rows().stream().filter(r -> disagrees(r, q)).toList();
        if (bad.isEmpty()) {
            return List.of();
        }
        ImportedSamples.Row first = bad.get(0);
        double e = q.energy(first.state());
        boolean offsetDropped = q.offset() != 0 && bad.stream().allMatch(r ->
                ReportedFigures.agree(r.statedEnergy(), q.energy(r.state()) - q.offset()));
        if (offsetDropped) {
            return List.of(samples.source() + ": the stated energies leave out the QUBO's constant offset "
                    + ReportedFigures.format(q.offset()) + " (COO and qbsolv readers drop it); the energies used here "
                    + "are the QUBO's, with the offset");
        }
        return List.of(samples.source() + ": " + bad.size() + " of " + samples.rows().size() + " samples state an "
                + "energy that is not the QUBO's energy of their values, e.g. " + first.where() + " states "
                + ReportedFigures.format(first.statedEnergy()) + ", the QUBO gives " + ReportedFigures.format(e)
                + "; were they drawn from another QUBO? The energies used here are recomputed from the QUBO");
    }

    /**
     * Imported samples ready to become a run: the study, its encoding of the instance, the samples aggregated with
     * recomputed energies (best first), the run's parameters and the warnings about stated energies.
     */
    public static final class Import<I, S> {
        private final QuboStudy<I, S> study;
        private final I instance;
        private final QuboEncoding<S> encoding;
        private final Qubo qubo;
        private final SampleSet samples;
        private final ImportParameters parameters;
        private final List<String> warnings;

        private Import(QuboStudy<I, S> study, I instance, QuboEncoding<S> encoding, Qubo qubo, SampleSet samples,
                       ImportParameters parameters, List<String> warnings) {
            this.study = study;
            this.instance = instance;
            this.encoding = encoding;
            this.qubo = qubo;
            this.samples = samples;
            this.parameters = parameters;
            this.warnings = List.copyOf(warnings);
        }

        public ImportParameters parameters() {
            return parameters;
        }

        /** The distinct samples, best (lowest recomputed energy) first. */
        public SampleSet samples() {
            return samples;
        }

        /** The instance the samples were matched against (the run's instance). */
        public I instance() {
            return instance;
        }

        public Qubo qubo() {
            return qubo;
        }

        /** What the stated energies say against the QUBO (empty when they agree or the file states none). */
        public List<String> warnings() {
            return warnings;
        }

        /** The import as a solver of the study, with these samples as its parameters' subject. */
        public SolverSpec<I, S> solver() {
            return SolverSpec.of(SOLVER_ID, "samples read from " + parameters.file() + ", best decoded", parameters,
                    p -> new Decoder());
        }

        /** The run: the best sample decoded, checked by the study's checker, reported like any other run. */
        public RunOutcome<S> run(OptimizerRunner runner, RunContext context) {
            return run(runner, null, context);
        }

        /** The run, recording the study configuration the QUBO was exported with (null: none recorded). */
        public RunOutcome<S> run(OptimizerRunner runner, RunConfiguration configuration,
                                 RunContext context) {
            return runner.run(study, solver(), parameters, instance, configuration, context);
        }

        /** Decodes the best sample and attaches the sample set's statistics; nothing to search, so nothing to stop. */
        private final class Decoder implements Optimizer<I, S> {
            @Override
            public String id() {
                return SOLVER_ID;
            }

            @Override
            public String description() {
                return "imported samples";
            }

            @Override
            public S solve(I ignored, RunContext ctx) { // the runner passes the import's own instance
                ctx.progress(Double.NaN, "decoding " + samples.samples().size() + " distinct samples of "
                        + parameters.file());
                TreeMap<Integer, Long> perUnresolved = new TreeMap<>();
                for (Sample s : samples.samples()) {
                    perUnresolved.merge(encoding.unresolved(s.state()), s.occurrences(), Long::sum);
                }
                Sample best = samples.best().orElseThrow(); // a sample file holds at least one sample
                QuboRunStats stats = new QuboRunStats(SOLVER_ID, encoding.name(), qubo.numVariables(),
                        qubo.numCouplers(), 0, encoding.penalties(), samples.totalOccurrences(), best.energy(),
                        perUnresolved.entrySet().stream().map(e -> new QuboRunStats.UnresolvedCount(e.getKey(),
                                e.getValue())).toList(), SamplerSolver.broken(qubo, List.of(), best.state()),
                        null, null);
                ctx.progress(1, "best imported sample: energy " + ReportedFigures.format(best.energy()));
                return study.quboFormulation().withStats(encoding.decode(best.state()), stats);
            }
        }
    }
}
