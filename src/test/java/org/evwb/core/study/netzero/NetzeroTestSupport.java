package org.evwb.core.study.netzero;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.RunContext;

/** Instances for the netzero tests: the shipped sample, or fleets drawn with its vehicle types. */
final class NetzeroTestSupport {

    static final NetzeroStudy STUDY = new NetzeroStudy();
    /** Loaded once: a project is an immutable record, and loading it is most of a tiny instance's cost. */
    private static final Project SAMPLE = ClasspathSamples.load(NetzeroStudy.SAMPLE);

    private NetzeroTestSupport() {
    }

    static Project sample() {
        return SAMPLE;
    }

    static NetzeroInstance sampleInstance() throws Exception {
        Project p = sample();
        return STUDY.buildInstance(p, p.studyConfig(NetzeroStudy.ID).orElseThrow());
    }

    /** Table V defaults with {@code values} over them (name, value pairs), on the sample's infrastructure. */
    static NetzeroInstance instance(Object... namesAndValues) throws Exception {
        return STUDY.buildInstanceWith(sample(), params(namesAndValues), null, null);
    }

    static NetzeroParameters params(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            m.put((String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return RecordValues.withOverrides("test", NetzeroParameters.DEFAULT, m);
    }

    static NetzeroSolution solve(String solver, NetzeroInstance in) {
        var spec = STUDY.solver(solver).orElseThrow();
        return spec.create(spec.defaults()).solve(in, RunContext.of(1));
    }
}
