package org.evwb.ui.qubo;

import java.util.List;

/**
 * What one workbench job produced: one sample set per request, in request order (one for a plain run, five for the
 * QAOA p-sweep), the QUBO they belong to, and the job's wall time.
 */
public record QuboResult(String title, QuboSource source, List<SamplerRequest> requests, List<org.evwb.core.qubo
        .SampleSet> sets, boolean qaoaSweep, double wallSeconds) {

    public QuboResult {
        requests = List.copyOf(requests);
        sets = List.copyOf(sets);
        if (requests.size() != sets.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + sets.size() + " sample sets");
        }
    }
}
